@testable import DanVanTasks
import Foundation
import XCTest

/// Optional fields of danvan's JSON are always written, as `null` when absent, and read back from
/// `null` or from a missing key.
final class NullWhenAbsentTests: XCTestCase {
    private struct Row: Codable, Equatable {
        var id: Int
        @NullWhenAbsent var unit: String?
        @NullWhenAbsent var due: Date?
    }

    private func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func testAbsentValuesAreWrittenAsNull() throws {
        XCTAssertEqual(try json(Row(id: 1, unit: nil, due: nil)), #"{"due":null,"id":1,"unit":null}"#)
        XCTAssertEqual(try json(Row(id: 2, unit: "Phòng Kinh tế", due: Date(timeIntervalSince1970: 0))),
                       #"{"due":"1970-01-01T00:00:00Z","id":2,"unit":"Phòng Kinh tế"}"#)
    }

    func testNullAndMissingKeysReadAsAbsent() throws {
        let decoder = JSONDecoder()
        XCTAssertEqual(try decoder.decode(Row.self, from: Data(#"{"id":3,"unit":null,"due":null}"#.utf8)), Row(id: 3, unit: nil, due: nil))
        XCTAssertEqual(try decoder.decode(Row.self, from: Data(#"{"id":4}"#.utf8)), Row(id: 4, unit: nil, due: nil))
        XCTAssertEqual(try decoder.decode(Row.self, from: Data(#"{"id":5,"unit":"Công an xã"}"#.utf8)).unit, "Công an xã")
        XCTAssertThrowsError(try decoder.decode(Row.self, from: Data(#"{"id":6,"unit":7}"#.utf8)), "a wrong type is still refused")
    }

    func testATaskSummaryHasEveryKey() throws {
        let task = PlanTask(id: 9, title: "Họp dân", unit: nil, coUnits: nil, due: nil, product: nil, note: nil, status: .pending,
                            createdAt: Date(timeIntervalSince1970: 0), completedAt: nil, updatedAt: Date(timeIntervalSince1970: 0),
                            source: "manual")
        XCTAssertEqual(try json(TaskSummary(task)), #"{"completedAt":null,"due":null,"id":9,"status":"pending","title":"Họp dân","unit":null}"#)
    }
}
