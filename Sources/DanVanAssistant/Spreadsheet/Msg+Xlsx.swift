import DanVanText

/// The words of the Excel (.xlsx) outputs: sheet names, headers, task states.
extension Msg {
    public static let xlsxTasksSheet = "Nhiệm vụ"
    public static let xlsxSummarySheet = "Tổng hợp"
    public static let xlsxNoUnitSheet = "Chưa giao"
    public static let xlsxTotalRow = "Tổng cộng"
    public static let xlsxUnitHeaders = ["STT", "Nội dung nhiệm vụ", "Đơn vị phối hợp", "Thời hạn", "Tình trạng",
                                         "Ngày hoàn thành", "Tiến độ, kết quả"]

    /// A task's state in a report sheet; a completion after the deadline says it was late.
    public static func xlsxState(_ state: ReportTaskState, late: Bool) -> String {
        switch state {
        case .completedWithin: late ? "Hoàn thành trong kỳ (trễ hạn)" : "Hoàn thành trong kỳ"
        case .completedBefore: "Hoàn thành trước kỳ"
        case .completedAfter: late ? "Hoàn thành sau kỳ (trễ hạn)" : "Hoàn thành sau kỳ"
        case .inProgress: "Đang thực hiện"
        case .overdue: "Quá hạn"
        case .notStarted: "Chưa triển khai"
        }
    }

    /// Binary .xlsx is not printed on a terminal.
    public static let xlsxNeedsOutput = "Định dạng xlsx cần tệp đích: thêm --output TỆP.xlsx hoặc chuyển hướng (> tệp.xlsx)."
}
