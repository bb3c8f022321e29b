import DanVanText

// What an appendix question answers on a plan without an appendix table, next to the answerer that says it.
public extension Msg {
    /// The numbered points of the plan's content part stand for its tasks.
    static func contentTasksHeading(section: String, title: String, count: Int) -> String {
        "Các nhiệm vụ nêu ở mục \(section) (\(title)) — \(count) nội dung:"
    }
}

// What a funding question answers, next to the answerer that says it (`KnowledgeAnswerer+PlanParts`).
public extension Msg {
    static let fundingTitle = "Kinh phí thực hiện kế hoạch"
    /// The plan has no funding part: its sentences about funding follow.
    static let fundingSaid = "Kế hoạch không có phần kinh phí riêng; các câu nói về kinh phí:"
    static let fundingNone = "Kế hoạch không nói về kinh phí thực hiện."
}
