import DanVanText
import Foundation
import GRDB

/// A row of `task`.
struct TaskRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "task"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int?
    var title: String
    var unit: String?
    var coUnits: String?
    var due: String?
    var product: String?
    var note: String?
    var status: String
    var createdAt: Date
    var completedAt: Date?
    var updatedAt: Date
    var source: String
    var importKey: String?
    /// The plan and the row of its appendix the task was imported from (`v4-plan-rows`).
    var planId: String? = nil
    var planRow: Int? = nil
    var planGroup: String? = nil
    /// The recurrence rule (`TaskRecurrence.rule`) and the occurrence this one follows (`v5-recurrence`).
    var recurrence: String? = nil
    var recursFrom: Int? = nil

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = Int(inserted.rowID)
    }

    var task: PlanTask {
        PlanTask(id: id ?? 0, title: title, unit: unit, coUnits: coUnits, due: due.flatMap { CalendarDate(iso: $0) },
                 product: product, note: note, status: TaskStatus(rawValue: status) ?? .pending,
                 createdAt: createdAt, completedAt: completedAt, updatedAt: updatedAt, source: source,
                 recurrence: recurrence.flatMap(TaskRecurrence.init(rule:)))
    }
}
