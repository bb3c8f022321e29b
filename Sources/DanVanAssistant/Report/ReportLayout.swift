/// A report laid out as blocks, before it becomes Markdown or a .docx: both writers render the same
/// blocks, so the two outputs say the same thing.
///
///     ReportLayout(blocks: [.title("BÁO CÁO"), .heading("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"), .paragraph("…")])
public struct ReportLayout: Equatable, Sendable {
    public enum Block: Equatable, Sendable {
        case header(ReportHeader)
        /// "BÁO CÁO".
        case title(String)
        /// The line under the title ("Kết quả thực hiện … lần 2 năm 2025").
        case subject(String)
        /// "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ".
        case heading(String)
        /// "1. Tổng hợp chung".
        case subheading(String)
        /// "a) Hoàn thành trong kỳ báo cáo", under a subheading.
        case minorHeading(String)
        case paragraph(String)
        /// A listed task: its line, then detail lines (progress notes, co-operating units).
        case item(String, details: [String])
        /// A remark in italics: what a person must still write, the draft notice.
        case placeholder(String)
        case table(headers: [String], rows: [[String]])
        /// "Nơi nhận" on the left, the signature block on the right.
        case closing(recipients: [String], signature: ReportSigner)
    }

    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }
}
