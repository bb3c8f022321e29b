import DanVanText

/// What `danvan import --check` could not find, so a person knows what to verify in the plan.
extension Msg {
    public static var checkGapsTitle: String { "Cần kiểm tra lại (không thấy trong văn bản):" }
    public static var checkNoGaps: String { "Đã thấy đủ số, ngày, cơ quan ban hành, văn bản căn cứ, đơn vị được giao việc, thời hạn và người ký." }
    public static var checkGapNumber: String { "không thấy số, ký hiệu của kế hoạch" }
    public static var checkGapDate: String { "không thấy ngày ban hành" }
    public static var checkGapIssuer: String { "không thấy cơ quan ban hành" }
    public static var checkGapTitle: String { "không thấy tên (trích yếu) của kế hoạch" }
    public static var checkGapDocuments: String { "không thấy văn bản căn cứ (các dòng \"Căn cứ …\", \"Thực hiện …\")" }
    public static var checkGapUnits: String { "không thấy đơn vị nào được giao nhiệm vụ" }
    public static var checkGapDeadlines: String { "không thấy thời hạn nào (\"trước ngày …\", \"hằng tháng\"…)" }
    public static var checkGapSigner: String { "không thấy người ký" }
    public static var checkGapSignerName: String { "không thấy họ tên người ký (chỉ thấy chức vụ)" }
    public static var checkGapSignerTitle: String { "không thấy chức vụ người ký" }
    public static var checkGapRecipients: String { "không thấy nơi nhận" }
    public static func checkAbbreviations(_ count: Int) -> String { "Chữ viết tắt kế hoạch tự định nghĩa (\(count)):" }
    public static func checkAbbreviation(_ short: String, full: String, section: String) -> String {
        "\(short): \(full) (mục \(section == "preamble" ? "mở đầu" : section))"
    }
    public static func checkFootnotes(_ count: Int) -> String { "Chú thích (\(count)):" }
    public static func checkFootnote(_ mark: String, text: String, section: String?) -> String {
        "[\(mark)] " + (section.map { "(mục \($0 == "preamble" ? "mở đầu" : $0)) " } ?? "") + text
    }
    public static var checkCollectiveUnit: String { " (đơn vị chung)" }
    /// An abbreviation's meaning as the glossary shows it: "hộ kinh doanh (theo Kế hoạch số 144/KH-UBND)".
    public static func planAbbreviationMeaning(_ full: String, planNumber: String?) -> String {
        "\(full) (theo " + (planNumber.map { "Kế hoạch số \($0)" } ?? "kế hoạch đang dùng") + ")"
    }
}
