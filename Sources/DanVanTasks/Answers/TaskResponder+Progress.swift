import DanVanText

extension TaskResponder {
    /// The characters of the progress bar: plain text, readable without colour.
    static let barDone: Character = "#"
    static let barInProgress: Character = "="
    static let barOverdue: Character = "!"
    static let barOpen: Character = "."
    /// The bar's width in characters.
    static let barWidth = 10

    /// "tiến độ chung": one row per unit (total, done, open, in progress, overdue, a bar), a total row,
    /// then the counts per state.
    func progressDocument(today: CalendarDate) throws -> AnswerDocument {
        let units = try store.unitProgress(today: today)
        guard !units.isEmpty else {
            return AnswerDocument(blocks: [.paragraph(Msg.taskStoreEmpty)], source: Msg.taskSource)
        }
        let all = UnitProgress(unit: nil, total: units.map(\.total).reduce(0, +), done: units.map(\.done).reduce(0, +),
                               inProgress: units.map(\.inProgress).reduce(0, +), overdue: units.map(\.overdue).reduce(0, +))
        func row(_ p: UnitProgress, name: String) -> [String] {
            [name, "\(p.total)", "\(p.done)", "\(p.open)", "\(p.inProgress)", "\(p.overdue)", Self.bar(p)]
        }
        let rows = units.map { row($0, name: $0.unit ?? Msg.taskNoUnit) } + [row(all, name: Msg.taskProgressAllUnits)]
        let table = AnswerDocument.Table(headers: Msg.taskProgressHeaders, rows: rows, wrapColumns: [0])
        let deleted = try store.statusCounts().filter { $0.status == .deleted }.map(\.count).reduce(0, +)
        return AnswerDocument(title: Msg.taskProgressTitle, blocks: [
            .table(table),
            .paragraph(Msg.taskProgressByState(open: all.open, inProgress: all.inProgress, overdue: all.overdue, done: all.done,
                                               deleted: deleted)),
            .note(Msg.taskProgressLegend(done: Self.barDone, inProgress: Self.barInProgress, overdue: Self.barOverdue,
                                         open: Self.barOpen)),
        ], source: Msg.taskSource)
    }

    /// A bar of `barWidth` characters: done, then in progress, then overdue, then the rest; a non-zero
    /// part shows at least one character.
    ///
    ///     TaskResponder.bar(UnitProgress(unit: nil, total: 10, done: 5, inProgress: 1, overdue: 2))   // "#####=!!.."
    static func bar(_ p: UnitProgress) -> String {
        guard p.total > 0 else { return String(repeating: barOpen, count: barWidth) }
        func cells(_ n: Int) -> Int { n == 0 ? 0 : max(1, Int((Double(n) * Double(barWidth) / Double(p.total)).rounded())) }
        var parts = [cells(p.done), cells(p.inProgress), cells(p.overdue)]
        // Rounding up the small parts may overflow the bar: the largest part gives the cells back.
        while parts.reduce(0, +) > barWidth, let largest = parts.indices.max(by: { parts[$0] < parts[$1] }) {
            parts[largest] -= 1
        }
        let (done, inProgress, overdue) = (parts[0], parts[1], parts[2])
        return String(repeating: barDone, count: done) + String(repeating: barInProgress, count: inProgress)
            + String(repeating: barOverdue, count: overdue) + String(repeating: barOpen, count: barWidth - done - inProgress - overdue)
    }
}
