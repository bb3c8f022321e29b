import DanVanTasks
import DanVanText
import Foundation
import PostgresNIO

extension PostgresAdmin {
    /// One commune's line of the city's report (tasks not deleted).
    public struct CommuneCounts: Equatable, Sendable {
        public var commune: String
        public var total: Int
        public var open: Int
        public var overdue: Int
        public var done: Int
    }

    /// Every commune's counts, by name, for the city's compiled report (read by the administrator,
    /// who owns the tables; officials never see another commune's rows).
    ///
    /// - Parameter today: the day "overdue" counts from.
    public func cityCounts(today: CalendarDate) throws -> [CommuneCounts] {
        try run("""
            SELECT c.name,
                   COUNT(t.id) FILTER (WHERE t.status <> 'deleted')::bigint AS total,
                   COUNT(t.id) FILTER (WHERE t.status = 'pending')::bigint AS open,
                   COUNT(t.id) FILTER (WHERE t.status = 'pending' AND t.due < \(today.iso)::date)::bigint AS overdue,
                   COUNT(t.id) FILTER (WHERE t.status = 'done')::bigint AS done
            FROM danvan.commune c LEFT JOIN danvan.task t ON t.commune_id = c.id
            GROUP BY c.id, c.name ORDER BY c.name
            """, "report").map {
            CommuneCounts(commune: try $0.string("name"), total: Int(try $0.int64("total")), open: Int(try $0.int64("open")),
                          overdue: Int(try $0.int64("overdue")), done: Int(try $0.int64("done")))
        }
    }

    /// The city's report as a Markdown table: one row per commune, then the city's total.
    public static func cityReport(_ counts: [CommuneCounts]) -> String {
        var lines = [Msg.pgCityReportHeader, "|---|---:|---:|---:|---:|"]
        for c in counts { lines.append("| \(c.commune) | \(c.total) | \(c.open) | \(c.overdue) | \(c.done) |") }
        let sum = { (k: KeyPath<CommuneCounts, Int>) in counts.reduce(0) { $0 + $1[keyPath: k] } }
        lines.append("| **\(Msg.pgCityTotal)** | \(sum(\.total)) | \(sum(\.open)) | \(sum(\.overdue)) | \(sum(\.done)) |")
        return lines.joined(separator: "\n") + "\n"
    }
}
