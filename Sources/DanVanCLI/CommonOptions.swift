import ArgumentParser
import DanVanText

/// Options every subcommand takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Ngày hôm nay dùng cho mọi phép tính hạn (YYYY-MM-DD).", valueName: "ngày"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp("Sổ theo dõi nhiệm vụ: tệp SQLite hoặc kho dùng chung postgresql://…. Mặc định: $DANVAN_STORE hoặc $XDG_DATA_HOME/danvan/tasks.sqlite.", valueName: "tệp|url"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("Thư mục dữ liệu (kế hoạch, đơn vị, thuật ngữ) thay cho Data/.", valueName: "thư-mục"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Tên người thực hiện ghi vào lịch sử thay đổi (mặc định: $USER; với PostgreSQL là tài khoản đăng nhập).", valueName: "tên"))
    var user: String?

    func validate() throws {
        if let t = today, CalendarDate(iso: t) == nil { throw ValidationError(TextSanitizer.sanitize(Msg.badToday(t), keepingNewlines: false)) }
    }

    var todayDate: CalendarDate { today.flatMap(CalendarDate.init(iso:)) ?? CalendarDate.today() }
}
