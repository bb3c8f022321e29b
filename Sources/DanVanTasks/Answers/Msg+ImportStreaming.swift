import DanVanText

public extension Msg {
    /// The last bullet of an import's warnings when there were more than the report keeps.
    static func taskImportMoreWarnings(_ count: Int) -> String {
        "… và còn \(count) cảnh báo khác (không liệt kê hết)."
    }
}
