/// Text whose characters each carry a style and a display width: what the wrapper cuts into lines.
///
///     var text = StyledText("còn 3 ngày", style: .plain)
///     text.restyle(matching: "3 ngày", with: TextStyle(color: .yellow))
///     text.width // 10
struct StyledText: Equatable {
    struct Cell: Equatable {
        var character: Character
        var style: TextStyle
        var width: Int
    }

    var cells: [Cell]

    init(cells: [Cell] = []) { self.cells = cells }

    /// `text` (already sanitized) in one style.
    init(_ text: String, style: TextStyle) {
        cells = text.map { Cell(character: $0, style: style, width: DisplayWidth.of($0)) }
    }

    var width: Int { cells.reduce(0) { $0 + $1.width } }
    var isEmpty: Bool { cells.isEmpty }
    var plainText: String { String(cells.map(\.character)) }

    /// Adds `style` to every occurrence of `phrase`.
    mutating func restyle(matching phrase: String, with style: TextStyle) {
        let needle = Array(phrase)
        guard !needle.isEmpty, needle.count <= cells.count else { return }
        var i = 0
        while i + needle.count <= cells.count {
            if (0..<needle.count).allSatisfy({ cells[i + $0].character == needle[$0] }) {
                for k in i..<(i + needle.count) { cells[k].style = cells[k].style.merged(with: style) }
                i += needle.count
            } else {
                i += 1
            }
        }
    }

    /// Adds `style` to every cell.
    mutating func restyleAll(with style: TextStyle) {
        for k in cells.indices { cells[k].style = cells[k].style.merged(with: style) }
    }

    /// Splits on `\n` into separate texts.
    func lines() -> [StyledText] {
        cells.split(omittingEmptySubsequences: false, whereSeparator: { $0.character == "\n" })
            .map { StyledText(cells: Array($0)) }
    }

    static func + (a: StyledText, b: StyledText) -> StyledText { StyledText(cells: a.cells + b.cells) }

    /// `count` plain spaces.
    static func spaces(_ count: Int) -> StyledText {
        StyledText(String(repeating: " ", count: max(0, count)), style: .plain)
    }

    /// The text to print: with escape sequences per style run when `color` is on, plain otherwise.
    /// Trailing spaces are dropped.
    func rendered(color: Bool) -> String {
        var end = cells.count
        while end > 0, cells[end - 1].character == " " { end -= 1 }
        guard color else { return String(cells[..<end].map(\.character)) }
        var out = ""
        var start = 0
        while start < end {
            var stop = start
            while stop < end, cells[stop].style == cells[start].style { stop += 1 }
            out += cells[start].style.apply(to: String(cells[start..<stop].map(\.character)))
            start = stop
        }
        return out
    }
}
