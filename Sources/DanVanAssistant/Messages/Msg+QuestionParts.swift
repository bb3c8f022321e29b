import DanVanText

/// Sentences about a line that asks several questions (`--explain`).
extension Msg {
    public static let explainPartsTitle = "Dòng hỏi nhiều câu, trả lời lần lượt:"
    /// One part: "2) «của ai» (hiểu là «chỉ thị 16 của ai») → legal.document".
    public static func explainPart(_ n: Int, text: String, question: String?, intent: String) -> String {
        var s = "\(n)) «\(text)»"
        if let question { s += " (hiểu là «\(question)»)" }
        return s + " → \(intent)"
    }
}
