import DanVanText

/// Sentences of the knowledge answers (deadlines, documents, units, the plan's parts).
extension Msg {
    // MARK: Sources and plans
    public static func source(_ planName: String, sections: [String]) -> String {
        let parts = sections.filter { !$0.isEmpty }
        if parts.isEmpty { return planName }
        let named = parts.map { $0 == "preamble" ? "phần mở đầu" : ($0 == "signature" ? "phần ký" : ($0 == "recipients" ? "phần nơi nhận" : $0)) }
        let label = parts.allSatisfy { $0 != "preamble" && $0 != "signature" && $0 != "recipients" } ? "mục " : ""
        return "\(planName), \(label)\(named.joined(separator: ", "))"
    }
    public static func planName(number: String?, issuerShort: String) -> String {
        if let number { return "Kế hoạch \(number) của \(issuerShort)" }
        return "Kế hoạch của \(issuerShort)"
    }
    public static let glossarySource = "Bảng thuật ngữ của danvan (Data/glossary.yaml)"
    public static let unitsSource = "Danh mục đơn vị của xã (Data/units.yaml)"
    public static let noPlan = "Chưa có kế hoạch nào trong cơ sở dữ liệu. Dùng “danvan import TỆP” để nhập một kế hoạch."

    // MARK: Deadlines
    public static let deadlinesTitle = "Hạn báo cáo"
    public static func deadlineRoundTitle(_ round: Int) -> String { "Hạn báo cáo lần \(round)" }
    public static func deadlineLine(label: String, date: String, status: String) -> String {
        "\(label): trước ngày \(date) — \(status)"
    }
    public static func recurringLine(label: String, rule: String, next: String, status: String) -> String {
        "\(label): \(rule); lần tới trước ngày \(next) — \(status)"
    }
    public static func daysLeft(_ n: Int) -> String {
        if n == 0 { return "hôm nay là hạn cuối" }
        if n > 0 { return "còn \(n) ngày" }
        return "đã quá hạn \(-n) ngày"
    }
    public static func sendTo(_ recipient: String) -> String { "Gửi báo cáo về: \(recipient)." }
    public static func noSuchRound(_ round: Int, available: String) -> String {
        "Kế hoạch không có báo cáo lần \(round). Các hạn kế hoạch nêu: \(available)."
    }
    public static let noDeadlines = "Kế hoạch này không nêu hạn báo cáo cụ thể."
    public static func today(_ date: String) -> String { "Tính đến hôm nay (\(date))." }

    // MARK: Documents
    public static let basesTitle = "Văn bản căn cứ và được trích dẫn"
    public static func basesKindTitle(_ kind: String) -> String { "Các \(kind.lowercased()) được kế hoạch nhắc đến" }
    public static func basesIssuerTitle(_ issuer: String) -> String { "Văn bản của \(issuer) được kế hoạch nhắc đến" }
    // MARK: The units of a plan
    public static func unitListTitle(_ count: Int) -> String { "Các đơn vị được kế hoạch giao nhiệm vụ (\(count))" }
    public static let noUnitsGivenDuties = "Không thấy đơn vị nào được kế hoạch giao nhiệm vụ riêng."
    public static func unitListLine(_ name: String, duties: Int, group: Bool, sections: String) -> String {
        "\(name)" + (group ? " (nhiều đơn vị)" : "") + " — \(duties) nhiệm vụ" + (sections.isEmpty ? "" : " (mục \(sections))")
    }

