/// Sentences about refused files, failed writes, damaged caches and hostile input.
extension Msg {
    // MARK: Writing files

    public static let writeReasonDirectory = "đó là một thư mục"
    public static let writeReasonNotRegular = "đó không phải là tệp thông thường (thiết bị, FIFO hoặc socket); danvan chỉ ghi vào tệp thông thường"
    public static let writeReasonDanglingLink = "đó là liên kết tượng trưng trỏ tới một tệp không tồn tại"
    public static let writeReasonExists = "tệp đã có; thêm --force để ghi đè"
    public static let writeReasonNoFolder = "thư mục chứa tệp không tồn tại"
    public static let writeReasonDenied = "không có quyền ghi, hoặc không giữ được chủ sở hữu của tệp cũ"
    public static let writeReasonReadOnly = "hệ thống tệp chỉ cho đọc"
    public static let writeReasonDiskFull = "đĩa đã đầy, không còn chỗ trống"
    public static func writeReasonSystem(_ code: Int32) -> String { "lỗi hệ thống số \(code)" }
}

extension Msg {
    // MARK: Standard output

    public static let outputStandardOutput = "đầu ra chuẩn"
    public static let outputStandardError = "đầu ra lỗi"
    public static func outputWriteFailed(stream: String, reason: String) -> String {
        "Không ghi được ra \(stream) (\(reason)). Kết quả không đầy đủ."
    }
}

extension Msg {
    // MARK: CSV import

    public static func taskImportUnterminatedQuote(path: String, line: Int) -> String {
        "Tệp \(path), dòng \(line): dấu ngoặc kép (\") mở ô ở dòng này không được đóng; chưa nhập gì. Hãy kiểm tra ô đó trong Excel hoặc LibreOffice rồi lưu lại."
    }
    public static func taskImportFieldTooLong(path: String, line: Int, limit: Int) -> String {
        "Tệp \(path), dòng \(line): có ô dài quá \(grouped(limit)) ký tự (nội dung, ghi chú, tên đơn vị đều phải ngắn hơn); chưa nhập gì."
    }
}

extension Msg {
    /// 2000 → "2.000": digits grouped by three with a dot, as written in Vietnamese.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }
}

extension Msg {
    // MARK: Plan import limits

    public static func importTooLarge(_ name: String, limit: String) -> String {
        "Tệp \(name) quá lớn để là một kế hoạch (giới hạn \(limit)); chưa nhập gì."
    }
    public static func importDocxTooLarge(_ name: String, part: String, limit: String, ratio: Int) -> String {
        "Tệp \(name): phần \(part) khi giải nén vượt giới hạn (\(limit), hoặc nén hơn \(ratio) lần — có thể là tệp độc hại); chưa nhập gì."
    }
}

extension Msg {
    // MARK: Task store

    public static let storeNotAFile = "đó không phải là tệp thông thường (thiết bị, FIFO hoặc socket)"
    public static let storeIsDirectory = "đó là một thư mục, không phải tệp"
    public static let storeMissingFolder = "thư mục chứa tệp không tồn tại"
    public static let storeNoPermission = "không có quyền đọc hoặc ghi tệp hay thư mục chứa nó"
    public static let storeReadOnly = "tệp hoặc ổ đĩa chỉ cho đọc"
    public static let storeNotAStore = "tệp này không phải là kho nhiệm vụ của danvan"
    public static let storeDamagedShort = "tệp bị hỏng"
    public static let storeDiskFull = "đĩa đã đầy"
    public static let storeUnknownProblem = "lỗi đọc ghi tệp"
    public static func storeDamaged(path: String) -> String {
        "Kho nhiệm vụ \(path) bị hỏng (kiểm tra toàn vẹn không đạt); danvan không ghi thêm vào đó để khỏi mất thêm dữ liệu. "
            + "Cách khôi phục: đổi tên tệp hỏng, rồi nạp lại bản xuất gần nhất bằng “danvan tasks import TỆP.csv” "
            + "(bản tạo bởi “danvan tasks export”); vẫn có thể thử xuất những gì còn đọc được bằng “danvan tasks export”."
    }
    public static func storeOperationFailed(reason: String) -> String {
        "Lỗi kho nhiệm vụ (\(reason)); chưa thay đổi gì."
    }
}

extension Msg {
    public static let benchRenderBulletsHelp = "Đo thời gian hiển thị một câu trả lời có N gạch đầu dòng (mỗi dòng một hạn)."
}

extension Msg {
    /// Ctrl-C while a long answer was being laid out.
    public static let replAnswerCancelled = "Đã dừng câu trả lời (Ctrl-C)."
}

extension Msg {
    // MARK: Question length

    public static func questionTooLong(size: String) -> String {
        "Câu hỏi quá dài (\(size); tối đa \(grouped(QuestionLength.maximumCharacters)) ký tự). Hãy hỏi ngắn gọn hơn."
    }

    /// 1_048_576 → "1,0 MB"; 120_000 → "117 KB"; 900 → "900 byte".
    public static func byteSize(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 {
            let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
            return "\(tenths / 10),\(tenths % 10) MB"
        }
        if bytes >= 1024 { return "\((bytes + 512) / 1024) KB" }
        return "\(bytes) byte"
    }
}
