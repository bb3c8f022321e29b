/// One task row of a plan's appendix table ("Phụ lục"): what must be done, by whom, by when.
///
///     AppendixRow(row: 3, number: "2", group: "Nhóm giải pháp về cơ chế chính sách",
///                 title: "Đề xuất giải pháp cải thiện môi trường đầu tư…", lead: "Sở Tài chính", deadline: "2026")
public struct AppendixRow: Codable, Equatable, Sendable {
    /// The row's place among the appendix's task rows, from 1 (group and header rows not counted).
    public var row: Int
    /// "STT" as written ("1", "2.3"), when the table numbers its rows.
    public var number: String?
    /// The group heading the row sits under ("Nhóm giải pháp về cơ chế chính sách"), when any.
    public var group: String?
    /// What must be done.
    public var title: String
    /// "Đơn vị chủ trì" as written.
    public var lead: String?
    /// "Đơn vị phối hợp" as written.
    public var coordinating: String?
    /// "Thời gian hoàn thành" as written ("Quý IV/2025", "Thường xuyên", "30/6/2025").
    public var deadline: String?
    /// "Sản phẩm" as written.
    public var product: String?
    /// "Ghi chú" as written.
    public var note: String?

    public init(row: Int, number: String? = nil, group: String? = nil, title: String, lead: String? = nil,
                coordinating: String? = nil, deadline: String? = nil, product: String? = nil, note: String? = nil) {
        self.row = row
        self.number = number
        self.group = group
        self.title = title
        self.lead = lead
        self.coordinating = coordinating
        self.deadline = deadline
        self.product = product
        self.note = note
    }
}
