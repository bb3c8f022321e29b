import DanVanText

// What a deadline question answers on a plan that gives no date, next to the answerer that says it.
public extension Msg {
    /// Introduces the plan's sentences about reporting when it names no deadline.
    static let reportingSaid = "Kế hoạch nói về việc báo cáo như sau:"
}
