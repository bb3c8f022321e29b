import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

/// The rows of a statement, read by column name.
struct PostgresRows: RandomAccessCollection {
    let rows: [PostgresRandomAccessRow]
    /// How many rows the statement changed (UPDATE, INSERT, DELETE).
    let affected: Int

    init(_ result: PostgresQueryResult) {
        rows = result.rows.map { $0.makeRandomAccess() }
        affected = result.metadata.rows ?? 0
    }

    var startIndex: Int { rows.startIndex }
    var endIndex: Int { rows.endIndex }
    subscript(position: Int) -> PostgresRandomAccessRow { rows[position] }
}

extension PostgresRandomAccessRow {
    func string(_ column: String) throws -> String { try self[column].decode(String.self) }
    func optionalString(_ column: String) throws -> String? { try self[column].decode(String?.self) }
    func int64(_ column: String) throws -> Int64 { try self[column].decode(Int64.self) }
    func int(_ column: String) throws -> Int { try self[column].decode(Int.self) }
    func optionalInt(_ column: String) throws -> Int? { try self[column].decode(Int?.self) }
    func optionalInt64(_ column: String) throws -> Int64? { try self[column].decode(Int64?.self) }
    func bool(_ column: String) throws -> Bool { try self[column].decode(Bool.self) }
    func date(_ column: String) throws -> Date { try self[column].decode(Date.self) }
    func optionalDate(_ column: String) throws -> Date? { try self[column].decode(Date?.self) }

    /// The task of a row selected with `PostgresTaskStore.taskColumns`.
    func task() throws -> PlanTask {
        PlanTask(number: try int("number"), title: try string("title"), unit: try optionalString("unit"),
                 coUnits: try optionalString("co_units"), due: try optionalString("due").flatMap { CalendarDate(iso: $0) },
                 product: try optionalString("product"), note: try optionalString("note"),
                 status: TaskStatus(rawValue: try string("status")) ?? .pending, createdAt: try date("created_at"),
                 completedAt: try optionalDate("completed_at"), updatedAt: try date("updated_at"), source: try string("source"),
                 recurrence: try optionalString("recurrence").flatMap(TaskRecurrence.init(rule:)))
    }
}
