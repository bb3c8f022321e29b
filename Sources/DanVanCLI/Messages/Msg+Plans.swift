import DanVanText

/// Sentences of `danvan import` and `danvan plans`.
extension Msg {
    public static func planImported(_ name: String, title: String, replaced: Int) -> String {
        "Đã nhập \(name): \(title)." + (replaced > 0 ? " (Thay cho bản đã nhập trước.)" : "")
    }
    public static let planImportedHint = "Câu hỏi không nêu kế hoạch nào sẽ được trả lời theo kế hoạch vừa nhập; hỏi “danh sách kế hoạch” để xem tất cả."
    public static func planRemoved(_ name: String) -> String { "Đã xóa \(name) khỏi danh sách kế hoạch." }
    public static let plansEmpty = "Chưa nhập kế hoạch nào. Dùng “danvan import TỆP”."
    public static let plansBuiltIn = "có sẵn"
    public static let plansImported = "đã nhập"
    public static let plansHeaders = ["Mã", "Số", "Ngày", "Cơ quan ban hành", "Nguồn"]
}
