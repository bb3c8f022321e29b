@testable import DanVanTasks
import Foundation
import XCTest

/// The byte-level CSV reader gives the records, lines and failures of the scalar-level reader it
/// replaced (kept below as the reference), on generated text full of the hard cases: quoted
/// separators, doubled quotes, quoted line breaks, CRLF and lone CR, Vietnamese letters, combining
/// marks, control characters, formula-guarded cells, unterminated quotes.
final class CSVByteStreamTests: XCTestCase {
    /// The reader before bytes: one Unicode scalar at a time, each field a `String.UnicodeScalarView`.
    enum Reference {
        static func records(in text: String, separator: Unicode.Scalar) throws -> [CSVRecord] {
            var scalars = text.unicodeScalars.makeIterator()
            var pending: Unicode.Scalar?
            var line = 1
            var records: [CSVRecord] = []
            while true {
                var fields: [String] = []
                var field = String.UnicodeScalarView()
                var fieldScalars = 0
                var inQuotes = false
                let recordLine = line
                var quoteLine = line
                func finish() throws {
                    let value = String(field)
                    if fieldScalars > CSVRecordReader.fieldLimit, value.count > CSVRecordReader.fieldLimit {
                        throw CSVRecordReader.Failure.fieldTooLong(line: recordLine)
                    }
                    fields.append(CSVRecordReader.clean(CSVRecordReader.restoringFormula(value)))
                    field = String.UnicodeScalarView()
                    fieldScalars = 0
                }
                func append(_ c: Unicode.Scalar) throws {
                    field.append(c)
                    fieldScalars += 1
                    if fieldScalars > CSVRecordReader.fieldLimit * 16 { throw CSVRecordReader.Failure.fieldTooLong(line: recordLine) }
                }
                var ended = false
                while true {
                    let c: Unicode.Scalar
                    if let waiting = pending { c = waiting; pending = nil } else if let read = scalars.next() { c = read } else { ended = true; break }
                    if inQuotes {
                        if c == "\"" {
                            let next = scalars.next()
                            if next == "\"" { try append(c) } else { inQuotes = false; pending = next }
                        } else {
                            if c == "\n" { line += 1 }
                            try append(c)
                        }
                        continue
                    }
                    if c == "\"" && field.isEmpty { inQuotes = true; quoteLine = line; continue }
                    if c == separator { try finish(); continue }
                    if c == "\r" || c == "\n" {
                        if c == "\r" { let next = scalars.next(); if next != "\n" { pending = next } }
                        line += 1
                        try finish()
                        break
                    }
                    try append(c)
                }
                if ended {
                    if inQuotes { throw CSVRecordReader.Failure.unterminatedQuote(line: quoteLine) }
                    guard !field.isEmpty || !fields.isEmpty else { return records }
                    try finish()
                    records.append(CSVRecord(line: recordLine, fields: fields))
                    return records
                }
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
        }
    }

    private func streamed(_ text: String, separator: Unicode.Scalar) throws -> [CSVRecord] {
        var stream = CSVRecordStream(StringBytes(text), separator: separator)
        var records: [CSVRecord] = []
        while let record = try stream.next() { records.append(record) }
        return records
    }

    private func outcome(_ read: () throws -> [CSVRecord]) -> String {
        do { return "\(try read())" } catch { return "failure \(error)" }
    }

    /// A small deterministic generator (the same text on every run).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    func testTheByteReaderReadsWhatTheScalarReaderRead() {
        let pieces = ["a", "Họp dân", "ạ", "e\u{0301}\u{0323}", "\"", "\"\"", ",", ";", "\n", "\r\n", "\r", " ", "'=1+2", "'-x",
                      "'plain", "\t", "\u{01}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "15/09/2025", "Quý IV/2025", "\u{FEFF}", "😀", "#"]
        var generator = Generator(state: 16)
        var compared = 0
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<generator.next(40) { text += pieces[generator.next(pieces.count)] }
            for separator: Unicode.Scalar in [",", ";"] {
                let expected = outcome { try Reference.records(in: text, separator: separator) }
                XCTAssertEqual(outcome { try streamed(text, separator: separator) }, expected, text.debugDescription)
                compared += 1
            }
        }
        XCTAssertEqual(compared, 6_000)
    }

    func testFieldLimitsAsBefore() {
        let limit = CSVRecordReader.fieldLimit
        for field in [String(repeating: "ạ", count: limit), String(repeating: "ạ", count: limit + 1), String(repeating: "a", count: limit + 1),
                      String(repeating: "e\u{0301}", count: limit), String(repeating: "\u{0301}", count: limit * 16 + 1),
                      "x" + String(repeating: "\u{0301}", count: limit * 16), "\"" + String(repeating: "ạ", count: limit + 1) + "\"",
                      "\"" + String(repeating: "a", count: limit * 16 + 1), "\"" + String(repeating: "a", count: limit * 16)] {
            for text in ["a,\(field)\r\nb,c\r\n", "a,\(field)"] {
                XCTAssertEqual(outcome { try streamed(text, separator: ",") }, outcome { try Reference.records(in: text, separator: ",") },
                               "\(field.unicodeScalars.count) scalars")
            }
        }
    }

    /// Bytes that are not UTF-8 anywhere in a field (a cut sequence, an overlong form, a surrogate, a
    /// stray continuation byte, past U+10FFFF) fail the read; the same bytes split across file chunks too.
    func testBytesThatAreNotUTF8FailTheRead() throws {
        let bad: [[UInt8]] = [[0xE0], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x80], [0xF4, 0x90, 0x80, 0x80], [0xE1, 0xBA], [0xFF]]
        for bytes in bad {
            for (before, after) in [("a,b", "c\n"), ("a,\"b", "\"\n"), ("a,\"b", "")] {
                var source = Array("x,y\n".utf8) + Array(before.utf8)
                source += bytes
                source += Array(after.utf8)
                var stream = CSVRecordStream(ByteArray(source), separator: ",")
                XCTAssertNoThrow(try stream.next(), "the first record is good")
                XCTAssertThrowsError(try stream.next(), "\(bytes) in \(before)…\(after)") {
                    XCTAssertEqual($0 as? CSVRecordReader.Failure, .notUTF8)
                }
            }
        }
    }

    private struct ByteArray: CSVByteSource {
        var bytes: [UInt8]
        var index = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        mutating func next() -> UInt8? {
            guard index < bytes.count else { return nil }
            defer { index += 1 }
            return bytes[index]
        }
    }
}
