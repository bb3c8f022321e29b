import DanVanText

/// One practice question, generated from a fact a plan (or the task store) states.
public struct QuizQuestion: Equatable, Sendable {
    /// What kind of fact is asked.
    public enum Kind: String, Sendable {
        case deadline, basis, lead, abbreviation, issuer, documentDate
    }
    /// The fact expected, typed so the answer is judged the way it is written.
    public enum Expected: Equatable, Sendable {
        case date(CalendarDate)
        /// A unit; `names` are the plan's written forms.
        case unit(String)
        /// Any of these documents (symbols as the plan writes them, with their leading numbers).
        case document([String])
        /// Words: an issuer, what an abbreviation stands for.
        case text(String)
    }
    /// A stable id of the fact ("plan-id|deadline|Báo cáo lần 1"), the key of the practice progress.
    public var id: String
    public var kind: Kind
    public var question: String
    /// The expected fact as shown to the person.
    public var answer: String
    public var expected: Expected
    /// Where the fact is stated ("Kế hoạch 45/KH-UBND của UBND xã Hòa Bình, mục IV.2").
    public var source: String
    /// The plan it comes from; nil for the task store.
    public var planID: String?

    public init(id: String, kind: Kind, question: String, answer: String, expected: Expected, source: String, planID: String?) {
        self.id = id
        self.kind = kind
        self.question = question
        self.answer = answer
        self.expected = expected
        self.source = source
        self.planID = planID
    }
}
