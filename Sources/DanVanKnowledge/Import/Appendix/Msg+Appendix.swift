import DanVanText

/// Messages of the appendix table ("Phụ lục"): reading it, importing it as tasks, answering about it.
extension Msg {
    // MARK: Reading errors

    public static func appendixXlsxNotZip(_ name: String) -> String {
        "Tệp \(name) không phải bảng tính Excel .xlsx hợp lệ (không mở được gói nén). Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx. Không có gì được nhập."
    }

    public static func appendixXlsxWithoutSheet(_ name: String) -> String {
        "Tệp \(name) không có trang tính (sheet) nào để đọc. Không có gì được nhập."
    }

    public static func appendixXlsxBadXML(_ name: String, part: String) -> String {
        "Tệp \(name) bị hỏng: phần \(part) không đọc được (XML sai cấu trúc). Hãy mở tệp bằng Excel và lưu lại. Không có gì được nhập."
    }

    public static func appendixNoTaskTable(_ name: String) -> String {
        "Không thấy bảng nhiệm vụ trong \(name): cần một dòng tiêu đề có cột nội dung nhiệm vụ và cột đơn vị chủ trì hoặc thời gian hoàn thành. Không có gì được nhập."
    }

    public static let appendixImportUsage = "Cần đúng một trong hai: tên tệp (CSV, .xlsx, hoặc kế hoạch .txt/.docx), hoặc --plan SỐ (ví dụ: danvan tasks import --plan 617)."

    public static func appendixPlanNotFound(_ number: String) -> String {
        "Không có kế hoạch số \(number) trong thư viện. Gõ “danvan plans list” để xem các kế hoạch đã có."
    }

    public static func appendixPlanWithoutAppendix(_ plan: String) -> String {
        "Kế hoạch \(plan) không có bảng phụ lục nhiệm vụ nào danvan đọc được. Không có gì được nhập."
    }

    // MARK: import --check

    public static func appendixCheck(rows: Int, withoutLead: Int) -> String {
        "bảng phụ lục: \(rows) dòng, \(withoutLead) dòng thiếu đơn vị chủ trì"
    }

    public static let appendixCheckNone = "bảng phụ lục: không thấy bảng nhiệm vụ nào (cần dòng tiêu đề có cột nội dung và cột đơn vị chủ trì hoặc thời gian)"

    // MARK: Answers

    /// The source of an answer from appendix rows (shown after "Nguồn: "): "Kế hoạch 552/KH-UBND…, phụ lục, dòng 2, 5".
    public static func appendixSource(_ plan: String, rows: [Int]) -> String {
        rows.isEmpty ? "\(plan), phụ lục" : "\(plan), phụ lục, dòng " + rows.map(String.init).joined(separator: ", ")
    }

    public static let appendixLeadTitle = "Đơn vị chủ trì (theo phụ lục)"
    public static let appendixListTitle = "Nhiệm vụ trong phụ lục"

    public static func appendixMore(_ count: Int) -> String { "… và \(count) nhiệm vụ khác." }

    public static func appendixNone(_ plan: String) -> String {
        "\(plan) không có bảng phụ lục nhiệm vụ."
    }

    public static func appendixCount(_ plan: String, rows: Int, groups: Int) -> String {
        groups > 0
            ? "Phụ lục của \(plan) có \(rows) nhiệm vụ, chia thành \(groups) nhóm."
            : "Phụ lục của \(plan) có \(rows) nhiệm vụ."
    }

    public static func appendixListHeading(_ plan: String, rows: Int) -> String {
        "Các nhiệm vụ trong phụ lục của \(plan) (\(rows) nhiệm vụ):"
    }

    public static func appendixLead(title: String, lead: String?, coordinating: String?, deadline: String?) -> String {
        var text = lead.map { "\($0) chủ trì nhiệm vụ “\(title)”." } ?? "Phụ lục không ghi đơn vị chủ trì nhiệm vụ “\(title)”."
        if let coordinating { text += " Phối hợp: \(coordinating)." }
        if let deadline { text += " Thời gian: \(deadline)." }
        return text
    }

    public static func appendixNoMatch(_ plan: String) -> String {
        "Không thấy nhiệm vụ nào khớp trong phụ lục của \(plan)."
    }

    /// "Nhiệm vụ của Sở Công Thương (quý IV) trong phụ lục của Kế hoạch … (2 nhiệm vụ):".
    public static func appendixFilteredHeading(_ plan: String, unit: String?, period: String?, rows: Int) -> String {
        var who = "Nhiệm vụ"
        if let unit { who += " của \(unit)" }
        if let period { who += unit == nil ? " \(period)" : " (\(period))" }
        return "\(who) trong phụ lục của \(plan) (\(rows) nhiệm vụ):"
    }

    public static func appendixRowLine(number: String, title: String, lead: String?, deadline: String?) -> String {
        var line = "\(number). \(title)"
        if let lead { line += " — chủ trì: \(lead)" }
        if let deadline { line += " — thời gian: \(deadline)" }
        return line
    }
}
