/// A note of the plan ("[1] Chương trình số 30-CTr/TU …"), kept with the paragraph that calls it.
public struct Footnote: Codable, Equatable, Sendable {
    /// The mark as written without brackets ("1").
    public var mark: String
    public var text: String
    /// The section of the paragraph that calls the note ("preamble", "II.1"); nil when no paragraph does.
    public var section: String?

    public init(mark: String, text: String, section: String? = nil) {
        self.mark = mark
        self.text = text
        self.section = section
    }
}
