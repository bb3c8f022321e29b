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
