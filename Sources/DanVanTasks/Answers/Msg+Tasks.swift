import DanVanText

/// Sentences of the task store (module DanVanTasks): answers, history, errors, import and export.
extension Msg {
    // MARK: Answers

    /// The source line of every task answer.
    public static let taskSource = "Kho nhiệm vụ của danvan"
    /// Columns of a task table: number, task, unit, deadline, days left, status.
    public static let taskTableHeaders = ["#", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn", "Còn lại", "Trạng thái"]
    public static func taskDaysLeft(_ days: Int) -> String { "còn \(days) ngày" }
    public static let taskDueToday = "hôm nay"
    public static func taskOverdueBy(_ days: Int) -> String { "quá hạn \(days) ngày" }
    /// An empty cell.
    public static let taskNone = "—"
    public static let taskNoUnit = "chưa giao"
    public static let taskNoDue = "không có hạn"

    /// Short status for tables: `pending`, `done`, `deleted`.
    public static func taskStatus(_ status: String) -> String {
        switch status {
        case "done": return "hoàn thành"
        case "deleted": return "đã xóa"
        default: return "chưa xong"
        }
    }

    /// Full status, with the completion day when done.
    public static func taskStatusLong(_ status: String, completedOn: String?) -> String {
        switch status {
        case "done": return completedOn.map { "đã hoàn thành (ngày \($0))" } ?? "đã hoàn thành"
        case "deleted": return "đã xóa (có thể khôi phục)"
        default: return "chưa xong"
        }
    }

    public static func taskAdded(_ number: String) -> String { "Đã thêm nhiệm vụ \(number)." }
    public static func taskFieldTitle(_ title: String) -> String { "Nội dung: \(title)" }
    public static func taskFieldUnit(_ unit: String) -> String { "Đơn vị chủ trì: \(unit)" }
    public static func taskFieldCoUnits(_ units: String) -> String { "Đơn vị phối hợp: \(units)" }
    public static func taskFieldDue(_ due: String, remaining: String?) -> String {
        "Hạn: \(due)" + (remaining.map { " (\($0))" } ?? "")
    }
    public static func taskFieldStatus(_ status: String) -> String { "Trạng thái: \(status)" }
    public static func taskFieldProduct(_ product: String) -> String { "Sản phẩm: \(product)" }
    public static func taskFieldNote(_ note: String) -> String { "Ghi chú: \(note)" }
    public static func taskFieldOrigin(_ origin: String) -> String { "Nguồn gốc: \(origin)" }
    public static let taskFieldProgress = "Tiến độ:"
    public static func taskProgressLine(day: String, user: String, text: String) -> String { "\(day) · \(user): \(text)" }
    public static let taskOriginManual = "thêm bằng lệnh"
    public static func taskOriginImport(file: String, line: String) -> String { "nhập từ tệp \(file), dòng \(line)" }
    public static func taskAddHint(_ id: Int) -> String { "Khi xong, gõ: xong nhiệm vụ \(id)" }

    public static func taskShowTitle(_ number: String, _ title: String) -> String { "Nhiệm vụ \(number): \(title)" }
    public static func taskCompleted(_ number: String, _ title: String) -> String {
        "Đã đánh dấu hoàn thành nhiệm vụ \(number): \(title)."
    }
    public static func taskReopened(_ number: String, _ title: String) -> String {
        "Đã mở lại nhiệm vụ \(number) (chưa xong): \(title)."
    }
    public static func taskNoteAdded(_ number: String, _ title: String, note: String) -> String {
        "Đã ghi tiến độ nhiệm vụ \(number) (\(title)): “\(note)”."
    }
    /// The old value is left out on purpose: the answer states what holds now; history keeps the rest.
    public static func taskRescheduled(_ number: String, _ title: String, to new: String, remaining: String) -> String {
        "Đã đổi hạn nhiệm vụ \(number) (\(title)) thành \(new) (\(remaining))."
    }
    public static func taskReassigned(_ number: String, _ title: String, to new: String) -> String {
        "Đã giao lại nhiệm vụ \(number) (\(title)) cho \(new)."
    }
    public static func taskHistoryHint(_ id: Int) -> String { "Giá trị cũ có trong: lịch sử nhiệm vụ \(id)" }
    public static func taskDeleted(_ number: String, _ title: String) -> String { "Đã xóa nhiệm vụ \(number): \(title)." }
    public static func taskDeletedHint(_ id: Int) -> String {
        "Vẫn lấy lại được: gõ “hoàn tác” hoặc “khôi phục nhiệm vụ \(id)”."
    }
    public static func taskRestored(_ number: String, _ title: String, status: String) -> String {
        "Đã khôi phục nhiệm vụ \(number): \(title) (\(status))."
    }
    public static func taskUndone(_ description: String) -> String { "Đã hoàn tác: \(description)." }

    /// What a change group did, for undo answers: action raw value, task numbers, batch size, file.
    public static func taskAction(_ action: String, numbers: String, count: Int, file: String?) -> String {
        switch action {
        case "add": return "thêm nhiệm vụ \(numbers)"
        case "done": return "đánh dấu hoàn thành nhiệm vụ \(numbers)"
        case "reopen": return "mở lại nhiệm vụ \(numbers)"
        case "note": return "ghi tiến độ nhiệm vụ \(numbers)"
        case "reschedule": return "đổi hạn nhiệm vụ \(numbers)"
        case "reassign": return "giao lại nhiệm vụ \(numbers)"
        case "delete": return "xóa nhiệm vụ \(numbers)"
        case "restore": return "khôi phục nhiệm vụ \(numbers)"
        case "import": return "nhập \(count) nhiệm vụ từ tệp \(file ?? "CSV")"
        default: return "hoàn tác"
        }
    }

    // MARK: History

    public static func taskHistoryTitle(_ number: String, _ title: String) -> String { "Lịch sử nhiệm vụ \(number): \(title)" }
    public static let taskRecentHistoryTitle = "Các thay đổi gần đây trong kho nhiệm vụ"
    public static let taskHistoryEmpty = "Chưa có thay đổi nào."
    public static func taskHistoryLine(day: String, time: String, user: String, text: String) -> String {
        "\(day) \(time) · \(user) · \(text)"
    }
    public static func taskHistoryTask(_ number: String, _ text: String) -> String { "\(number): \(text)" }
    public static let taskEventCreated = "tạo nhiệm vụ"
    public static func taskEventSet(_ field: String, from old: String, to new: String) -> String { "\(field): \(old) → \(new)" }
    public static func taskEventNoteAdded(_ text: String) -> String { "ghi tiến độ: “\(text)”" }
    public static func taskEventNoteRemoved(_ text: String) -> String { "bỏ ghi tiến độ: “\(text)”" }
    public static func taskEventUndo(_ text: String) -> String { "hoàn tác — \(text)" }

    /// A task field's name, by SQL column.
    public static func taskFieldLabel(_ column: String) -> String {
        switch column {
        case "title": return "nội dung"
        case "unit": return "đơn vị chủ trì"
        case "co_units": return "đơn vị phối hợp"
        case "due": return "hạn"
        case "product": return "sản phẩm"
        case "note": return "ghi chú"
        case "status": return "trạng thái"
        case "completed_at": return "ngày hoàn thành"
        default: return column
        }
    }

    // MARK: Lists

    /// A list's title: `kind` is `active`, `open`, `done`, `deleted`, `overdue`, `due_today` or `due_soon`.
    public static func taskListTitle(kind: String, days: Int?, unit: String?) -> String {
        let base: String
        switch kind {
        case "open": base = "Nhiệm vụ chưa hoàn thành"
        case "done": base = "Nhiệm vụ đã hoàn thành"
        case "deleted": base = "Nhiệm vụ đã xóa"
        case "overdue": base = "Nhiệm vụ quá hạn"
        case "due_today": base = "Nhiệm vụ đến hạn hôm nay"
        case "due_soon": base = "Nhiệm vụ đến hạn trong \(days ?? 7) ngày tới"
        default: base = "Danh sách nhiệm vụ"
        }
        return base + (unit.map { " — \($0)" } ?? "")
    }
    /// Heads the store's tasks of a unit, beside its duties from the plan.
    public static func taskUnitTasks(count: Int) -> String { "Nhiệm vụ trong kho nhiệm vụ (\(taskTotal(count))):" }
    /// A count read up to 1,000: beyond, "hơn 1.000".
    public static func taskTotal(_ n: Int) -> String { n > 1000 ? "hơn 1.000" : "\(n)" }
    public static let taskUnitHasNone = "Kho nhiệm vụ chưa có nhiệm vụ nào giao cho đơn vị này."
    public static func taskListCount(_ title: String, count: Int) -> String { "\(title) (\(taskTotal(count)))" }
    public static func taskListEmpty(_ title: String) -> String { "\(title): không có nhiệm vụ nào." }
    public static let taskStoreEmpty = "Kho nhiệm vụ chưa có nhiệm vụ nào. Thêm bằng: “thêm nhiệm vụ: <nội dung>, giao <đơn vị>, hạn <dd/mm/yyyy>”, hoặc nhập phụ lục: danvan tasks import TỆP.csv"
    public static func taskListTruncated(shown: Int, total: Int) -> String {
        "Đang hiện \(shown)/\(taskTotal(total)) nhiệm vụ. Lọc theo đơn vị, hoặc xem đủ: danvan tasks export --format md"
    }

    // MARK: Refusals (nothing changed)

    public static let taskErrorMissingContent = "Thiếu nội dung nhiệm vụ; chưa thêm gì. Hãy viết: “thêm nhiệm vụ: <nội dung>, giao <đơn vị>, hạn <dd/mm/yyyy>”."
    public static func taskErrorMissingNumber(example: String?) -> String {
        "Thiếu số nhiệm vụ; chưa thay đổi gì." + (example.map { " Ví dụ: “\($0)”." } ?? "")
    }
    public static let taskErrorMissingNote = "Thiếu nội dung cập nhật; chưa thay đổi gì. Ví dụ: “cập nhật nhiệm vụ 3: đã họp xong”."
    public static let taskErrorMissingDate = "Thiếu ngày hạn; chưa thay đổi gì. Ví dụ: “đổi hạn nhiệm vụ 3 sang 20/10/2025”."
    public static let taskErrorMissingUnit = "Thiếu tên đơn vị; chưa thay đổi gì. Ví dụ: “giao lại nhiệm vụ 3 cho Phòng Kinh tế”."
    public static func taskErrorUnknownUnit(_ name: String, suggestions: [String]) -> String {
        "Không có đơn vị “\(name)” trong danh sách đơn vị của xã; chưa thay đổi gì."
            + (suggestions.isEmpty ? "" : " Có phải: \(suggestions.joined(separator: ", "))?")
    }
    public static func taskErrorInvalidDate(_ text: String) -> String {
        "Ngày \(text) không tồn tại; chưa thay đổi gì. Hãy ghi một ngày có thật, dạng dd/mm/yyyy, ví dụ 20/10/2025."
    }
    public static func taskErrorUnreadableDate(_ text: String) -> String {
        "Không đọc được ngày hạn “\(text)”; chưa thay đổi gì. Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 20/10/2025."
    }
    public static let taskErrorLooksLikeSQL = "Câu lệnh có đoạn giống lệnh SQL (như “DROP TABLE”, “DELETE FROM”); danvan không chạy và không lưu đoạn này, kho nhiệm vụ giữ nguyên. Hãy viết lại nội dung bằng lời thường."
    public static func taskErrorNoTaskMatches(_ words: String) -> String {
        "Không có nhiệm vụ nào có “\(words)”. Xem số các nhiệm vụ bằng: danh sách nhiệm vụ"
    }
    public static func taskErrorAmbiguous(_ words: String, numbers: String) -> String {
        "Có nhiều nhiệm vụ có “\(words)”: \(numbers). Hãy ghi số nhiệm vụ."
    }
    public static func taskErrorNotFound(_ id: Int) -> String {
        "Không có nhiệm vụ #\(id). Xem số các nhiệm vụ bằng: danh sách nhiệm vụ"
    }
    public static func taskErrorDeleted(_ id: Int) -> String {
        "Nhiệm vụ #\(id) đã bị xóa; chưa thay đổi gì. Gõ “khôi phục nhiệm vụ \(id)” để lấy lại."
    }
    public static func taskErrorAlreadyDone(_ id: Int) -> String {
        "Nhiệm vụ #\(id) đã hoàn thành từ trước; không có gì thay đổi."
    }
    public static func taskErrorNotDone(_ id: Int) -> String { "Nhiệm vụ #\(id) chưa hoàn thành nên không cần mở lại." }
    public static func taskErrorNotDeleted(_ id: Int) -> String { "Nhiệm vụ #\(id) chưa bị xóa nên không cần khôi phục." }
    public static let taskErrorNothingToUndo = "Không có thay đổi nào để hoàn tác."
    public static let taskErrorBusy = "Kho nhiệm vụ đang bận (một chương trình danvan khác đang ghi) quá lâu; chưa thay đổi gì. Hãy thử lại."
    public static let taskErrorDiskFull = "Đĩa đã đầy (hoặc vượt giới hạn kích thước tệp) nên không ghi được vào kho nhiệm vụ; chưa thay đổi gì. Hãy giải phóng dung lượng rồi thử lại."
    public static func taskErrorStorage(operation: String, code: Int32) -> String {
        "Lỗi kho nhiệm vụ ở thao tác “\(operation)” (mã SQLite \(code)); chưa thay đổi gì."
    }
    public static func taskErrorCannotOpen(path: String, reason: String) -> String {
        "Không mở được kho nhiệm vụ \(path) (\(reason))."
    }
    public static func taskErrorNewerSchema(path: String) -> String {
        "Kho nhiệm vụ \(path) do một phiên bản danvan mới hơn tạo ra; hãy cập nhật danvan."
    }

    // MARK: Import

    public static func taskImportAdded(_ count: Int, file: String) -> String { "Đã nhập \(count) nhiệm vụ từ tệp \(file)." }
    public static func taskImportNothingNew(file: String) -> String { "Tệp \(file) không có nhiệm vụ mới; kho giữ nguyên." }
    public static func taskImportAlreadyPresent(_ count: Int) -> String {
        "\(count) dòng đã có trong kho từ lần nhập trước, giữ nguyên."
    }
    public static let taskImportUndoHint = "Gõ “hoàn tác” để bỏ cả lần nhập này."
    public static let taskImportWarnings = "Lưu ý:"
    public static func taskImportUnknownUnit(line: Int, name: String, suggestions: [String]) -> String {
        "Dòng \(line): đơn vị “\(name)” không có trong danh sách đơn vị của xã, giữ nguyên như trong tệp."
            + (suggestions.isEmpty ? "" : " Có phải: \(suggestions.joined(separator: ", "))?")
    }
    public static func taskImportHeading(line: Int, title: String) -> String { "Dòng \(line): “\(title)” là tiêu đề nhóm, không nhập." }
    public static func taskImportDuplicate(line: Int, firstLine: Int) -> String { "Dòng \(line) trùng dòng \(firstLine), bỏ qua." }
    public static func taskImportApproximate(line: Int, written: String, due: String) -> String {
        "Dòng \(line): thời gian “\(written)” được lấy hạn là ngày cuối kỳ, \(due)."
    }
    public static func taskImportIgnoredColumn(_ name: String) -> String { "Cột “\(name)” không dùng đến." }
    /// Kept in the task's note when its deadline was a month, quarter or year.
    public static func taskImportApproximateDue(written: String, due: String) -> String {
        "Thời gian hoàn thành ghi “\(written)”: lấy hạn là ngày cuối kỳ, \(due)."
    }
    /// Kept in the task's note when its deadline cell has no date ("Thường xuyên").
    public static func taskImportNoDeadline(written: String) -> String { "Thời gian hoàn thành: \(written)." }

    public static func taskImportUnreadable(path: String) -> String { "Không đọc được tệp \(path); chưa nhập gì." }
    public static func taskImportNotUTF8(path: String) -> String {
        "Tệp \(path) không phải văn bản UTF-8; chưa nhập gì. Trong Excel hãy lưu bằng “CSV UTF-8 (Comma delimited)”."
    }
    public static func taskImportEmpty(path: String) -> String { "Tệp \(path) không có dòng tiêu đề hoặc không có dữ liệu; chưa nhập gì." }
    public static func taskImportMalformed(path: String) -> String { "Tệp \(path) không đúng định dạng CSV; chưa nhập gì." }
    public static func taskImportMissingTitleColumn(line: Int, headers: [String]) -> String {
        "Dòng \(line): không thấy cột nội dung nhiệm vụ (như “Nội dung nhiệm vụ” hoặc “Nhiệm vụ”); chưa nhập gì. Các cột có: "
            + headers.map { "“\($0)”" }.joined(separator: ", ") + "."
    }
    public static let taskImportBadRows = "Không nhập dòng nào vì tệp có dòng lỗi:"
    public static func taskImportBadRow(line: Int, reason: String) -> String { "Dòng \(line): \(reason)." }
    public static let taskImportRowMissingTitle = "thiếu nội dung nhiệm vụ"
    public static func taskImportRowInvalidDate(_ text: String) -> String { "ngày \(text) không tồn tại" }
    public static func taskImportRowUnreadableDate(_ text: String) -> String {
        "không đọc được thời gian hoàn thành “\(text)” (cần dạng dd/mm/yyyy, “tháng 12/2025”, hoặc để trống)"
    }

    // MARK: Export

    /// CSV export columns; the first seven are also import headers, so an export imports back.
    public static let taskExportHeaders = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                                           "Thời gian hoàn thành", "Sản phẩm", "Ghi chú", "Trạng thái", "Ngày hoàn thành",
                                           taskExportRecurrenceHeader]
    public static let taskMarkdownHeaders = ["#", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hạn",
                                             "Trạng thái", "Ghi chú", taskExportRecurrenceHeader]
}
