import DanVanTasks
import DanVanText
import Foundation

/// The sheets of the Excel outputs: the task store's list (the appendix layout), and a report as a
/// summary sheet plus one sheet per unit.
///
///     try XLSXWriter.write([ReportWorkbook.tasks(tasks)])
public enum ReportWorkbook {
    /// The appendix layout of `tasks export` (same columns as the CSV, which danvan imports back).
    public static func tasks(_ tasks: [PlanTask]) -> Worksheet {
        let widths: [Double] = [6, 50, 28, 28, 14, 24, 30, 16, 16, 22]
        let columns = zip(Msg.taskExportHeaders, widths + Array(repeating: 16, count: max(0, Msg.taskExportHeaders.count - widths.count)))
            .map { Worksheet.Column($0, width: $1) }
        let rows: [[Worksheet.Cell]] = tasks.map { task in
            [.number(Double(task.id)), .text(task.title), text(task.unit), text(task.coUnits), date(task.due),
             text(task.product), text(task.note), .text(Msg.taskStatus(task.status.rawValue)),
             date(task.completedAt.map { TaskClock.day(of: $0) }), text(task.recurrence.map(Msg.recurrenceCell))]
        }
        return Worksheet(name: Msg.xlsxTasksSheet, columns: columns, rows: rows)
    }

    /// A compiled report: the summary table, then each unit's tasks.
    public static func compiled(_ report: CompiledReport) -> [Worksheet] {
        let summaryColumns = zip(Msg.reportCompiledHeaders, [6.0, 36, 14, 14, 16, 12, 14]).map { Worksheet.Column($0, width: $1) }
        var summary: [[Worksheet.Cell]] = report.rows.enumerated().map { i, row in
            let c = row.counts
            return [.number(Double(i + 1)), .text(row.unit ?? Msg.xlsxNoUnitSheet), .number(Double(c.total)),
                    .number(Double(c.completed)), .number(Double(c.completedWithin)), .number(Double(c.overdue)),
                    .text(row.reported.map { $0 ? Msg.reportYes : Msg.reportNo } ?? Msg.reportNotApplicable)]
        }
        let t = report.totals
        summary.append([.empty, .text(Msg.xlsxTotalRow), .number(Double(t.total)), .number(Double(t.completed)),
                        .number(Double(t.completedWithin)), .number(Double(t.overdue)), .empty])
        return [Worksheet(name: Msg.xlsxSummarySheet, columns: summaryColumns, rows: summary)]
            + report.rows.map { unitSheet($0.unit ?? Msg.xlsxNoUnitSheet, items: $0.items) }
    }

    /// One unit's tasks with their state (late completions marked), completion day and latest notes.
    public static func unitSheet(_ name: String, items: [ReportItem]) -> Worksheet {
        let columns = zip(Msg.xlsxUnitHeaders, [6.0, 50, 28, 14, 26, 16, 50]).map { Worksheet.Column($0, width: $1) }
        let rows: [[Worksheet.Cell]] = items.map { item in
            let late = item.completedOn.flatMap { done in item.task.due.map { done > $0 } } ?? false
            return [.number(Double(item.task.id)), .text(item.task.title), text(item.task.coUnits), date(item.task.due),
                    .text(Msg.xlsxState(item.state, late: late)), date(item.completedOn),
                    text(item.latestNotes.map(\.text).joined(separator: "\n"))]
        }
        return Worksheet(name: name, columns: columns, rows: rows)
    }

    private static func text(_ value: String?) -> Worksheet.Cell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    private static func date(_ value: CalendarDate?) -> Worksheet.Cell { value.map(Worksheet.Cell.date) ?? .empty }
}
