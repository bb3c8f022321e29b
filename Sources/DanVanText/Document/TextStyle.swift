/// How a piece of rendered text looks on a colour terminal.
///
///     TextStyle(bold: true).escape    // "\u{1B}[1m"
///     TextStyle(color: .red).escape   // "\u{1B}[31m"
///     TextStyle.plain.escape          // ""
///
/// Without colour the renderer ignores styles altogether, so plain output has no escape codes.
public struct TextStyle: Equatable, Hashable, Sendable {
    /// The eight-colour ANSI foreground colours danvan uses.
    public enum Color: Int, Sendable {
        case red = 31, green = 32, yellow = 33, blue = 34, magenta = 35, cyan = 36
    }

    public var bold: Bool
    public var dim: Bool
    public var italic: Bool
    public var color: Color?

    public init(bold: Bool = false, dim: Bool = false, italic: Bool = false, color: Color? = nil) {
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.color = color
    }

    public static let plain = TextStyle()

    /// The SGR sequence that turns this style on, or "" for plain text.
    public var escape: String {
        var codes: [String] = []
        if bold { codes.append("1") }
        if dim { codes.append("2") }
        if italic { codes.append("3") }
        if let color { codes.append(String(color.rawValue)) }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// The SGR sequence that returns to plain text.
    public static let reset = "\u{1B}[0m"

    /// `text` wrapped in this style's escape and a reset (or `text` unchanged when plain).
    ///
    ///     TextStyle(dim: true).apply(to: "Nguồn") // "\u{1B}[2mNguồn\u{1B}[0m"
    public func apply(to text: String) -> String {
        let on = escape
        return on.isEmpty || text.isEmpty ? text : on + text + TextStyle.reset
    }

    /// This style with `other`'s attributes added (the other's colour wins).
    func merged(with other: TextStyle) -> TextStyle {
        TextStyle(bold: bold || other.bold, dim: dim || other.dim, italic: italic || other.italic,
                  color: other.color ?? color)
    }
}
