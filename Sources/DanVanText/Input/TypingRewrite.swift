/// One word of a question read differently from how it was typed: Telex or VNI keystrokes decoded
/// (`thowif` → `thời`), words run together split (`vanbancancu` → `van ban can cu`).
public struct TypingRewrite: Equatable, Sendable, CustomStringConvertible {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    public var description: String { "\(from) → \(to)" }
}
