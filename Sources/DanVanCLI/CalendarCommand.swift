import ArgumentParser
import DanVanAssistant
import DanVanTasks
import DanVanText
import Foundation

/// `danvan calendar export`: the plans' report deadlines and the tasks' deadlines as an iCalendar
/// file (RFC 5545) for phones and Thunderbird.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Lịch hạn báo cáo và hạn nhiệm vụ (iCalendar, .ics).",
        subcommands: [CalendarExport.self])
}

/// `danvan calendar export [--unit …] > lich.ics`.
struct CalendarExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Xuất lịch .ics: hạn báo cáo của các kế hoạch (định kỳ: RRULE) và hạn các nhiệm vụ chưa xong. Ví dụ: danvan calendar export > lich.ics")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Chỉ nhiệm vụ của đơn vị này (mặc định: unit của config.toml).", valueName: "đơn-vị"))
    var unit: String?

    @Flag(name: .long, help: "Nhiệm vụ của mọi đơn vị, kể cả khi config.toml có unit.")
    var all = false

    @OptionGroup var file: OutputFile

    func run() throws {
        let workspace = try Workspace.orExit(common)
        let chosen = try AgendaCommand.unit(all ? nil : unit ?? workspace.config.values["unit"], workspace: workspace)
        let today = common.todayDate
        var tasks: [(task: PlanTask, series: Int)] = []
        if workspace.storeExists {
            do {
                tasks = try workspace.openStoreForReading().calendarTasks(unit: chosen)
            } catch {
                throw CLIError.exit(TaskErrorWording.message(for: error))
            }
        }
        let events = CalendarExporter(today: today).events(plans: workspace.knowledge.plans, tasks: tasks)
        let text = ICalendarWriter(name: Msg.calendarName, stamp: TaskClock.timestamp(on: today)).calendar(events)
        guard let output = file.path else { return try Console.data(text) }
        try file.write(Data(text.utf8), to: output, then: Msg.calendarWritten(output, events: events.count))
    }
}
