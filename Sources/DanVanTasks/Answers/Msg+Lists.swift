import DanVanText

/// What task lists, their pages and the overall progress table say.
extension Msg {
    /// The line of counts that opens every task list.
    ///
    ///     Msg.taskListSummary(total: 25, done: 8, overdue: 3, dueSoon: 2, soonDays: 7)
    ///     // "25 nhiệm vụ: 8 xong, 3 quá hạn, 2 đến hạn trong 7 ngày"
    public static func taskListSummary(total: Int, done: Int, overdue: Int, dueSoon: Int, soonDays: Int) -> String {
        "\(taskTotal(total)) nhiệm vụ: \(done) xong, \(overdue) quá hạn, \(dueSoon) đến hạn trong \(soonDays) ngày"
    }

    /// Under a list cut into pages: which rows were shown and how to see the next ones.
    public static func taskListNextPage(from first: Int, to last: Int, total: Int) -> String {
        "Đang hiện nhiệm vụ thứ \(first)–\(last) trong \(taskTotal(total)). Gõ “xem thêm” hoặc “tiếp” để xem tiếp."
    }

    /// Under the last page of a list.
    public static func taskListLastPage(from first: Int, to last: Int, total: Int) -> String {
        "Đang hiện nhiệm vụ thứ \(first)–\(last) trong \(taskTotal(total)); đây là trang cuối."
    }

    /// "xem thêm" after the last page.
    public static func taskListNoMore(total: Int) -> String {
        "Đã hiện hết \(taskTotal(total)) nhiệm vụ của danh sách vừa rồi."
    }

    /// The title of a list's next page.
    public static func taskListPageTitle(_ title: String, first: Int, last: Int, total: Int) -> String {
        "\(title) (\(first)–\(last) / \(taskTotal(total)))"
    }

    // MARK: Overall progress

    public static let taskProgressTitle = "Tiến độ chung của các nhiệm vụ"
    public static let taskProgressHeaders = ["Đơn vị", "Tổng", "Xong", "Chưa xong", "Đang làm", "Quá hạn", "Tiến độ"]
    public static let taskProgressAllUnits = "Cộng"
    /// The bar's legend, with the characters it uses.
    public static func taskProgressLegend(done: Character, inProgress: Character, overdue: Character, open: Character) -> String {
        "Cột tiến độ: \(done) xong, \(inProgress) đang làm (chưa đến hạn, đã có ghi nhận tiến độ), \(overdue) quá hạn, "
            + "\(open) chưa làm (chưa đến hạn, chưa có ghi nhận tiến độ)."
    }
    /// The counts per state, under the table.
    public static func taskProgressByState(open: Int, inProgress: Int, overdue: Int, done: Int, deleted: Int) -> String {
        "Theo trạng thái: \(open) chưa xong (trong đó \(inProgress) đang làm, \(overdue) quá hạn), \(done) xong, \(deleted) đã xóa."
    }
}
