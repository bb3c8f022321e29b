import CSV
import DanVanText
import Foundation

/// Writes tasks out as CSV, JSON or a Markdown table.
///
///     try TaskExporter.render([task], notes: [:], format: .md)
///     // "| # | Nội dung nhiệm vụ | … |\n|---|…\n| #1 | Họp tổ dân vận | … |\n"
enum TaskExporter {
    static func render(_ tasks: [PlanTask], notes: [Int: [ProgressNote]], format: ExportFormat) throws -> String {
        switch format {
        case .csv: return try csv(tasks)
        case .json: return try json(tasks, notes: notes)
        case .md: return markdown(tasks)
        }
    }

    private static func csv(_ tasks: [PlanTask]) throws -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: Msg.taskExportHeaders)
        for task in tasks {
            try writer.write(row: [
                String(task.id), task.title, task.unit ?? "", task.coUnits ?? "", task.due?.display ?? "",
                task.product ?? "", task.note ?? "", Msg.taskStatus(task.status.rawValue),
                task.completedAt.map { TaskClock.day(of: $0).display } ?? "", task.recurrence.map(Msg.recurrenceCell) ?? "",
            ].map(FormulaGuard.neutralize))
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return "\u{FEFF}" + String(decoding: data, as: UTF8.self) + "\r\n"
    }

    private struct TaskList: Encodable {
        var schema: Int
        var tasks: [ExportedTask]
    }

    /// Every key is always written (`null` when absent).
    private struct ExportedTask: Encodable {
        struct Note: Encodable {
            var at: Date
            var user: String
            var text: String
        }

        var id: Int
        var title: String
        @NullWhenAbsent var unit: String?
        @NullWhenAbsent var coUnits: String?
        @NullWhenAbsent var due: String?
        @NullWhenAbsent var product: String?
        @NullWhenAbsent var note: String?
        var status: String
        var createdAt: Date
        @NullWhenAbsent var completedAt: Date?
        var updatedAt: Date
        var source: String
        /// The stored rule ("monthly:15"), and as the CSV writes it ("ngày 15 hằng tháng"); null when not recurring.
        @NullWhenAbsent var recurrence: String?
        @NullWhenAbsent var recurrenceText: String?
        var progress: [Note]
    }

    /// The JSON of `danvan tasks export --format json` and `danvan tasks list --json`:
    /// `{"schema": 1, "tasks": [...]}`, one object shape for every task (README, "JSON").
    static func json(_ tasks: [PlanTask], notes: [Int: [ProgressNote]]) throws -> String {
        let exported = tasks.map { t in
            ExportedTask(id: t.id, title: t.title, unit: t.unit, coUnits: t.coUnits, due: t.due?.iso, product: t.product,
                         note: t.note, status: t.status.rawValue, createdAt: t.createdAt, completedAt: t.completedAt,
                         updatedAt: t.updatedAt, source: t.source, recurrence: t.recurrence?.rule,
                         recurrenceText: t.recurrence.map(Msg.recurrenceCell),
                         progress: (notes[t.id] ?? []).map { .init(at: $0.at, user: $0.user, text: $0.text) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(TaskList(schema: TaskJSON.schema, tasks: exported)), as: UTF8.self) + "\n"
    }

    private static func markdown(_ tasks: [PlanTask]) -> String {
        let headers = Msg.taskMarkdownHeaders
        var lines = ["| " + headers.joined(separator: " | ") + " |",
                     "|" + headers.map { _ in "---" }.joined(separator: "|") + "|"]
        for task in tasks {
            let cells = ["#\(task.id)", task.title, task.unit ?? "—", task.coUnits ?? "", task.due?.display ?? "—",
                         Msg.taskStatus(task.status.rawValue), task.note ?? "", task.recurrence.map(Msg.recurrenceCell) ?? ""]
            lines.append("| " + cells.map(escape).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ cell: String) -> String {
        cell.replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
    }
}
