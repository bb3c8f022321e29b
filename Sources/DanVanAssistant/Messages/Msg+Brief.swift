import DanVanText

/// Sentences of the new official's brief and of the practice rounds.
extension Msg {
    // MARK: Brief
    public static func briefTitle(_ unit: String) -> String { "Giới thiệu công việc cho cán bộ mới — \(unit)" }
    public static func briefNoPlan(_ unit: String) -> String {
        "Chưa có kế hoạch nào trong thư viện giao nhiệm vụ cho \(unit). Dùng “danvan import TỆP” để nhập kế hoạch của đơn vị."
    }
    public static func briefPlans(_ unit: String, count: Int) -> String {
        "\(unit) có nhiệm vụ trong \(count) kế hoạch:"
    }
    public static func briefPlanTitle(_ planName: String, unit: String) -> String { "\(planName) — việc của \(unit)" }
    public static let briefContinued = " (tiếp)"
    public static func briefMore(page: Int, of total: Int) -> String {
        "Trang \(page)/\(total). Gõ “tiếp” để xem trang sau."
    }
    public static func briefEnd(_ total: Int) -> String {
        total > 1 ? "Hết bản giới thiệu (\(total) trang). Gõ “ôn tập” để tự kiểm tra." : "Gõ “ôn tập” để tự kiểm tra."
    }
    public static let briefAppendix = "Nhiệm vụ trong phụ lục của kế hoạch"
    public static let briefDeadlines = "Hạn báo cáo"
    public static let briefDocuments = "Văn bản căn cứ (số, ngày, cơ quan ban hành, nội dung theo kế hoạch) — nêu ở"
    public static let briefPreamble = "phần mở đầu"
    public static let briefAbbreviations = "Từ viết tắt gặp trong các mục trên"
    public static func briefLead(_ unit: String) -> String { "chủ trì: \(unit)" }
    public static func briefSupport(_ units: String) -> String { "phối hợp: \(units)" }
    public static func briefAppendixRow(_ row: Int) -> String { "phụ lục, dòng \(row)" }
    public static let briefAskUnit = "Anh/chị công tác ở phòng, đơn vị nào? Chọn một số dưới đây hoặc gõ tên đơn vị:"
    public static let briefAskUnitHint = "Ví dụ: “tôi mới về phòng kinh tế”."
    public static func briefUnknownUnit(_ text: String, suggestions: [String]) -> String {
        "Không tìm thấy đơn vị “\(text)”." + (suggestions.isEmpty ? "" : " Có phải: \(suggestions.joined(separator: ", "))?")
    }
    public static let briefNeedUnit = "Chưa biết anh/chị công tác ở đơn vị nào: dùng --unit \"Phòng Kinh tế\" (hoặc đặt biến DANVAN_UNIT)."

    // MARK: Practice questions
    public static func quizDeadline(_ label: String, plan: String) -> String {
        "Theo \(plan), hạn “\(label)” là ngày nào?"
    }
    public static func quizBasis(plan: String) -> String {
        "\(plan) được ban hành căn cứ (thực hiện) văn bản nào? Nêu số của một văn bản."
    }
    public static func quizIssuer(_ document: String, plan: String) -> String {
        "Theo \(plan), \(document) do cơ quan nào ban hành?"
    }
    public static func quizDocumentDate(_ document: String, plan: String) -> String {
        "Theo \(plan), \(document) ban hành ngày nào?"
    }
    public static func quizLead(_ task: String, plan: String) -> String {
        "Theo \(plan), đơn vị nào được giao nhiệm vụ: “\(task)”?"
    }
    public static func quizAppendixLead(_ task: String, plan: String) -> String {
        "Theo phụ lục của \(plan), đơn vị nào chủ trì: “\(task)”?"
    }
    public static func quizAppendixSource(_ plan: String, row: Int) -> String { "\(plan), phụ lục, dòng \(row)" }
    public static func quizAbbreviation(_ term: String) -> String { "“\(term)” là viết tắt của gì?" }
    public static func quizGlossarySource(_ plan: String) -> String {
        "\(plan) (dùng và viết đầy đủ); \(glossarySource)"
    }
    public static func quizTaskLead(_ title: String) -> String { "Trong sổ theo dõi, đơn vị nào chủ trì nhiệm vụ “\(title)”?" }
    public static func quizTaskSource(_ id: Int) -> String { "Sổ theo dõi nhiệm vụ, nhiệm vụ #\(id)" }

    // MARK: Practice round
    public static func quizTitle(_ count: Int) -> String { "Ôn tập — \(count) câu hỏi" }
    public static let quizHowTo = "Gõ câu trả lời (không dấu, viết tắt đều được); “dừng ôn tập” hoặc Ctrl-C để dừng."
    public static func quizNumber(_ n: Int, of total: Int) -> String { "Câu \(n)/\(total)" }
    public static func quizRight(_ answer: String) -> String { "Đúng. \(answer)" }
    public static func quizWrong(_ answer: String) -> String { "Chưa đúng. Đáp án: \(answer)" }
    public static let quizScoreTitle = "Kết quả ôn tập"
    public static func quizScore(_ right: Int, of answered: Int, stoppedEarly: Bool, total: Int) -> String {
        let base = "Đúng \(right)/\(answered) câu."
        return stoppedEarly ? base + " Đã dừng sớm (trả lời \(answered)/\(total) câu)." : base
    }
    public static let quizProgressKept = "Kết quả đã được lưu: lần ôn tập sau sẽ hỏi lại trước các câu trả lời chưa đúng."
    public static func quizProgressNotSaved(_ path: String) -> String {
        "Không lưu được kết quả ôn tập vào \(path); lượt ôn tập vẫn tiếp tục."
    }
    public static func quizNoFacts(_ what: String) -> String {
        let about = what.isEmpty ? "" : " cho \(what)"
        return "Không có dữ kiện nào để tạo câu hỏi ôn tập\(about): kế hoạch không nêu hạn báo cáo, văn bản căn cứ, đơn vị chủ trì hay từ viết tắt nào dùng được."
    }
    public static let quizNotRunning = "Không có lượt ôn tập nào đang diễn ra. Gõ “ôn tập” để bắt đầu."
    public static func quizPlanUnknown(_ text: String) -> String {
        "Không tìm thấy kế hoạch “\(text)”. Xem danh sách bằng “danvan plans”."
    }
    public static func quizBadCount(_ n: Int) -> String { "Số câu hỏi phải từ 1 trở lên (đã cho \(n))." }
    public static let quizNoAnswer = "(không trả lời)"
}
