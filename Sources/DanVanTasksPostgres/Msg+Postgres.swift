import DanVanText

/// Sentences of the shared store on PostgreSQL (module DanVanTasksPostgres) and of `danvan admin`.
extension Msg {
    // MARK: The URL

    public static let pgURLScheme = "địa chỉ phải bắt đầu bằng postgresql:// hoặc postgres://"
    public static let pgURLHost = "tên máy chủ trong ngoặc [ ] chưa đóng"
    public static func pgURLParameter(_ text: String) -> String { "tham số “\(text)” không đúng dạng khóa=giá_trị" }
    public static func pgURLPort(_ text: String) -> String { "cổng “\(text)” không phải số từ 1 đến 65535" }
    public static func pgURLSSLMode(_ text: String) -> String {
        "sslmode “\(text)” không hợp lệ (dùng disable, allow, prefer, require, verify-ca hoặc verify-full)"
    }
    public static func pgBadURL(_ url: String, reason: String) -> String { "Địa chỉ kho dùng chung \(url) không đúng: \(reason)." }

    // MARK: Opening and connection

    public static func pgCannotConnect(_ url: String, reason: String) -> String {
        "Không kết nối được kho nhiệm vụ dùng chung \(url): \(reason)."
    }
    public static func pgNoServer(_ place: String) -> String { "không có máy chủ PostgreSQL nào nhận kết nối ở \(place)" }
    public static func pgTimeout(_ place: String) -> String { "hết thời gian chờ máy chủ \(place)" }
    public static func pgNoTLS(_ place: String, mode: String) -> String {
        "máy chủ \(place) không hỗ trợ TLS mà sslmode=\(mode) đòi hỏi (dùng sslmode=prefer, hoặc bật ssl = on trên máy chủ)"
    }
    public static func pgUntrustedCertificate(_ place: String) -> String {
        "không tin được chứng chỉ TLS của máy chủ \(place) (chỉ ra tổ chức cấp bằng sslrootcert=…, hoặc dùng sslmode=require)"
    }
    public static func pgBadPassword(_ user: String) -> String {
        "máy chủ không nhận mật khẩu của “\(user)” (đặt PGPASSWORD hoặc một dòng trong ~/.pgpass)"
    }
    public static func pgNotInitialised(_ url: String) -> String {
        "Cơ sở dữ liệu \(url) chưa có kho nhiệm vụ danvan. Quản trị viên cần chạy: danvan admin init \(url) --commune \"Tên xã\"."
    }
    public static func pgNewerSchema(_ url: String) -> String {
        "Kho dùng chung \(url) do một phiên bản danvan mới hơn tạo; hãy cập nhật danvan."
    }
    public static func pgOlderSchema(_ url: String) -> String {
        "Kho dùng chung \(url) có cấu trúc cũ hơn phiên bản danvan này. Quản trị viên cần chạy: danvan admin init \(url) --commune \"Tên xã\" để cập nhật."
    }
    public static func pgNotAnOfficial(_ role: String, url: String) -> String {
        "Tài khoản “\(role)” chưa được đăng ký là cán bộ của xã nào trong \(url). Quản trị viên cần chạy: danvan admin official add \(url) --login \(role) --commune … --unit …."
    }
    public static func pgConnectionLost(_ url: String) -> String {
        "Mất kết nối tới máy chủ \(url); thao tác này chưa chắc đã được ghi. Hãy hỏi lại: danvan sẽ kết nối lại (một thay đổi gửi lại không bao giờ bị ghi hai lần)."
    }
    public static func pgServerError(operation: String, state: String, detail: String) -> String {
        "Máy chủ PostgreSQL từ chối thao tác “\(operation)” (mã \(state): \(detail)); chưa thay đổi gì."
    }

    // MARK: Rights

