import DanVanText

/// What the terminal features of the REPL say: history search, pager.
extension Msg {
    /// The prompt of Ctrl-R while `query` finds an earlier question.
    public static func historySearchPrompt(_ query: String) -> String { "(tìm trong lịch sử)'\(query)': " }

    /// The prompt of Ctrl-R when no earlier question contains `query`.
    public static func historySearchNotFound(_ query: String) -> String { "(không thấy trong lịch sử)'\(query)': " }

    /// Shown when the pager ran but failed; the answer is printed directly instead.
    public static func pagerExitedWithError(_ command: String) -> String {
        "Trình xem trang `\(command)` báo lỗi; câu trả lời được in trực tiếp."
    }

    /// A REPL command: what is typed after ":" and what it does.
    public struct ReplCommand: Sendable, Equatable {
        public let name: String
        public let summary: String
    }

    /// The REPL's own commands, offered by Tab after ":".
    public static let replCommands: [ReplCommand] = [
        ReplCommand(name: ":giải thích", summary: "vì sao có câu trả lời vừa rồi"),
        ReplCommand(name: ":trợ giúp", summary: "những câu hỏi danvan hiểu"),
        ReplCommand(name: ":xem thêm", summary: "phần tiếp theo của danh sách vừa rồi"),
        ReplCommand(name: ":thoát", summary: "kết thúc phiên hỏi đáp"),
    ]
}
