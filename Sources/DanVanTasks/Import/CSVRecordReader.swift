import Foundation

/// One CSV record and the line of the file it starts on.
struct CSVRecord: Equatable {
    var line: Int
    var fields: [String]

    var isBlank: Bool { fields.allSatisfy { TaskStore.trimmed($0).isEmpty } }
}

/// Reads CSV text (RFC 4180: quoted separators, quotes and newlines; LF or CRLF) into records that
/// know their line numbers, counting the newlines inside quoted fields.
///
///     try CSVRecordReader.records(in: "a,\"b,c\"\r\nd,e\r\n").map(\.line)   // [1, 2]
///     try CSVRecordReader.records(in: "a;b\r\nc;d\r\n")[1].fields          // ["c", "d"]
///
/// The separator is a comma, or a semicolon when the header line (the first line that is not blank
/// or a `#` comment) has more semicolons than commas outside quotes — Vietnamese Excel's default.
/// A quote that is never closed, or a field longer than `fieldLimit` characters, fails the whole
/// read with the line at fault: nothing is half-read. `CSVRecordStream` reads by the same rules one
/// record at a time (a file of any size in constant memory).
enum CSVRecordReader {
    /// The longest field accepted, in characters: a title, a note, a unit name is far shorter.
    static let fieldLimit = 2_000

    /// Why the text is not CSV danvan accepts.
    enum Failure: Error, Equatable {
        /// A quoted field opened on `line` is never closed.
        case unterminatedQuote(line: Int)
        /// A field of the record starting on `line` is longer than `fieldLimit` characters.
        case fieldTooLong(line: Int)
        /// A field's bytes are not UTF-8 (an overlong form, a surrogate, a cut sequence).
        case notUTF8
    }

    /// Every record of `text`, read with the separator its header line uses.
    static func records(in text: String) throws -> [CSVRecord] {
        var stream = CSVRecordStream(StringBytes(text), separator: detectSeparator(text))
        var records: [CSVRecord] = []
        while let record = try stream.next() { records.append(record) }
        return records
    }

    /// `;` when the header line has more semicolons than commas outside quotes, else `,`.
    static func detectSeparator(_ text: String) -> Unicode.Scalar {
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).prefix(50) {
            let trimmed = rawLine.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.allSatisfy({ $0 == "," || $0 == ";" }) { continue }
            var commas = 0, semicolons = 0, quoted = false
            for u in rawLine.unicodeScalars {
                switch u {
                case "\"": quoted.toggle()
                case "," where !quoted: commas += 1
                case ";" where !quoted: semicolons += 1
                default: break
                }
            }
            return semicolons > commas ? ";" : ","
        }
        return ","
    }

    /// A cell as exported, without the `'` that `FormulaGuard` put before it.
    static func restoringFormula(_ field: String) -> String {
        FormulaGuard.restore(field)
    }

    /// A cell without NUL and other control characters (SQLite text stops at a NUL; a terminal obeys
    /// escapes): line breaks stay, a tab becomes a space, the rest is dropped.
    static func clean(_ field: String) -> String {
        // Nearly every cell has no control character but line breaks: kept as it is, not rebuilt.
        if field.unicodeScalars.allSatisfy({ $0.value == 0x0A || ($0.value >= 0x20 && !(0x7F...0x9F).contains($0.value)) }) {
            return field
        }
        let scalars = field.unicodeScalars.compactMap { u -> Unicode.Scalar? in
            switch u.value {
            case 0x0A: return u
            case 0x09: return " "
            case 0x00...0x1F, 0x7F...0x9F: return nil
            default: return u
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
