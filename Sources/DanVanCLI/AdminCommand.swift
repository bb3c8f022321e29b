import ArgumentParser
import DanVanText
import Foundation

/// `danvan admin …`: the shared store on PostgreSQL, for an administrator whose role may create roles.
/// The options are read here; the work is the server backend's (`danvan-pg`; `danvan` hands over to it).
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "Quản trị kho nhiệm vụ dùng chung (PostgreSQL).",
        subcommands: [AdminInit.self, AdminOfficial.self, AdminReport.self])
}

struct AdminInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Tạo hoặc nâng cấp lược đồ và tạo xã (chạy lại không đổi gì).")
    @OptionGroup var server: AdminServer
    @Option(name: .long, help: "Tên xã, ví dụ \"Xã Đường An\".")
    var commune: String

    func run() throws {
        try ServerBackends.required().adminInit(url: server.url, commune: commune)
    }
}

struct AdminOfficial: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "official", abstract: "Cán bộ: thêm, liệt kê.", subcommands: [AdminOfficialAdd.self, AdminOfficialList.self])
}

struct AdminOfficialAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Đăng ký cán bộ (mật khẩu đọc từ đầu vào chuẩn khi có).")
    @OptionGroup var server: AdminServer
    @Option(name: .long, help: "Tên đăng nhập PostgreSQL (chữ thường không dấu, số, _).")
    var login: String
    @Option(name: .long, help: "Tên xã.")
    var commune: String
    @Option(name: .long, help: "Đơn vị của cán bộ.")
    var unit: String
    @Option(name: .long, help: "Quyền: unit (đơn vị mình, mặc định) hoặc commune (cả xã: đơn vị điều phối, lãnh đạo).")
    var rights: String = "unit"

    func run() throws {
        // The backend first: in `danvan` the hand-over happens before standard input is read.
        let backend = try ServerBackends.required()
        // The password, when one is piped in: never on the command line (it would show in `ps`).
        var password: String?
        if isatty(STDIN_FILENO) == 0, let line = Swift.readLine(strippingNewline: true), !line.isEmpty {
            password = line
        }
        try backend.adminAddOfficial(url: server.url, login: login, commune: commune, unit: unit, rights: rights, password: password)
    }
}

struct AdminOfficialList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê cán bộ.")
    @OptionGroup var server: AdminServer

    func run() throws {
        try ServerBackends.required().adminListOfficials(url: server.url)
    }
}

struct AdminReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Báo cáo tổng hợp của thành phố: số nhiệm vụ từng xã và toàn thành phố.")
    @OptionGroup var server: AdminServer
    @Option(name: .long, help: "Ngày hôm nay (YYYY-MM-DD) để tính quá hạn.")
    var today: String?

    func run() throws {
        guard let day = today.map({ CalendarDate(iso: $0) }) ?? CalendarDate.today() else {
            throw CLIError.exit(Msg.badToday(today ?? ""))
        }
        try ServerBackends.required().adminReport(url: server.url, today: day)
    }
}

/// The server argument of every `danvan admin` command.
struct AdminServer: ParsableArguments {
    @Argument(help: ArgumentHelp("Địa chỉ postgresql://… của quản trị viên.", valueName: "url"))
    var url: String
}
