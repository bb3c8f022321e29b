import DanVanText

/// Sentences of the report's form per Nghị định 30/2020/NĐ-CP: signature blanks, late completions.
extension Msg {
    /// A visible blank where the position or the name is not known.
    public static let reportSignerBlank = "……………………………"
    /// What the signature's blank lines are for (in the Markdown draft).
    public static let reportSignHere = "(Ký, ghi rõ họ tên)"

    /// After a completion day: the task was done after its deadline.
    public static func reportItemLate(_ days: Int) -> String { "trễ hạn \(days) ngày" }
}
