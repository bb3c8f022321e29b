import DanVanText

/// Sentences of the report drafts (module DanVanAssistant, `Report/`): the draft itself, its summary
/// on screen, and the errors of `danvan report`.
extension Msg {
    // MARK: Header block (Nghị định 30/2020/NĐ-CP)

    public static let reportNationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    public static let reportMotto = "Độc lập - Tự do - Hạnh phúc"
    /// "Số:      /BC-KT": the number is left blank for the clerk (văn thư) to fill.
    public static func reportNumberLine(symbol: String) -> String { "Số:      /BC-\(symbol)" }
    /// "Đường An, ngày 05 tháng 9 năm 2025"; an unknown place is left as dots to fill.
    public static func reportPlaceDate(place: String?, day: String, month: String, year: Int) -> String {
        "\(place ?? "……"), ngày \(day) tháng \(month) năm \(year)"
    }
    public static let reportKind = "BÁO CÁO"
    /// The subject under "BÁO CÁO" of a unit's report.
    public static func reportSubject(topic: String, round: Int, year: Int) -> String {
        "Kết quả thực hiện \(topic) lần \(round) năm \(year)"
    }
    /// The subject of the compiled report.
    public static func reportCompiledSubject(topic: String, round: Int, year: Int) -> String {
        "Tổng hợp kết quả thực hiện \(topic) lần \(round) năm \(year)"
    }
    /// The topic when the plan's title does not start with "thực hiện…": "Kế hoạch <title>".
    public static func reportPlanTopic(_ title: String) -> String { "Kế hoạch \(title)" }

    // MARK: Opening

    /// "Thực hiện Kế hoạch số 12/KH-UBND ngày 01/08/2025 của Ủy ban nhân dân xã Đường An về …".
    public static func reportBasis(number: String?, date: String?, issuer: String, title: String) -> String {
        var s = "Thực hiện Kế hoạch"
        if let number { s += " số \(number)" }
        if let date { s += " ngày \(date)" }
        s += " của \(issuer) về \(title)"
        if number == nil && date == nil { s += " (kế hoạch không ghi số, ngày ban hành)" }
        return s + ","
    }
    public static func reportIntro(unit: String, round: Int) -> String {
        "\(unit) báo cáo kết quả thực hiện lần \(round) như sau:"
    }
    public static func reportCompiledIntro(compiler: String, round: Int) -> String {
        "\(compiler) tổng hợp kết quả thực hiện lần \(round) của các phòng, đơn vị như sau:"
    }
    /// The period: "từ ngày 03/09/2025 đến hết ngày 01/12/2025".
    public static func reportPeriod(round: Int, start: String?, last: String, deadline: String, section: String) -> String {
        let from = start.map { "từ ngày \($0)" } ?? "từ khi triển khai kế hoạch (kế hoạch không ghi ngày bắt đầu)"
        return "Kỳ báo cáo lần \(round): \(from) đến hết ngày \(last) (hạn gửi báo cáo: trước ngày \(deadline), mục \(section) của kế hoạch)."
    }
    public static func reportAsOf(_ today: String) -> String {
        "Số liệu lấy từ sổ theo dõi nhiệm vụ của danvan, tính đến ngày \(today)."
    }
    public static let reportPeriodOpen = "Kỳ báo cáo chưa kết thúc: số liệu còn có thể thay đổi đến hết kỳ."
    public static let reportDraftNote = "Đây là bản dự thảo do danvan lập từ sổ theo dõi; cần rà soát, bổ sung trước khi ký."

    // MARK: Unit report sections

