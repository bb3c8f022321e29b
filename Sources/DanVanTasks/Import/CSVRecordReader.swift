import CSV
import Foundation

/// One CSV record and the line of the file it starts on.
struct CSVRecord: Equatable {
    var line: Int
    var fields: [String]

    var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
}

/// Reads CSV text (RFC 4180: quoted commas, quotes and newlines; LF or CRLF) into records that know
/// their line numbers, counting the newlines inside quoted fields.
///
///     try CSVRecordReader.records(in: "a,\"b,c\"\r\nd,e\r\n").map(\.line)   // [1, 2]
enum CSVRecordReader {
    static func records(in text: String) throws -> [CSVRecord] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var records: [CSVRecord] = []
        var line = 1
        while let fields = reader.next() {
            records.append(CSVRecord(line: line, fields: fields.map(clean)))
            line += 1 + fields.reduce(0) { $0 + $1.filter(\.isNewline).count }
        }
        if let error = reader.error { throw error }
        return records
    }

    /// A cell without NUL and other control characters (SQLite text stops at a NUL; a terminal obeys
    /// escapes): line breaks stay, a tab becomes a space, the rest is dropped.
    static func clean(_ field: String) -> String {
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
