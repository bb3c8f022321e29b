import ArgumentParser
import DanVanText

/// Options every subcommand takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Ngày hôm nay dùng cho mọi phép tính hạn (YYYY-MM-DD).")
    var today: String?

    @Option(name: .long, help: "Đường dẫn sổ theo dõi nhiệm vụ (SQLite). Mặc định: $DANVAN_STORE hoặc $XDG_DATA_HOME/danvan/tasks.sqlite.")
    var store: String?

    @Option(name: .long, help: "Thư mục dữ liệu (kế hoạch, đơn vị, thuật ngữ) thay cho Data/.")
    var data: String?

    @Option(name: .long, help: "Tên người thực hiện ghi vào lịch sử thay đổi (mặc định: $USER).")
    var user: String?

    func validate() throws {
        if let t = today, CalendarDate(iso: t) == nil { throw ValidationError(TextSanitizer.sanitize(Msg.badToday(t), keepingNewlines: false)) }
    }

    var todayDate: CalendarDate { today.flatMap(CalendarDate.init(iso:)) ?? CalendarDate.today() }
}
