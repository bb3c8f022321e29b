import DanVanText

/// Messages of the plan importer, the plan library and `danvan import --check`.
extension Msg {
    // MARK: Import errors

    public static func importFileNotFound(_ path: String) -> String {
        "Không tìm thấy tệp \(path). Hãy kiểm tra lại đường dẫn."
    }

    public static func importFileUnreadable(_ path: String) -> String {
        "Không đọc được tệp \(path) (không có quyền đọc, hoặc đó là một thư mục)."
    }

    public static func importEmpty(_ name: String) -> String {
        "Tệp \(name) trống: không có nội dung nào để nhập. Không có gì được lưu."
    }

    public static func importBinary(_ name: String) -> String {
        "Tệp \(name) không phải văn bản (có vẻ là tệp nhị phân). Hãy lưu kế hoạch dưới dạng .txt (UTF-8) hoặc .docx. Không có gì được lưu."
    }

    public static func importInvalidUTF8(_ name: String) -> String {
        "Tệp \(name) không phải văn bản UTF-8 hợp lệ. Hãy mở tệp trong trình soạn thảo và lưu lại với mã hóa UTF-8. Không có gì được lưu."
    }

    public static func importLegacyEncoding(_ name: String, encoding: String) -> String {
        "Tệp \(name) dùng bảng mã cũ \(encoding), không phải Unicode. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi nhập lại. Không có gì được lưu."
    }

    public static func importUnsupportedFormat(_ name: String, format: String) -> String {
        "Tệp \(name) là tệp \(format), danvan chưa đọc được định dạng này. Hãy lưu kế hoạch dưới dạng .docx hoặc sao chép nội dung ra tệp .txt. Không có gì được lưu."
    }

    public static func importDocxNotZip(_ name: String) -> String {
        "Tệp \(name) có đuôi .docx nhưng không phải tệp Word hợp lệ (không phải tệp nén ZIP). Tệp có thể bị hỏng hoặc bị đổi đuôi. Không có gì được lưu."
    }

    public static func importDocxWithoutDocument(_ name: String) -> String {
        "Tệp \(name) là tệp nén nhưng không chứa nội dung văn bản Word (thiếu word/document.xml). Không có gì được lưu."
    }

    public static func importNotAPlan(_ name: String) -> String {
        "Tệp \(name) không giống một kế hoạch: không thấy tiêu đề \"KẾ HOẠCH\" hay các mục đánh số (I., II., 1., 2.…). Không có gì được lưu."
    }

    // MARK: Library errors

    public static func libraryCannotCreateDirectory(_ path: String) -> String {
        "Không tạo được thư mục lưu kế hoạch \(path). Hãy kiểm tra quyền ghi."
    }

    public static func libraryCannotWrite(_ path: String) -> String {
        "Không ghi được tệp \(path). Kho kế hoạch không thay đổi."
    }

    public static func libraryCannotRemove(_ path: String) -> String {
        "Không xóa được tệp \(path). Kho kế hoạch không thay đổi."
    }

    public static func libraryBrokenFile(_ path: String, line: Int?, detail: String?) -> String {
        var s = "Tệp dữ liệu \(path) bị lỗi"
        if let line { s += " ở dòng \(line)" }
        s += ", không đọc được"
        if let detail, !detail.isEmpty { s += " (\(detail))" }
        return s + "."
    }

    public static func libraryPlanNotFound(_ reference: String) -> String {
        "Không có kế hoạch nào mang mã hoặc số \"\(reference)\" trong kho. Gõ \"danh sách kế hoạch\" để xem các kế hoạch đã nhập."
    }

    public static func libraryAmbiguous(_ reference: String, candidates: [String]) -> String {
        "Có nhiều kế hoạch cùng số \"\(reference)\": \(candidates.joined(separator: "; ")). Hãy gọi kế hoạch bằng mã của nó."
    }

    // MARK: `import --check` report

    public static var checkTitle: String { "Kết quả đọc kế hoạch" }
    public static func checkPlanId(_ id: String) -> String { "Mã kế hoạch: \(id)" }
    public static func checkNumber(_ number: String?) -> String { "Số, ký hiệu: " + (number ?? checkMissing) }
    public static func checkDate(_ date: String?, place: String?) -> String {
        "Ngày ban hành: " + (date ?? checkMissing) + (place.map { " (tại \($0))" } ?? "")
    }
    public static func checkIssuer(_ issuer: String) -> String { "Cơ quan ban hành: " + (issuer.isEmpty ? checkMissing : issuer) }
    public static func checkPlanTitle(_ title: String) -> String { "Tên kế hoạch: " + (title.isEmpty ? checkMissing : title) }
    public static func checkTopics(_ topics: [String]) -> String { "Chủ đề: " + (topics.isEmpty ? checkMissing : topics.joined(separator: ", ")) }
    public static var checkMissing: String { "(không thấy trong văn bản)" }
    public static func checkDocuments(_ count: Int) -> String { "Văn bản được trích dẫn (\(count)):" }
    public static var checkDocumentHeaders: [String] { ["Loại", "Số, ký hiệu / tên", "Ngày", "Cơ quan ban hành", "Mục"] }
    public static func checkSections(_ count: Int) -> String { "Các mục (\(count)):" }
    public static func checkSection(_ id: String, title: String, paragraphs: Int, role: String?) -> String {
        "\(id). \(title)" + (role.map { " [\($0)]" } ?? "") + " — \(paragraphs) đoạn"
    }
    public static func checkUnits(_ count: Int) -> String { "Đơn vị và nhiệm vụ (\(count)):" }
    public static func checkUnit(_ name: String, duties: Int) -> String { "\(name) — \(duties) nhiệm vụ:" }
    public static func checkDuty(_ text: String, section: String, role: String, timing: String?) -> String {
        "[\(role), mục \(section)] \(text)" + (timing.map { " (thời gian: \($0))" } ?? "")
    }
    public static func checkAllUnitsSection(_ id: String?) -> String {
        "Mục giao việc cho mọi đơn vị: " + (id ?? checkMissing)
    }
    public static func checkDeadlines(_ count: Int) -> String { "Thời hạn (\(count)):" }
    public static var checkDeadlineHeaders: [String] { ["Việc", "Hạn", "Gửi về", "Mục"] }
    public static func checkMonthly(day: Int) -> String { "trước ngày \(day) hằng tháng" }
    public static func checkYearly(day: Int, month: Int) -> String { "trước ngày \(day)/\(month) hằng năm" }
    public static func checkReportsTo(_ unit: String?) -> String { "Báo cáo gửi về: " + (unit ?? checkMissing) }
    public static func checkRecipients(_ count: Int) -> String { "Nơi nhận (\(count)):" }
    public static func checkSigner(_ text: String?) -> String { "Người ký: " + (text ?? checkMissing) }
    public static var checkNothingSaved: String { "Chế độ kiểm tra: không có gì được lưu." }

    public static var roleLabelOwn: String { "nhiệm vụ riêng" }
    public static var roleLabelLead: String { "chủ trì" }
    public static var roleLabelSupport: String { "phối hợp" }

    public static func sectionRoleLabel(_ role: String) -> String {
        switch role {
        case "purposeAndRequirements": return "mục đích, yêu cầu"
        case "purpose": return "mục đích"
        case "requirements": return "yêu cầu"
        case "content": return "nội dung, nhiệm vụ"
        case "goals": return "mục tiêu"
        case "solutions": return "giải pháp"
        case "organization": return "tổ chức thực hiện"
        case "funding": return "kinh phí"
        case "reporting": return "chế độ báo cáo"
        default: return role
        }
    }
}
