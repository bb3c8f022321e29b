import Foundation
import Yams

extension DateVocabulary {
    /// Reads a vocabulary file (`Intents/dates.yaml`).
    ///
    /// - Throws: `DataFileProblem` naming the file, the line and the problem (the one data-file loader).
    public init(contentsOf url: URL) throws {
        // Not through the JSON cache: `DateVocabularyCache` keeps a binary form, faster to read.
        self = try DataFile.decodeYAML(DateVocabulary.self, text: try DataFile.read(url), path: url.path)
    }

    /// Decodes vocabulary text (YAML, as in `Intents/dates.yaml`).
    public init(yaml text: String, path: String = "dates.yaml") throws {
        self = try DataFile.decodeYAML(DateVocabulary.self, text: text, path: path)
    }
}
