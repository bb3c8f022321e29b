import DanVanText
import Foundation
import Yams

/// The words the appendix reader needs: the column headers (`import.columns` of `Intents/tasks.yaml`,
/// the one list the task CSV importer reads too) and the heading that opens an appendix
/// (`Data/vocabulary/appendix.yaml`).
///
///     let words = AppendixVocabulary.load(dataDirectory: URL(fileURLWithPath: "Data"))
///     words.columns["unit"]   // ["Đơn vị chủ trì", "Cơ quan chủ trì", …]
public struct AppendixVocabulary: Sendable {
    /// Synonyms of each column, keyed `number`, `title`, `unit`, `co_units`, `due`, `product`, `note`.
    public var columns: [String: [String]]
    /// Words a paragraph starts with to open the appendix ("Phụ lục"), folded.
    public var headings: [String]

    public init(columns: [String: [String]], headings: [String]) {
        self.columns = columns
        self.headings = headings.map(Folding.fold)
    }

    /// No columns: nothing is read as an appendix.
    public static let none = AppendixVocabulary(columns: [:], headings: [])

    private struct TasksFile: Decodable {
        struct Import: Decodable { var columns: [String: [String]] }
        var `import`: Import
    }

    private struct HeadingsFile: Decodable { var headings: [String] }

    /// Reads the headers from `tasks.yaml` of the intents folder (`$DANVAN_INTENTS`, else `Intents/`
    /// beside the data folder, else the installed one) and the headings from `vocabulary/appendix.yaml` of the data folder.
    /// A missing or unreadable file leaves that part empty: the plan is still imported, without its appendix.
    public static func load(dataDirectory: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> AppendixVocabulary {
        var intents = [dataDirectory.deletingLastPathComponent().appendingPathComponent("Intents")]
        if let d = environment["DANVAN_INTENTS"] { intents.insert(URL(fileURLWithPath: d), at: 0) }
        if let installed = DataLocator(environment: environment).intentsDirectory { intents.append(installed) }
        var columns: [String: [String]] = [:]
        for dir in intents {
            let url = dir.appendingPathComponent("tasks.yaml")
            if let text = try? String(contentsOf: url, encoding: .utf8),
               let file = try? YAMLDecoder().decode(TasksFile.self, from: text) {
                columns = file.import.columns
                break
            }
        }
        let headingsURL = dataDirectory.appendingPathComponent("vocabulary/appendix.yaml")
        let headings = (try? String(contentsOf: headingsURL, encoding: .utf8))
            .flatMap { try? YAMLDecoder().decode(HeadingsFile.self, from: $0) }?.headings ?? []
        return AppendixVocabulary(columns: columns, headings: headings)
    }
}