    public static let reportResultsHeading = "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"
    public static let reportOverviewHeading = "1. Tổng hợp chung"
    public static let reportCompletedHeading = "2. Nhiệm vụ đã hoàn thành"
    public static let reportCompletedWithinHeading = "a) Hoàn thành trong kỳ báo cáo"
    public static let reportCompletedOutsideHeading = "b) Hoàn thành ngoài kỳ báo cáo"
    public static let reportInProgressHeading = "3. Nhiệm vụ đang thực hiện (chưa đến hạn, đã có cập nhật tiến độ)"
    public static let reportOverdueHeading = "4. Nhiệm vụ quá hạn (chưa hoàn thành)"
    public static let reportNotStartedHeading = "5. Nhiệm vụ chưa triển khai (chưa có cập nhật tiến độ)"
    public static let reportDifficultiesHeading = "II. KHÓ KHĂN, VƯỚNG MẮC"
    public static let reportProposalsHeading = "III. ĐỀ XUẤT, KIẾN NGHỊ"
    public static let reportToWrite = "(Phần này do đơn vị tự viết.)"
    public static let reportNone = "Không có."
    public static func reportNoTasks(_ unit: String) -> String {
        "Sổ theo dõi chưa có nhiệm vụ nào giao cho \(unit) (đơn vị chủ trì)."
    }

    /// Columns of the overview table.
    public static let reportOverviewHeaders = ["Nội dung", "Số nhiệm vụ", "Tỷ lệ"]
    public static let reportRowTotal = "Tổng số nhiệm vụ được giao"
    public static let reportRowCompleted = "Đã hoàn thành"
    public static let reportRowCompletedWithin = "– trong đó hoàn thành trong kỳ"
    public static let reportRowCompletedOutside = "– trong đó hoàn thành ngoài kỳ"
    public static let reportRowInProgress = "Đang thực hiện"
    public static let reportRowOverdue = "Quá hạn"
    public static let reportRowNotStarted = "Chưa triển khai"
    /// "33%"; no total: a dash.
    public static func reportPercent(_ p: Int?) -> String { p.map { "\($0)%" } ?? "—" }
    /// "6 nhiệm vụ: hoàn thành 2 (33%), …".
    public static func reportCountsSentence(total: Int, completed: Int, within: Int, inProgress: Int, overdue: Int,
                                            notStarted: Int, percent: (Int) -> String) -> String {
        "Tổng số \(total) nhiệm vụ: đã hoàn thành \(completed) (\(percent(completed))), trong đó \(within) trong kỳ; "
            + "đang thực hiện \(inProgress) (\(percent(inProgress))); quá hạn \(overdue) (\(percent(overdue))); "
            + "chưa triển khai \(notStarted) (\(percent(notStarted)))."
    }

    // MARK: Task lines

    /// "#3. Tuyên truyền … — hạn 20/10/2025".
    public static func reportItem(number: String, title: String, due: String?) -> String {
        "\(number). \(title) — " + (due.map { "hạn \($0)" } ?? "không có hạn")
    }
    public static func reportItemCompleted(_ day: String) -> String { "hoàn thành ngày \(day)" }
    public static func reportItemCompletedBefore(_ day: String) -> String { "hoàn thành ngày \(day), trước kỳ báo cáo" }
    public static func reportItemCompletedAfter(_ day: String) -> String { "hoàn thành ngày \(day), sau kỳ báo cáo" }
    public static func reportItemOverdue(_ days: Int) -> String { "quá hạn \(days) ngày" }
    public static func reportItemDaysLeft(_ days: Int) -> String { days == 0 ? "hạn là hôm nay" : "còn \(days) ngày" }
    public static func reportItemCoUnits(_ units: String) -> String { "phối hợp: \(units)" }
    public static func reportItemProduct(_ product: String) -> String { "sản phẩm: \(product)" }
    /// The latest progress notes: "Tiến độ: 28/08/2025: đã họp; 02/09/2025: …".
    public static func reportItemProgress(_ notes: [String], earlier: Int) -> String {
        "Tiến độ: " + notes.joined(separator: "; ") + (earlier > 0 ? " (và \(earlier) cập nhật trước đó)" : "")
    }
    public static func reportNote(day: String, text: String) -> String { "\(day): \(text)" }
    public static let reportNoProgress = "Chưa có cập nhật tiến độ."

