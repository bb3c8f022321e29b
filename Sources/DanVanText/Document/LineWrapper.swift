/// Cuts styled text into lines no wider than a width, at word boundaries, with a hanging indent.
///
///     LineWrapper.wrap(StyledText("một hai ba", style: .plain), width: 7,
///                      firstPrefix: StyledText("• ", style: .plain), nextPrefix: .spaces(2))
///     // ["• một", "  hai", "  ba"]
///
/// Widths are display widths. Runs of spaces collapse to one; a word wider than a line is cut
/// between characters; `\n` starts a new line.
enum LineWrapper {
    /// The lines of `text`, each starting with its prefix.
    ///
    /// - Parameters:
    ///   - text: the text to wrap.
    ///   - width: the widest line allowed, prefix included.
    ///   - firstPrefix: put before the first line (a bullet).
    ///   - nextPrefix: put before every other line (the hanging indent).
    /// - Returns: at least one line.
    static func wrap(_ text: StyledText, width: Int, firstPrefix: StyledText = StyledText(),
                     nextPrefix: StyledText = StyledText()) -> [StyledText] {
        var out: [StyledText] = []
        for segment in text.lines() {
            let prefix = out.isEmpty ? firstPrefix : nextPrefix
            out += wrapSegment(segment, width: width, firstPrefix: prefix, nextPrefix: nextPrefix)
        }
        return out.isEmpty ? [firstPrefix] : out
    }

    /// Wraps one line of text (no `\n`).
    private static func wrapSegment(_ segment: StyledText, width: Int, firstPrefix: StyledText,
                                    nextPrefix: StyledText) -> [StyledText] {
        var lines: [StyledText] = []
        // The line being built grows in place with its width kept alongside: appending a word costs
        // the word, not the line (a paragraph laid out without a width limit is one long line).
        var current = firstPrefix
        var currentWidth = firstPrefix.width
        var currentHasWord = false
        var lastCell: StyledText.Cell?
        let nextWidth = nextPrefix.width

        func avail(_ prefixWidth: Int) -> Int { max(1, width - prefixWidth) }

        for word in words(of: segment) {
            let wordWidth = word.width
            if currentHasWord, currentWidth + 1 + wordWidth <= width {
                let join = lastCell?.style == word.cells.first?.style ? (lastCell?.style ?? .plain) : .plain
                current.cells.append(StyledText.Cell(character: " ", style: join, width: 1))
                current.cells.append(contentsOf: word.cells)
                currentWidth += 1 + wordWidth
                lastCell = word.cells.last
                continue
            }
            if currentHasWord {
                lines.append(current)
                current = nextPrefix
                currentWidth = nextWidth
            }
            var rest = word
            var restWidth = wordWidth
            while restWidth > avail(currentWidth) {
                let (head, tail) = split(rest, fitting: avail(currentWidth))
                lines.append(current + head)
                current = nextPrefix
                currentWidth = nextWidth
                rest = tail
                restWidth = tail.width
            }
            current.cells.append(contentsOf: rest.cells)
            currentWidth += restWidth
            currentHasWord = true
            lastCell = rest.cells.last
        }
        lines.append(current)
        return lines
    }

    /// The non-empty words of `text`, split on spaces.
    private static func words(of text: StyledText) -> [StyledText] {
        text.cells.split(whereSeparator: { $0.character == " " }).map { StyledText(cells: Array($0)) }
    }

    /// Cuts `word` after as many characters as fit in `width` (at least one).
    private static func split(_ word: StyledText, fitting width: Int) -> (StyledText, StyledText) {
        var used = 0
        var count = 0
        for cell in word.cells {
            if used + cell.width > width, count > 0 { break }
            used += cell.width
            count += 1
        }
        return (StyledText(cells: Array(word.cells[..<count])), StyledText(cells: Array(word.cells[count...])))
    }
}
