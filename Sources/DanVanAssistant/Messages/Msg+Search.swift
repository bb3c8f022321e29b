import DanVanText

/// Sentences of the ranked search, of "does the plan mention X?" and of the plan's structure.
extension Msg {
    // MARK: Mentions
    public static func mentionsTitle(_ topic: String) -> String { "Kế hoạch có nói về “\(topic)” không?" }
    public static func mentionsYes(_ topic: String) -> String { "Có: kế hoạch nói về “\(topic)” ở các câu sau." }
    public static func mentionsNo(_ topic: String) -> String { "Không: kế hoạch không nói về “\(topic)”." }
    public static let mentionsNoTopic = "Hãy nói rõ điều muốn tìm, ví dụ: “kế hoạch có nói về hương ước không”."
    public static let mentionsHint = "danvan chỉ tìm trong văn bản kế hoạch; hỏi “kế hoạch nói gì về …” để xem các đoạn liên quan."

    // MARK: Fallback search
    /// `--explain`: a weak keyword gave way to a sentence of the plan.
    public static func decisionWeakKeyword(_ intent: String, keyword: String) -> String {
        "\(intent) chỉ dựa vào một từ khóa ngắn (“\(keyword)”), còn một câu của kế hoạch chứa gần hết các từ của câu hỏi: trả lời bằng câu đó."
    }
    public static let searchNothing = "Không tìm thấy câu nào trong kế hoạch khớp đủ với câu hỏi."
    public static let searchPhraseTitle = "Các câu có đúng cụm từ được hỏi"

    // MARK: Structure
    public static let structureTitle = "Bố cục kế hoạch"
    public static func structureCount(_ n: Int) -> String { "Kế hoạch gồm \(n) phần:" }
    public static func sectionTitle(_ id: String, _ title: String) -> String {
        title.isEmpty ? "Mục \(id)" : "Mục \(id). \(title)"
    }
    public static func sectionSubparts(_ list: String) -> String { "Gồm các mục: \(list)" }
    public static func noSuchSection(_ id: String, available: String) -> String {
        "Kế hoạch không có mục \(id)." + (available.isEmpty ? "" : " Các phần của kế hoạch: \(available).")
    }
    public static let sectionEmpty = "Mục này không có đoạn văn riêng."
    public static func appendixRows(_ n: Int) -> String {
        "Phụ lục: bảng kèm theo kế hoạch, danvan đọc được \(n) nhiệm vụ (hỏi “các nhiệm vụ trong phụ lục”)."
    }
    public static let appendixOnlyMentioned = "Phụ lục: kế hoạch nhắc đến tài liệu kèm theo nhưng bảng phụ lục không có trong văn bản đã nhập."
    public static let noAppendix = "Phụ lục: kế hoạch không có phụ lục kèm theo."
    public static let appendixMentionedAt = "Kế hoạch nhắc đến phụ lục ở:"
}
