/// Chooses column widths so a table fits a line width, shrinking only the columns allowed to wrap.
///
///     TableLayout.columnWidths(natural: [10, 40], wrappable: [1], available: 30, gap: 2) // [10, 18]
///     TableLayout.columnWidths(natural: [10, 40], wrappable: [1], available: 12, gap: 2) // nil
///
/// A wrapping column never shrinks below `minimumWrapWidth` (or its natural width when smaller);
/// when even that does not fit the answer is nil and the caller lays the rows out as records.
enum TableLayout {
    static let minimumWrapWidth = 10

    /// Column widths that fit `available` columns, or nil when the table cannot fit.
    ///
    /// - Parameters:
    ///   - natural: each column's widest cell (header included).
    ///   - wrappable: the columns that may be narrower than their natural width; empty means all.
    ///   - available: the line width.
    ///   - gap: the spaces between two columns.
    /// - Returns: one width per column, or nil.
    static func columnWidths(natural: [Int], wrappable: Set<Int>, available: Int, gap: Int) -> [Int]? {
        let gaps = gap * max(0, natural.count - 1)
        if natural.reduce(0, +) + gaps <= available { return natural }
        let wrap = wrappable.isEmpty ? Set(natural.indices) : wrappable.intersection(natural.indices)
        var widths = natural.indices.map { wrap.contains($0) ? min(natural[$0], minimumWrapWidth) : natural[$0] }
        var extra = available - gaps - widths.reduce(0, +)
        guard extra >= 0 else { return nil }
        // Water-filling: share what is left equally among the columns still below their natural width.
        while extra > 0 {
            let hungry = wrap.sorted().filter { widths[$0] < natural[$0] }
            guard !hungry.isEmpty else { break }
            let share = max(1, extra / hungry.count)
            for column in hungry where extra > 0 {
                let add = min(share, natural[column] - widths[column], extra)
                widths[column] += add
                extra -= add
            }
        }
        return widths
    }
}
