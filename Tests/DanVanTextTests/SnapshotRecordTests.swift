import DanVanText
import XCTest

/// A record is read field by field in the order of its initializer's parameters and written in the
/// order `write(_:…)` names its fields (`SnapshotReader.record`, `SnapshotWriter.write`).
final class SnapshotRecordTests: XCTestCase {
    private struct Entry: SnapshotCodable, Equatable {
        var name: String
        var count: Int
        var note: String?
        var words: [String]

        init(name: String, count: Int, note: String?, words: [String]) {
            self.name = name
            self.count = count
            self.note = note
            self.words = words
        }

        init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(name:count:note:words:)) }
        func write(snapshot w: inout SnapshotWriter) { w.write(name, count, note, words) }
    }

    private struct Pair: SnapshotCodable, Equatable {
        var first: Entry
        var second: Entry?

        init(first: Entry, second: Entry?) {
            self.first = first
            self.second = second
        }

        init(snapshot r: inout SnapshotReader) throws { self = try r.record(Self.init(first:second:)) }
        func write(snapshot w: inout SnapshotWriter) { w.write(first, second) }
    }

    func testARecordComesBackEqual() throws {
        let pairs = [
            Pair(first: Entry(name: "Phòng Kinh tế", count: -3, note: nil, words: ["kinh tế"]),
                 second: Entry(name: "", count: 1 << 40, note: "ghi chú", words: [])),
            Pair(first: Entry(name: "Công an xã", count: 0, note: "", words: ["an ninh", "trật tự"]), second: nil),
        ]
        var writer = SnapshotWriter()
        writer.write(pairs)
        var reader = SnapshotReader(writer.bytes)
        XCTAssertEqual(try reader.read([Pair].self), pairs)
        XCTAssertTrue(reader.isAtEnd)
    }

    func testFieldsAreWrittenInOrderAsSingleValues() throws {
        var fields = SnapshotWriter()
        fields.write("a", 7, Optional<String>.none, ["b"])
        var one = SnapshotWriter()
        one.write("a")
        one.write(7)
        one.write(Optional<String>.none)
        one.write(["b"])
        XCTAssertEqual(fields.bytes, one.bytes)
        var reader = SnapshotReader(fields.bytes)
        XCTAssertEqual(try reader.read(Entry.self), Entry(name: "a", count: 7, note: nil, words: ["b"]))
    }

    func testATruncatedRecordIsRefused() {
        var writer = SnapshotWriter()
        writer.write(Entry(name: "Phòng Văn hóa", count: 2, note: "x", words: ["y"]))
        for cut in 0..<writer.bytes.count {
            var reader = SnapshotReader(Array(writer.bytes.prefix(cut)))
            XCTAssertThrowsError(try reader.read(Entry.self), "cut at \(cut)")
        }
    }
}
