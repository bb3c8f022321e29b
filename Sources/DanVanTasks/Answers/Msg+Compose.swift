import DanVanText

/// Sentences of confirming a task named by its title instead of its number.
extension Msg {
    /// Title of the choice offered when a change names a task by title words.
    public static func taskConfirmTitle(_ words: String) -> String {
        "Chưa thay đổi gì: “\(words)” không phải số nhiệm vụ. Có phải bạn muốn nói:"
    }

    /// One offered task: number, title, unit, deadline, status.
    public static func taskChoiceLine(_ number: String, _ title: String, unit: String?, due: String?, status: String) -> String {
        var parts = ["\(number) \(title)"]
        if let unit, !unit.isEmpty { parts.append(unit) }
        if let due { parts.append("hạn \(due)") }
        parts.append(status)
        return parts.joined(separator: " · ")
    }

    /// How to confirm: the choice's number, or the task's number in the command.
    public static func taskConfirmHint(count: Int) -> String {
        count == 1 ? "Gõ 1 để thực hiện, hoặc gõ lại lệnh với số nhiệm vụ (ví dụ “xong nhiệm vụ 3”)."
                   : "Gõ số thứ tự (1–\(count)) để chọn, hoặc gõ lại lệnh với số nhiệm vụ (ví dụ “xong nhiệm vụ 3”)."
    }
}