    // MARK: Closing

    public static let reportRecipientsLabel = "Nơi nhận:"
    public static func reportRecipient(_ r: String) -> String { "- \(r);" }
    public static let reportArchive = "- Lưu: VT."
    public static let reportSignature = "(Chức vụ, ký, ghi rõ họ tên)"

    // MARK: Compiled report

    public static let reportCompiledStatusHeading = "I. TÌNH HÌNH BÁO CÁO CỦA CÁC PHÒNG, ĐƠN VỊ"
    public static let reportCompiledTableHeading = "II. KẾT QUẢ THỰC HIỆN THEO ĐƠN VỊ"
    public static let reportCompiledOverdueHeading = "III. NHIỆM VỤ QUÁ HẠN"
    public static let reportCompiledDifficultiesHeading = "IV. KHÓ KHĂN, VƯỚNG MẮC"
    public static let reportCompiledProposalsHeading = "V. ĐỀ XUẤT, KIẾN NGHỊ"
    public static func reportReportedRule(start: String?, last: String) -> String {
        let from = start.map { "từ ngày \($0)" } ?? "từ khi triển khai kế hoạch"
        return "Cách tính: một đơn vị được coi là đã báo cáo khi sổ theo dõi có ít nhất một cập nhật tiến độ "
            + "hoặc một nhiệm vụ hoàn thành của đơn vị trong kỳ (\(from) đến hết ngày \(last)). "
            + "danvan không nhận văn bản báo cáo của các đơn vị: cần đối chiếu với văn bản đến."
    }
    public static let reportUnitsRule = "Danh sách đơn vị gồm các đơn vị có nhiệm vụ trong sổ theo dõi và các đơn vị kế hoạch nêu tên."
    public static func reportNotReported(_ units: [String]) -> String {
        "Đơn vị chưa báo cáo (\(units.count)): \(units.joined(separator: "; "))."
    }
    public static let reportAllReported = "Tất cả các đơn vị đều đã có cập nhật trong kỳ."
    public static let reportCompiledHeaders = ["STT", "Đơn vị", "Số nhiệm vụ", "Đã hoàn thành", "Hoàn thành trong kỳ",
                                               "Quá hạn", "Đã báo cáo"]
    public static let reportYes = "Có"
    public static let reportNo = "Chưa"
    public static let reportNotApplicable = "—"
    public static let reportUnassigned = "Chưa giao đơn vị"
    public static let reportTotalRow = "Tổng cộng"
    public static func reportUnitOverdue(_ unit: String) -> String { "\(unit):" }

    // MARK: Screen summary (REPL, ask)

