/// Lays an answer out for a terminal of a given width, with or without colour.
///
///     DocumentRenderer(width: 80, color: false).render(
///         AnswerDocument(title: "Hạn báo cáo", blocks: [.bullets(["Lần 1: trước 03/09/2025"])],
///                        source: "Kế hoạch, mục III.3"))
///     // "Hạn báo cáo\n• Lần 1: trước 03/09/2025\nNguồn: Kế hoạch, mục III.3"
///
/// A bold title line, "• " bullets with a hanging indent, paragraphs wrapped at word boundaries,
/// tables aligned to the width (only `wrapColumns` shrink; rows become records when even that does
/// not fit), deadlines coloured by urgency, notes dim and italic, the source line dim. Every text
/// from the document is sanitized first. Without colour the output has no escape code at all.
public struct DocumentRenderer: Sendable {
    /// The widest line, in terminal columns (at least 20).
    public var width: Int
    /// Whether to emit ANSI colours and bold/dim/italic.
    public var color: Bool

    public init(width: Int, color: Bool) {
        self.width = max(20, width)
        self.color = color
    }

    static let bullet = "• "
    static let columnGap = 2

    /// The answer as text lines joined by `\n`, without a final newline.
    ///
    ///     DocumentRenderer(width: 100, color: false).render(AnswerDocument(blocks: [.paragraph("Chào")]))
    ///     // "Chào"
    ///
    /// - Parameter document: the answer.
    /// - Returns: the text to print.
    public func render(_ document: AnswerDocument) -> String {
        lines(of: document).map { $0.rendered(color: color) }.joined(separator: "\n")
    }

    /// The answer as `render(_:)` lays it out, or nil as soon as `cancelled()` is true (asked between
    /// blocks, bullets and lines): Ctrl-C in the REPL stops a very long answer.
    public func render(_ document: AnswerDocument, cancelled: () -> Bool) -> String? {
        var out: [String] = []
        let title = TextSanitizer.sanitize(document.title)
        if !title.allSatisfy({ $0 == " " }) {
            out += LineWrapper.wrap(StyledText(title, style: TextStyle(bold: true)), width: width).map { $0.rendered(color: color) }
        }
        let matcher = MarkMatcher(marks: document.marks)
        for block in document.blocks {
            let pieces: [AnswerDocument.Block]
            if case .bullets(let items) = block { pieces = items.map { .bullets([$0]) } } else { pieces = [block] }
            for piece in pieces {
                if cancelled() { return nil }
                out += lines(of: piece, matcher: matcher).map { $0.rendered(color: color) }
            }
        }
        if let source = document.source.map({ TextSanitizer.sanitize($0, keepingNewlines: false) }), !source.isEmpty {
            out += LineWrapper.wrap(StyledText(Msg.sourceLine(source), style: TextStyle(dim: true)), width: width)
                .map { $0.rendered(color: color) }
        }
        return out.joined(separator: "\n")
    }

    /// The styled lines of `document`.
    func lines(of document: AnswerDocument) -> [StyledText] {
        var out: [StyledText] = []
        let title = TextSanitizer.sanitize(document.title)
        if !title.allSatisfy({ $0 == " " }) {
            out += LineWrapper.wrap(StyledText(title, style: TextStyle(bold: true)), width: width)
        }
        let matcher = MarkMatcher(marks: document.marks)  // once per document: rendering stays linear
        for block in document.blocks {
            out += lines(of: block, matcher: matcher)
        }
        if let source = document.source.map({ TextSanitizer.sanitize($0, keepingNewlines: false) }), !source.isEmpty {
            out += LineWrapper.wrap(StyledText(Msg.sourceLine(source), style: TextStyle(dim: true)), width: width)
        }
        return out
    }

    private func lines(of block: AnswerDocument.Block, matcher: MarkMatcher) -> [StyledText] {
        switch block {
        case .paragraph(let text):
            return LineWrapper.wrap(styled(text, matcher: matcher), width: width)
        case .note(let text):
            return LineWrapper.wrap(styled(text, style: TextStyle(dim: true, italic: true), matcher: matcher), width: width)
        case .bullets(let items):
            return items.flatMap { item in
                LineWrapper.wrap(styled(item, matcher: matcher), width: width,
                                 firstPrefix: StyledText(Self.bullet, style: .plain), nextPrefix: .spaces(2))
            }
        case .heading(let text):
            return LineWrapper.wrap(styled(text, style: TextStyle(bold: true), matcher: matcher), width: width)
        case .table(let table):
            return TableRenderer(width: width, matcher: matcher, renderer: self).lines(of: table)
        }
    }

    /// Sanitized, NFC `text` in `style`, with the urgency marks coloured.
    func styled(_ text: String, style: TextStyle = .plain, marks: [AnswerDocument.UrgencyMark],
                keepingNewlines: Bool = true) -> StyledText {
        styled(text, style: style, matcher: MarkMatcher(marks: marks), keepingNewlines: keepingNewlines)
    }

    /// Sanitized, NFC `text` in `style`, with the marks of `matcher` coloured.
    func styled(_ text: String, style: TextStyle = .plain, matcher: MarkMatcher, keepingNewlines: Bool = true) -> StyledText {
        var result = StyledText(TextSanitizer.sanitize(text, keepingNewlines: keepingNewlines), style: style)
        matcher.apply(to: &result)
        return result
    }

    /// The colour of a deadline by urgency.
    static func style(for urgency: AnswerDocument.Urgency) -> TextStyle {
        switch urgency {
        case .none: return .plain
        case .done: return TextStyle(dim: true)
        case .ok: return TextStyle(color: .green)
        case .soon: return TextStyle(color: .yellow)
        case .overdue: return TextStyle(bold: true, color: .red)
        }
    }
}
