import DanVanText

/// The first-run welcome of the REPL.
extension Msg {
    public static let welcomeTitle = "Chào mừng đến với danvan — Trợ lý Dân vận"
    public static let welcomeText =
        "Hỏi bằng tiếng Việt (có dấu hay không dấu đều được) về kế hoạch bạn phải thực hiện; mỗi câu trả lời ghi rõ nguồn trong kế hoạch. Bạn cũng theo dõi được nhiệm vụ ngay tại đây."
    public static let welcomeExamples = ["hạn báo cáo lần 2", "nhiệm vụ của phòng văn hóa - xã hội", "nghị định 61 nói về gì"]
    public static let welcomeHint = "Gõ “hướng dẫn” để xem thêm, Tab để gợi ý, “thoát” hoặc Ctrl-D để ra."
}
