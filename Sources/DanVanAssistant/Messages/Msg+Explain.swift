import DanVanText

/// Sentences of `--explain` / `:giải thích`.
extension Msg {
    public static let explainTitle = "Giải thích câu trả lời"
    public static func explainNormalized(_ s: String) -> String { "Câu đã chuẩn hóa: \(s)" }
    public static func explainTokens(_ s: String) -> String { "Từ (đã bỏ dấu): \(s)" }
    public static let explainNoEntities = "Không nhận ra thực thể nào (đơn vị, văn bản, lần báo cáo…)."
    public static let explainEntitiesTitle = "Thực thể nhận ra:"
    public static func explainEntity(kind: String, value: String, words: String, span: String) -> String {
        "\(kind) = \(value)  ← “\(words)” (từ \(span))"
    }
    public static let explainCandidatesTitle = "Các cách hiểu được chấm điểm (độ tin cậy 0–1, mọi bộ phân tích cùng một thang):"
    public static let explainFromContext = " (từ câu trước)"
    public static func explainCandidate(id: String, parser: String, score: String, reasons: String, missing: [String],
                                        followUp: Bool) -> String {
        let by = ["keywords": "từ khóa", "taskCommand": "lệnh nhiệm vụ", "followUp": "nối tiếp"][parser] ?? parser
        var s = "\(id) [\(by)]: \(score)"
        if !reasons.isEmpty { s += " — \(reasons)" }
        if followUp { s += " — câu hỏi nối tiếp câu trước" }
        if !missing.isEmpty { s += " — thiếu \(missing.joined(separator: ", ")) nên không chọn" }
        return s
    }
    public static func explainDecision(_ s: String) -> String { "Kết luận: \(s)" }
    public static func decisionAnswer(_ id: String, confidence: Double) -> String {
        "chọn \(id) (độ tin cậy \(Int((confidence * 100).rounded()))%) vì có điểm cao nhất và vượt ngưỡng trả lời."
    }
    public static func decisionClarify(_ ids: [String]) -> String {
        "điểm thấp hoặc sát nhau giữa \(ids.joined(separator: ", ")) nên hỏi lại."
    }
    public static let decisionSearch = "không ý định nào đủ điểm; tìm trong văn bản kế hoạch và thấy đoạn phù hợp."
    public static let decisionUnknown = "không ý định nào đủ điểm và không tìm thấy đoạn phù hợp: trả lời “chưa hiểu”."
    public static func decisionTask(_ id: String) -> String { "nhận ra lệnh sổ theo dõi nhiệm vụ (\(id)) theo mẫu câu trong Intents/tasks.yaml." }
    public static func decisionChoice(_ n: Int) -> String { "trả lời lựa chọn số \(n) của câu hỏi lại trước đó." }
    public static let nothingToExplain = "Chưa có câu trả lời nào để giải thích."
}
