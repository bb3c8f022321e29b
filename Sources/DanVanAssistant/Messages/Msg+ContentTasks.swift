import DanVanText

// What an appendix question answers on a plan without an appendix table, next to the answerer that says it.
public extension Msg {
    /// The numbered points of the plan's content part stand for its tasks.
    static func contentTasksHeading(section: String, title: String, count: Int) -> String {
        "Các nhiệm vụ nêu ở mục \(section) (\(title)) — \(count) nội dung:"
    }
}