    /// The verb of a refused action, for `pgRefused`.
    public static func pgActionVerb(_ action: String) -> String {
        switch action {
        case "add": return "thêm"
        case "done": return "đánh dấu hoàn thành"
        case "reopen": return "mở lại"
        case "note": return "ghi tiến độ cho"
        case "reschedule": return "đổi hạn"
        case "reassign": return "giao lại"
        case "delete": return "xóa"
        case "restore": return "khôi phục"
        case "import": return "nhập"
        case "undo": return "hoàn tác thay đổi trên"
        default: return action
        }
    }
    public static func pgRefused(role: String, myUnit: String, verb: String, number: String?, unit: String?) -> String {
        let what = number.map { "nhiệm vụ \($0)" } ?? "nhiệm vụ"
        let owner = unit.map { " của \($0)" } ?? " chưa giao đơn vị nào"
        return "Không được phép: “\(role)” (\(myUnit)) không được \(verb) \(what)\(owner). Chỉ đơn vị phụ trách, đơn vị điều phối hoặc lãnh đạo xã được thay đổi; chưa thay đổi gì."
    }
    public static let pgNothingOfMineToUndo = "Bạn chưa có thay đổi nào để hoàn tác (hoàn tác chỉ gỡ thay đổi của chính bạn)."

    // MARK: danvan admin

    public static func pgAdminInitDone(_ commune: String, url: String, applied: [String]) -> String {
        let schema = applied.isEmpty ? "lược đồ đã mới nhất" : "đã áp dụng \(applied.joined(separator: ", "))"
        return "Kho dùng chung \(url) sẵn sàng (\(schema)); xã “\(commune)” đã có."
    }
    public static func pgCommuneMissing(_ commune: String) -> String {
        "Chưa có xã “\(commune)” trong kho dùng chung; hãy chạy danvan admin init … --commune \"\(commune)\" trước."
    }
    public static func pgBadLogin(_ login: String) -> String {
        "Tên đăng nhập “\(login)” không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ (tối đa 63 ký tự)."
    }
    public static func pgBadRights(_ text: String) -> String { "Quyền “\(text)” không hợp lệ: dùng unit hoặc commune." }
    public static let pgEmptyUnit = "Cần tên đơn vị (--unit)."
    public static let pgEmptyCommune = "Cần tên xã (--commune)."
    public static func pgOfficialAdded(_ login: String, commune: String, unit: String, rights: String, password: Bool) -> String {
        let scope = rights == "commune" ? "thay đổi mọi nhiệm vụ của xã" : "thay đổi nhiệm vụ của đơn vị mình"
        let how = password ? "với mật khẩu vừa nhập" : "không mật khẩu (máy chủ tin kết nối cục bộ)"
        return "Đã đăng ký cán bộ “\(login)” — \(unit), \(commune) — được \(scope); đăng nhập \(how)."
    }
    public static let pgOfficialListHeader = "Tài khoản | Xã | Đơn vị | Quyền"
    public static let pgNoOfficials = "Chưa có cán bộ nào."
    public static func pgAdminFailed(_ reason: String) -> String { "Quản trị kho dùng chung thất bại: \(reason)" }

    // MARK: danvan admin report

    public static let pgCityReportHeader = "| Xã, phường | Nhiệm vụ | Chưa xong | Quá hạn | Hoàn thành |"
    public static let pgCityTotal = "Toàn thành phố"

    // MARK: danvan tasks migrate

    public static func pgMigrateAlreadyDone(_ commune: String) -> String {
        "Xã “\(commune)” trong kho dùng chung đã có nhiệm vụ: không chuyển lần hai (đã chuyển hoặc đang dùng)."
    }
    public static func pgMigrateDone(tasks: Int, notes: Int, groups: Int, entries: Int, commune: String) -> String {
        "Đã chuyển \(tasks) nhiệm vụ, \(notes) ghi chú tiến độ, \(groups) nhóm thay đổi và \(entries) mục nhật ký sang xã “\(commune)”; số lượng đã đối chiếu khớp."
    }
    public static func pgMigrateCountMismatch(_ what: String, expected: Int, found: Int) -> String {
        "Đối chiếu sai số \(what): nguồn \(expected), đích \(found); đã hủy, kho dùng chung không đổi."
    }
}
