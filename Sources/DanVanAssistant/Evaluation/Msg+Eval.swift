import DanVanText

/// Sentences of `danvan eval`.
extension Msg {
    public static func evalSummary(cases: Int, intents: Int, answers: Int) -> String {
        "Bộ câu hỏi: \(cases) câu — đúng ý định \(intents)/\(cases) (\(percent(intents, cases))), đúng câu trả lời \(answers)/\(cases) (\(percent(answers, cases)))"
    }
    public static let evalPerIntentTitle = "Theo từng ý định"
    public static let evalHeaders = ["Ý định", "Độ chính xác", "Độ phủ", "F1", "Số câu"]
    public static let evalConfusionTitle = "Nhầm lẫn (mong đợi → nhận được)"
    public static let evalConfusionHeaders = ["Mong đợi", "Nhận được", "Số lần"]
    public static let evalFailuresTitle = "Các câu sai"
    public static func evalFailure(id: String, question: String, expected: String, got: String, answerOK: Bool) -> String {
        "\(id) “\(question)”: mong đợi \(expected), nhận \(got)" + (answerOK ? "" : "; câu trả lời thiếu/thừa dữ kiện")
    }
    public static func evalBadFile(_ path: String, line: Int) -> String { "Tệp \(path) sai định dạng ở dòng \(line): cần ít nhất 5 cột cách nhau bằng tab." }
    public static let evalNoFailures = "Không có câu sai."
    static func percent(_ a: Int, _ b: Int) -> String { b == 0 ? "-" : "\(Int((100 * Double(a) / Double(b)).rounded()))%" }
}