    /// The preamble, in a search hit's section tag.
    public static let preambleSection = "mở đầu"
    /// A place of the plan in a sentence: "phần mở đầu", "mục II.1".
    public static func sectionReference(_ id: String) -> String { id == "preamble" ? "phần mở đầu" : "mục \(id)" }
    /// A search hit's section tag: "[mở đầu]", "[II.1]".
    public static func sectionTag(_ id: String) -> String { "[\(id == "preamble" ? preambleSection : id)]" }
    /// A cited document in a list: "Chỉ thị 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ — về …".
    public static func documentLine(name: String, date: String?, issuer: String?, subject: String?) -> String {
        name + (date.map { " ngày \($0)" } ?? "") + (issuer.map { " của \($0)" } ?? "") + (subject.map { " — \($0)" } ?? "")
    }
    /// The plan's issuer, number and date in one line of its summary.
    public static func infoIssuerLine(_ issuer: String, number: String?, date: String?) -> String {
        infoIssuer(issuer) + (number.map { ", số \($0)" } ?? "") + (date.map { ", ngày \($0)" } ?? "")
    }
    /// A document named with its date: "Quyết định 3177/QĐ-UBND ngày 06/08/2025".
    public static func documentWithDate(_ name: String, date: String?) -> String { name + (date.map { " ngày \($0)" } ?? "") }
    /// A deadline in a summary: "Báo cáo lần 1 trước 03/09/2025".
    public static func deadlineBefore(_ label: String, date: String) -> String { "\(label) trước \(date)" }
    public static let directBasis = "Căn cứ trực tiếp (phần mở đầu)"
    public static let otherCited = "Văn bản khác được nhắc đến"
    public static func noDocumentsOfKind(_ kind: String, others: String) -> String {
        "Kế hoạch không nhắc đến \(kind.lowercased()) nào." + (others.isEmpty ? "" : " Các văn bản được nhắc đến: \(others).")
    }
    public static func documentNotCited(_ typed: String, sameKind: String) -> String {
        "Kế hoạch không nhắc đến \(typed)." + (sameKind.isEmpty ? "" : " Các văn bản cùng loại được nhắc đến: \(sameKind).")
    }
    public static let documentNotCitedHint = "danvan chỉ trả lời về văn bản mà kế hoạch trích dẫn; không đoán nội dung văn bản khác."
    public static func documentDate(_ d: String) -> String { "Ngày ban hành: \(d)" }
    public static func documentIssuer(_ i: String) -> String { "Cơ quan ban hành: \(i)" }
    public static func documentSubject(_ s: String) -> String { "Nội dung (theo kế hoạch): \(s)" }
    public static func documentCitedAt(_ s: String) -> String { "Được nhắc đến ở: \(s)" }
    public static func documentNote(_ s: String) -> String { "Ghi chú (ngoài văn bản kế hoạch): \(s)" }
    public static func documentAlsoIn(_ s: String) -> String { "Cũng được trích dẫn trong: \(s)" }
    public static func andMore(_ n: Int) -> String { " và \(n) kế hoạch khác" }
    public static func citedByTitle(_ typed: String) -> String { "Các kế hoạch căn cứ / nhắc đến \(typed)" }
    public static let dateUnknown = "kế hoạch không ghi ngày"

    // MARK: Units
    public static func dutiesTitle(_ unit: String) -> String { "Nhiệm vụ của \(unit)" }
    public static let ownDuties = "Nhiệm vụ riêng"
    public static func commonDuties(_ section: String, title: String) -> String {
        "Nhiệm vụ chung của mọi cơ quan, đơn vị — mục \(section)" + (title.isEmpty ? "" : " (\(title))")
    }
    public static func moreDuties(_ n: Int) -> String { "… và \(n) nhiệm vụ khác; hỏi cụ thể hơn hoặc xem “danvan import --check”." }
    public static func notNamedByPlan(_ unit: String) -> String {
        "Kế hoạch không giao nhiệm vụ riêng cho \(unit); đơn vị thực hiện các nhiệm vụ chung của mọi phòng, đơn vị."
    }
    public static func noDutiesForUnit(_ unit: String, named: String) -> String {
        "Kế hoạch không giao nhiệm vụ cho \(unit)." + (named.isEmpty ? "" : " Các đơn vị được giao nhiệm vụ: \(named).")
    }
    public static func leadDuty(_ text: String) -> String { "Chủ trì: \(text)" }
    public static func supportDuty(_ text: String) -> String { "Phối hợp: \(text)" }
    public static func timing(_ t: String) -> String { " (thời gian: \(t))" }
    public static func storeTasksTitle(_ n: Int) -> String { "Nhiệm vụ trong sổ theo dõi (\(n))" }
    public static let noStoreTasks = "Sổ theo dõi chưa có nhiệm vụ nào của đơn vị này."
    public static let whoTitle = "Đơn vị được giao"