    public static func reportSummaryTitle(unit: String, round: Int) -> String { "Dự thảo báo cáo lần \(round) — \(unit)" }
    public static func reportCompiledSummaryTitle(compiler: String, round: Int) -> String {
        "Dự thảo báo cáo tổng hợp lần \(round) — \(compiler)"
    }
    public static func reportSummaryGroup(_ heading: String, count: Int) -> String { "\(heading): \(count)" }
    public static let reportSummaryCompletedWithin = "Hoàn thành trong kỳ"
    public static let reportSummaryCompletedOutside = "Hoàn thành ngoài kỳ"
    public static let reportSummaryInProgress = "Đang thực hiện"
    public static let reportSummaryOverdue = "Quá hạn"
    public static let reportSummaryNotStarted = "Chưa triển khai"
    public static func reportSummaryMore(_ n: Int) -> String { "… và \(n) nhiệm vụ khác" }
    public static func reportSummaryUnitLine(unit: String, total: Int, completed: Int, overdue: Int, reported: String) -> String {
        "\(unit): \(total) nhiệm vụ, hoàn thành \(completed), quá hạn \(overdue), đã báo cáo: \(reported)"
    }
    public static func reportSummaryMoreUnits(_ n: Int) -> String { "… và \(n) đơn vị khác" }
    /// Where to get the whole draft.
    public static func reportFullDraftHint(_ command: String) -> String {
        "Bản đầy đủ (tiêu đề theo Nghị định 30/2020/NĐ-CP, danh sách nhiệm vụ, phần để trống cho đơn vị viết): \(command)"
    }
    public static func reportSource(section: String) -> String { "Sổ theo dõi nhiệm vụ của danvan; kế hoạch, mục \(section)" }
    /// The command that writes a unit's whole draft.
    public static func reportCommandUnit(unit: String, round: Int) -> String {
        "danvan report --unit \"\(unit)\" --round \(round) --output bao-cao-lan-\(round).docx"
    }
    /// The command that writes the whole compiled draft.
    public static func reportCommandCompiled(round: Int) -> String {
        "danvan report --compiled --round \(round) --output bao-cao-tong-hop-lan-\(round).docx"
    }
    public static let reportStoreNotOpened = "Chưa mở sổ theo dõi nhiệm vụ nên chưa lập được báo cáo."
    public static let reportAskUnit = "Báo cáo của đơn vị nào? Ví dụ: “báo cáo lần 2 của phòng kinh tế”, hoặc “báo cáo tổng hợp lần 2”."
    public static func reportWritten(_ path: String) -> String { "Đã ghi dự thảo báo cáo vào \(path)." }

    // MARK: Errors

    public static func reportUnknownUnit(_ typed: String, suggestions: [String]) -> String {
        "Không có đơn vị “\(typed)” trong danh mục đơn vị."
            + (suggestions.isEmpty ? "" : " Có phải: \(suggestions.joined(separator: ", "))?")
    }
    public static func reportCollectiveUnit(_ unit: String) -> String {
        "“\(unit)” là tất cả các phòng, đơn vị: hãy dùng báo cáo tổng hợp (--compiled) hoặc nêu một đơn vị."
    }
    public static let reportUnitMissing = "Cần nêu đơn vị (--unit \"Phòng Kinh tế\") hoặc chọn báo cáo tổng hợp (--compiled)."
    public static let reportUnitAndCompiled = "Chỉ chọn một: báo cáo của một đơn vị (--unit) hoặc báo cáo tổng hợp (--compiled)."
    public static let reportNoRounds = "Kế hoạch không nêu các lần báo cáo có hạn cụ thể, nên chưa xác định được kỳ báo cáo."
    public static func reportNoSuchRound(_ round: Int, available: [Int]) -> String {
        "Kế hoạch không có báo cáo lần \(round); kế hoạch chỉ nêu "
            + available.map { "lần \($0)" }.joined(separator: ", ") + "."
    }
    public static func reportNoStore(_ path: String) -> String {
        "Chưa có sổ theo dõi nhiệm vụ ở \(path). Hãy nhập bảng nhiệm vụ trước (danvan tasks import TỆP.csv) hoặc chỉ đường dẫn bằng --store."
    }
    public static func reportStoreFailed(_ reason: String) -> String { "Không đọc được sổ theo dõi nhiệm vụ: \(reason)" }
    public static func reportCannotWrite(_ path: String, reason: String) -> String {
        "Không ghi được tệp \(path) (\(reason)). Không có tệp nào được ghi."
    }
    public static let reportReasonDirectory = "đó là một thư mục"
    public static let reportReasonNoFolder = "thư mục chứa tệp không tồn tại"
    public static let reportReasonDenied = "không có quyền ghi"
    public static let reportDocxNeedsOutput = "Định dạng docx cần tệp đích: thêm --output TỆP.docx."
    public static func reportUnknownFormat(_ typed: String) -> String {
        "Không có định dạng “\(typed)”: chỉ có md (Markdown), docx (Word) và xlsx (Excel)."
    }
    public static let reportNoPlan = "Chưa có kế hoạch nào để lập báo cáo."
}
