/// Messages of the benchmark command (hidden `danvan bench`) and the fuzz driver (`danvan-fuzz`).
extension Msg {
    public static let benchAbstract = "Đo thời gian trả lời ngay trong tiến trình (dùng cho make bench)."
    public static let benchQuestionsHelp = "Tệp câu hỏi: mỗi dòng một câu; dòng trống và dòng bắt đầu bằng # bị bỏ qua."
    public static let benchRepeatHelp = "Số lần lặp lại cả bộ câu hỏi khi đo (mặc định 20)."
    public static let benchWarmupHelp = "Số lần chạy khởi động, không tính giờ (mặc định 1)."
    public static func benchNoQuestions(_ path: String) -> String { "Tệp \(path) không có câu hỏi nào." }
    public static let fuzzUsage = "Cách dùng: danvan-fuzz [question|import] TỆP_HOẶC_THƯ_MỤC… — chạy lại từng đầu vào đã lưu."
    public static func fuzzReplayed(_ count: Int, target: String) -> String { "Đã chạy lại \(count) đầu vào cho đích \(target), không có lỗi." }
    public static func fuzzUnknownTarget(_ name: String) -> String { "Không có đích kiểm thử ngẫu nhiên “\(name)”." }
}
