import ArgumentParser
import DanVanTasks
import DanVanTasksPostgres
import DanVanText
import Foundation

/// `danvan admin …`: the shared store on PostgreSQL, for an administrator whose role may create roles.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "Quản trị kho nhiệm vụ dùng chung (PostgreSQL).",
        subcommands: [AdminInit.self, AdminOfficial.self, AdminReport.self])

    /// Runs `body`, printing a worded failure on standard error with exit status 2.
    static func worded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            throw CLIError.exit(Msg.pgAdminFailed(TaskErrorWording.message(for: error)))
        }
    }
}

struct AdminInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Tạo hoặc nâng cấp lược đồ và tạo xã (chạy lại không đổi gì).")
    @Argument(help: "Địa chỉ postgresql://…")
    var url: String
    @Option(name: .long, help: "Tên xã, ví dụ \"Xã Đường An\".")
    var commune: String

    func run() throws {
        try AdminCommand.worded {
            let admin = try PostgresAdmin(url: url)
            let applied = try admin.initialise(commune: commune)
            try Console.out(Msg.pgAdminInitDone(commune, url: admin.settings.displayURL, applied: applied))
        }
    }
}

struct AdminOfficial: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "official", abstract: "Cán bộ: thêm, liệt kê.", subcommands: [AdminOfficialAdd.self, AdminOfficialList.self])
}

struct AdminOfficialAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Đăng ký cán bộ (mật khẩu đọc từ đầu vào chuẩn khi có).")
    @Argument(help: "Địa chỉ postgresql://…")
    var url: String
    @Option(name: .long, help: "Tên đăng nhập PostgreSQL (chữ thường không dấu, số, _).")
    var login: String
    @Option(name: .long, help: "Tên xã.")
    var commune: String
    @Option(name: .long, help: "Đơn vị của cán bộ.")
    var unit: String
    @Option(name: .long, help: "Quyền: unit (đơn vị mình, mặc định) hoặc commune (cả xã: đơn vị điều phối, lãnh đạo).")
    var rights: String = "unit"

    func run() throws {
        // The password, when one is piped in: never on the command line (it would show in `ps`).
        var password: String?
        if isatty(STDIN_FILENO) == 0, let line = Swift.readLine(strippingNewline: true), !line.isEmpty {
            password = line
        }
        try AdminCommand.worded {
            let admin = try PostgresAdmin(url: url)
            try admin.addOfficial(login: login, commune: commune, unit: unit, rights: rights, password: password)
            try Console.out(Msg.pgOfficialAdded(login, commune: commune, unit: unit, rights: rights, password: password != nil))
        }
    }
}

struct AdminOfficialList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê cán bộ.")
    @Argument(help: "Địa chỉ postgresql://…")
    var url: String

    func run() throws {
        try AdminCommand.worded {
            let officials = try PostgresAdmin(url: url).officials()
            guard !officials.isEmpty else { return try Console.out(Msg.pgNoOfficials) }
            try Console.out(Msg.pgOfficialListHeader)
            for o in officials { try Console.out("\(o.login) | \(o.commune) | \(o.unit) | \(o.rights)") }
        }
    }
}

struct AdminReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Báo cáo tổng hợp của thành phố: số nhiệm vụ từng xã và toàn thành phố.")
    @Argument(help: "Địa chỉ postgresql://… của quản trị viên.")
    var url: String
    @Option(name: .long, help: "Ngày hôm nay (YYYY-MM-DD) để tính quá hạn.")
    var today: String?

    func run() throws {
        guard let day = today.map({ CalendarDate(iso: $0) }) ?? CalendarDate.today() else {
            throw CLIError.exit(Msg.badToday(today ?? ""))
        }
        try AdminCommand.worded {
            try Console.out(PostgresAdmin.cityReport(try PostgresAdmin(url: url).cityCounts(today: day)), terminator: "")
        }
    }
}
