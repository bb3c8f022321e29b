/// Sentences for errors of loading data and reading arguments.
extension Msg {
    public static let dataFolderMissing =
        "Không tìm thấy thư mục dữ liệu (Data/ và Intents/). Chạy danvan từ bản sao của kho mã, hoặc chỉ rõ bằng --data THƯ_MỤC."
    public static func fileMissing(_ path: String) -> String { "Không đọc được tệp \(path)." }
    /// An intent id in `Intents/` that no answerer handles.
    public static func unknownIntentID(_ id: String) -> String {
        "ý định “\(id)” chưa có phần trả lời trong mã nguồn (thêm trường hợp vào IntentID và bộ trả lời)"
    }

    public static func brokenFile(_ path: String, line: Int?, reason: String) -> String {
        "Tệp \(path) bị lỗi" + (line.map { " ở dòng \($0)" } ?? "") + ": \(reason)"
    }
    public static func badToday(_ s: String) -> String {
        "Ngày “\(s)” không hợp lệ cho --today: cần dạng YYYY-MM-DD, ví dụ 2025-09-03."
    }
    public static let invalidUTF8 = "Dòng nhập không phải văn bản UTF-8 hợp lệ; đã bỏ qua."
    public static func lineTooLong(_ n: Int) -> String { "Câu hỏi quá dài (\(n) ký tự; tối đa 2000). Hãy hỏi ngắn gọn hơn." }
    public static func storeUnavailable(_ reason: String) -> String { "Không mở được sổ theo dõi nhiệm vụ: \(reason)" }
}
