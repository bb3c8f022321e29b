import Foundation

/// A question set in the TSV format of the evaluation files:
/// `id, today, form (nfc|nfd), question, intents (a|b), must (f1 ; f2|alt), must_not`.
public struct QuestionSet: Sendable {
    public struct Case: Sendable {
        public var id: String
        public var today: String?
        public var decomposed: Bool
        public var question: String
        public var intents: [String]
        public var must: [String]
        public var mustNot: [String]
        /// Line number in the file, for error messages.
        public var line: Int
    }

    public var cases: [Case]

    public enum ParseError: Error, Equatable {
        case tooFewColumns(line: Int)
    }

    public init(tsv text: String) throws {
        var cases: [Case] = []
        for (i, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            var cells = line.components(separatedBy: "\t")
            guard cells.count >= 5 else { throw ParseError.tooFewColumns(line: i + 1) }
            while cells.count < 7 { cells.append("") }
            func facts(_ s: String) -> [String] {
                s.components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            cases.append(Case(id: cells[0], today: cells[1].isEmpty ? nil : cells[1], decomposed: cells[2] == "nfd",
                              question: cells[3], intents: cells[4].components(separatedBy: "|"),
                              must: facts(cells[5]), mustNot: facts(cells[6]), line: i + 1))
        }
        self.cases = cases
    }
}
