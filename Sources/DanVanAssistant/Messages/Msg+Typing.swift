import DanVanText

/// Sentences about words read from Telex/VNI keystrokes or split (`--explain`).
extension Msg {
    /// The words of the question read differently from how they were typed.
    public static func explainRewrites(_ pairs: [String]) -> String {
        "Chữ gõ được hiểu lại (bộ gõ tắt hoặc viết liền): \(pairs.joined(separator: "; "))"
    }
}
