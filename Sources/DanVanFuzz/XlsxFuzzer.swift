import DanVanKnowledge
import DanVanText
import Foundation

/// The `.xlsx` reader (`danvan tasks import phu-luc.xlsx`, a workbook beside a plan): an input that
/// starts like a zip is read as the whole workbook; any other input is split at its NUL bytes into
/// `xl/worksheets/sheet1.xml`, `xl/sharedStrings.xml`, `xl/workbook.xml` and `xl/styles.xml` of a zip
/// built in memory. Sheets come out — then their task rows, as an appendix is read — or an
/// `AppendixError` / `ImportError` with a clean Vietnamese message; never a crash, a hang or unbounded
/// memory (the part limits of `ImportLimits` hold).
final class XlsxFuzzer {
    static let shared = XlsxFuzzer()

    private let reader: AppendixTableReader

    init() {
        let locator = DataLocator(environment: ProcessInfo.processInfo.environment)
        guard let data = locator.dataDirectory, let importer = try? PlanImporter(dataDirectory: data) else {
            fatalError(Msg.dataFolderMissing)
        }
        reader = importer.appendixReader
    }

    static let parts = ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml"]

    func run(_ bytes: UnsafeRawBufferPointer) {
        guard let file = FuzzPackage.file(from: Data(bytes), parts: Self.parts) else { return }
        do {
            let sheets = try XlsxReader.sheets(of: file, name: "fuzz.xlsx")
            precondition(!sheets.isEmpty, "a workbook without sheets was not refused")
            // What `tasks import` stores: rows numbered 1, 2, 3… each with a title.
            for (i, row) in reader.rows(in: sheets).enumerated() {
                precondition(row.row == i + 1, "row \(row.row) numbered out of order")
                precondition(!row.title.isEmpty, "a task row without a title")
            }
        } catch let error as AppendixError {
            OutputCheck.require(error.message, "xlsx error \(error)")
        } catch let error as ImportError {
            OutputCheck.require(error.message, "xlsx import error \(error)")
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
    }
}
