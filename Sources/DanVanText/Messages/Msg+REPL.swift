/// What the interactive assistant (the REPL) and the answer layout say.
extension Msg {
    // MARK: Answer layout

    /// The line that ends an answer with where its facts come from.
    public static func sourceLine(_ source: String) -> String { "Nguồn: \(source)" }

    // MARK: REPL

    /// The prompt shown before each question (without colour).
    public static let replPrompt = "danvan› "

    /// Shown once when the history file cannot be read or written; the session goes on without it.
    public static func replHistoryUnavailable(_ path: String) -> String {
        "Không ghi được lịch sử câu hỏi vào \(path); phiên làm việc vẫn tiếp tục nhưng lịch sử sẽ không được lưu."
    }

    /// Shown when the terminal cannot be set up for line editing.
    public static let replTerminalUnavailable =
        "Không khởi tạo được trình soạn dòng lệnh trên thiết bị đầu cuối này. Hãy gõ câu hỏi qua lệnh `danvan ask`."

    /// Shown when libedit cannot be loaded: the REPL goes on without line editing.
    public static func replLineEditingUnavailable(_ detail: String) -> String {
        "Không nạp được thư viện soạn dòng libedit (\(detail)); vẫn hỏi đáp được nhưng không có sửa dòng, lịch sử "
            + "và Tab. Cài gói libedit2 (apt-get install libedit2) để có đủ các chức năng này."
    }

    /// Ends a completion list that was cut short.
    public static func replMoreCompletions(_ count: Int) -> String { "… và \(count) gợi ý khác" }

    /// Shown when the pager cannot be started; the answer is printed directly instead.
    public static func replPagerFailed(_ command: String) -> String {
        "Không mở được trình xem trang `\(command)`; câu trả lời được in trực tiếp."
    }
}
