import DanVanKnowledge
import DanVanText
import Foundation

/// The plan importer (`danvan import`): bytes as a `.txt` file, or as a `.docx` when they start like a
/// zip. A plan comes out, or an `ImportError` with a clean Vietnamese message; a plan survives a JSON
/// round trip (what the library saves and reads back) and its check report renders cleanly.
final class PlanFuzzer {
    static let shared = PlanFuzzer()

    private let importer: PlanImporter

    init() {
        let locator = DataLocator(environment: ProcessInfo.processInfo.environment)
        guard let data = locator.dataDirectory, let importer = try? PlanImporter(dataDirectory: data) else {
            fatalError(Msg.dataFolderMissing)
        }
        self.importer = importer
    }

    func run(_ bytes: UnsafeRawBufferPointer) {
        let data = Data(bytes)
        let name = data.starts(with: [0x50, 0x4B]) ? "fuzz.docx" : "fuzz.txt"
        do {
            let plan = try importer.importData(data, fileName: name)
            OutputCheck.require(PlainRenderer.render(PlanCheckReport.document(for: plan)), "check report")
            let encoded = try JSONEncoder().encode(plan)
            let decoded = try JSONDecoder().decode(Plan.self, from: encoded)
            precondition(decoded == plan, "the plan changed in a JSON round trip")
        } catch let error as ImportError {
            OutputCheck.require(error.message, "import error \(error)")
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
    }
}