    // MARK: Plan parts
    public static let purposeTitle = "Mục đích của kế hoạch"
    public static let goalsTitle = "Mục tiêu của kế hoạch"
    public static let requirementsTitle = "Yêu cầu của kế hoạch"
    public static let summaryTitle = "Tóm tắt kế hoạch"
    public static let recipientsTitle = "Nơi nhận"
    public static let signerTitle = "Người ký kế hoạch"
    public static let infoTitle = "Thông tin kế hoạch"
    public static let planListTitle = "Các kế hoạch danvan đang có"
    public static func planListMore(_ n: Int) -> String { "… và \(n) kế hoạch nhập trước đó; xem đủ bằng “danvan plans”." }
    public static let noSection = "Kế hoạch không có phần này."
    public static let trimmedNote = "(Đã rút gọn; hỏi “kế hoạch nói gì về …” để xem đoạn đầy đủ.)"
    public static func signerLine(mode: String?, authority: String?, title: String, name: String, signsFor: String?) -> String {
        var s = "\(name) — \(title)"
        if let m = mode, let a = authority, m.hasPrefix("TM") { s += ", ký thay mặt (TM.) \(a)" }
        if let f = signsFor { s += ", ký thay (KT.) \(f)" }
        return s
    }
    public static let signerNoteKT = "KT. (ký thay): cấp phó ký thay cấp trưởng; TM. (thay mặt): ký thay mặt tập thể."
    public static let noSigner = "Kế hoạch không ghi phần ký."
    public static let noRecipients = "Kế hoạch không ghi nơi nhận."
    public static func infoNumber(_ s: String?) -> String { "Số, ký hiệu: \(s ?? "văn bản không ghi")" }
    public static func infoDate(_ s: String?, place: String?) -> String {
        "Ngày ban hành: \(s ?? "văn bản không ghi")" + (place.map { " (tại \($0))" } ?? "")
    }
    public static func infoIssuer(_ s: String) -> String { "Cơ quan ban hành: \(s)" }
    public static func infoTitle(_ s: String) -> String { "Tên: Kế hoạch \(s)" }
    public static func summaryBasis(_ s: String) -> String { "Căn cứ chính: \(s)" }
    public static func summaryParts(_ s: String) -> String { "Bố cục: \(s)" }
    public static func summaryUnits(_ s: String) -> String { "Đơn vị được giao nhiệm vụ: \(s)" }
    public static func summaryDeadlines(_ s: String) -> String { "Hạn báo cáo: \(s)" }
    public static func summarySigner(_ s: String) -> String { "Người ký: \(s)" }
    public static func summaryTasks(_ s: String) -> String { "Phụ lục nhiệm vụ: \(s)" }
    public static let appendixNotInText = "bảng phân công kèm theo không có trong văn bản; nhập vào sổ theo dõi bằng “danvan tasks import”"
    public static func planListLine(name: String, title: String, current: Bool) -> String {
        "\(name): \(title)" + (current ? " (đang hỏi)" : "")
    }
    public static func contentTitle(_ topic: String) -> String { "Kế hoạch nói về “\(topic)”" }
    public static func contentNotFound(_ topic: String) -> String { "Kế hoạch không có đoạn nào nói về “\(topic)”." }

    // MARK: Glossary, help, search, unknown
    public static func glossaryLine(_ term: String, _ meaning: String) -> String { "\(term): \(meaning)" }
    public static let searchTitle = "Các đoạn liên quan trong kế hoạch"
    public static func unknown(_ question: String) -> String {
        "Xin lỗi, tôi chưa hiểu câu “\(question)”."
    }
    public static let unknownEmpty = "Bạn chưa nhập câu hỏi."
    public static let tryThese = "Bạn có thể thử hỏi:"
    public static let helpHint = "Gõ “hướng dẫn” để xem những gì có thể hỏi."
    public static let clarifyTitle = "Có phải bạn muốn hỏi:"
    public static let clarifyHint = "Gõ số để chọn."
    public static func choiceOutOfRange(_ n: Int) -> String { "Không có lựa chọn số \(n)." }
    public static let helpTitle = "Hướng dẫn — những gì có thể hỏi danvan"
    public static let helpIntro = "Hỏi bằng tiếng Việt, có dấu hay không dấu đều được; viết tắt quen dùng (VHXH, QĐ, NĐ, HĐND…) cũng hiểu."
    public static let helpFooter = "Lệnh: “thoát” để ra; “:giải thích” xem vì sao có câu trả lời vừa rồi; “trợ giúp nhiệm vụ” về sổ theo dõi."
    public static let helpTopics: [(String, [String])] = [
        ("Hạn báo cáo", ["hạn báo cáo", "báo cáo lần 2 hạn khi nào", "còn mấy ngày nữa đến hạn báo cáo lần 1"]),
        ("Văn bản căn cứ", ["văn bản căn cứ", "liệt kê các chỉ thị", "nghị định 61 nói về gì"]),
        ("Nhiệm vụ của đơn vị", ["nhiệm vụ của phòng văn hóa - xã hội", "phòng kinh tế cần làm gì"]),
        ("Nội dung kế hoạch", ["mục đích", "tóm tắt kế hoạch", "kế hoạch nói gì về dân vận khéo", "người ký", "nơi nhận"]),
        ("Thuật ngữ", ["HĐND là gì", "CBCCVC nghĩa là gì"]),
        ("Sổ theo dõi nhiệm vụ", ["thêm nhiệm vụ: Họp dân, giao Phòng Kinh tế, hạn 15/12/2025", "nhiệm vụ quá hạn", "xong nhiệm vụ 3", "hoàn tác"]),
        ("Nhiều kế hoạch", ["danh sách kế hoạch", "hạn báo cáo của kế hoạch 308"]),
    ]
}
