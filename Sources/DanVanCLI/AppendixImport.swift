import Foundation
import DanVanKnowledge
import DanVanTasks

/// From a plan's appendix to the task store's rows: the bridge between the knowledge and task modules.
enum AppendixImport {
    /// The task rows of an appendix, linked to their plan (when known) and row.
    static func rows(of appendix: [AppendixRow], planID: String?) -> [TaskTableRow] {
        appendix.map { r in
            TaskTableRow(line: r.row, number: r.number, group: r.group, title: r.title, unit: r.lead, coUnits: r.coordinating,
                         due: r.deadline, product: r.product, note: r.note, planID: planID, planRow: planID == nil ? nil : r.row)
        }
    }

    /// The plan whose number is `number`: the whole symbol ("617/KH-UBND", any case) or its leading
    /// number ("617", "0204" = "204").
    static func plan(number: String, in plans: [Plan]) -> Plan? {
        let wanted = number.trimmingCharacters(in: .whitespaces)
        func lead(_ s: String) -> Int? { Int(s.prefix { $0.isNumber }) }
        return plans.first { $0.number?.caseInsensitiveCompare(wanted) == .orderedSame }
            ?? plans.first { p in
                guard !wanted.contains("/"), let n = lead(wanted), let m = p.number.flatMap(lead) else { return false }
                return n == m
            }
    }
}
