import DanVanText

// What "gia hạn nhiệm vụ 3 thêm 1 tuần" answers, next to the task responder that says it.
public extension Msg {
    /// The length added and the deadline it was added to (nil: the task had none, counted from today).
    static func taskExtended(by length: String, from old: String?) -> String {
        if let old { return "Đã cộng thêm \(length) vào hạn cũ (\(old))." }
        return "Nhiệm vụ chưa có hạn: tính thêm \(length) từ hôm nay."
    }
}
