import Foundation
import Yams

extension DateVocabulary {
    /// Reads a vocabulary file (`Intents/dates.yaml`).
    ///
    /// - Throws: `DateVocabularyError` naming the file and the problem.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw DateVocabularyError.unreadable(path: url.path)
        }
        try self.init(yaml: text, path: url.path)
    }

    /// Decodes vocabulary text (YAML, as in `Intents/dates.yaml`).
    public init(yaml text: String, path: String = "dates.yaml") throws {
        do {
            self = try YAMLDecoder().decode(DateVocabulary.self, from: text)
        } catch {
            throw DateVocabularyError.malformed(path: path, detail: "\(error)")
        }
    }
}
