import ArgumentParser
import DanVanAssistant
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// `danvan tasks …`: the task store from the shell (import the plan's appendix, export, list).
struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks", abstract: "Sổ theo dõi nhiệm vụ: nhập, xuất, liệt kê.",
        subcommands: [TasksImport.self, TasksExport.self, TasksList.self, TasksShow.self, TasksMigrate.self])
}

struct TasksImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Nhập bảng nhiệm vụ: tệp CSV (UTF-8), bảng tính .xlsx, hoặc phụ lục của một kế hoạch.",
        discussion: Msg.cliExamplesTasksImport)
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("Tệp CSV (cột STT, Nội dung nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành, Sản phẩm, Ghi chú), tệp .xlsx, hoặc kế hoạch .txt/.docx có bảng phụ lục.", valueName: "tệp"))
    var file: String?
    @Option(name: .long, help: ArgumentHelp("Số kế hoạch đã có trong thư viện (ví dụ 617): nhập bảng phụ lục của kế hoạch đó.", valueName: "số"))
    var plan: String?

    func validate() throws {
        if (file == nil) == (plan == nil) { throw ValidationError(Msg.appendixImportUsage) }
    }

    func run() throws {
        let workspace = try Workspace.orExit(common)
        do {
            let vocabulary = try workspace.taskVocabulary()
            let units = workspace.knowledge.units
            let resolve: UnitResolver = { text in
                switch units.resolve(text) {
                case .known(let n): return .known(n)
                case .unknown(let s): return .unknown(suggestions: s)
                }
            }
            let report: ImportReport
            if let file, URL(fileURLWithPath: file).pathExtension.lowercased() == "csv" {
                let store = try workspace.openStore()
                report = try store.importCSV(at: URL(fileURLWithPath: file), vocabulary: vocabulary, resolveUnit: resolve,
                                             today: common.todayDate, user: workspace.user, at: Date())
            } else {
                let (rows, name) = try appendixRows(workspace)
                let store = try workspace.openStore()
                report = try store.importRows(rows, fileName: name, vocabulary: vocabulary, resolveUnit: resolve,
                                              today: common.todayDate, user: workspace.user, at: Date())
            }
            try Console.out(PlainRenderer.render(TaskResponder.document(for: report)))
        } catch let e as CLIError {
            throw CLIError.exit(e.message)
        } catch let e as ExitCode {
            throw e
        } catch let e as AppendixError {
            throw CLIError.exit(e.message)
        } catch let e as ImportError {
            throw CLIError.exit(e.message)
        } catch {
            throw CLIError.exit(TaskErrorWording.message(for: error))
        }
    }

    /// The appendix rows of `--plan NUMBER` (a plan of the library) or of the file, and the name to report.
    private func appendixRows(_ workspace: Workspace) throws -> ([TaskTableRow], String) {
        if let number = plan {
            guard let found = AppendixImport.plan(number: number, in: workspace.knowledge.plans) else {
                throw CLIError(Msg.appendixPlanNotFound(number))
            }
            let name = Msg.planName(number: found.number, issuerShort: found.issuer)
            guard !found.appendix.isEmpty else { throw CLIError(Msg.appendixPlanWithoutAppendix(name)) }
            return (AppendixImport.rows(of: found.appendix, planID: found.id), found.number ?? found.id)
        }
        guard let file, let data = workspace.locator.dataDirectory else { throw CLIError(Msg.dataFolderMissing) }
        var environment = workspace.locator.environment
        if let intents = workspace.locator.intentsDirectory { environment["DANVAN_INTENTS"] = intents.path }
        var importer = try PlanImporter(dataDirectory: data)
        importer.appendixReader = AppendixTableReader(vocabulary: .load(dataDirectory: data, environment: environment))
        let url = URL(fileURLWithPath: file)
        let (plan, rows) = try importer.appendix(ofFile: url)
        return (AppendixImport.rows(of: rows, planID: plan?.id), url.lastPathComponent)
    }
}

struct TasksExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Xuất sổ theo dõi (csv, json, md, xlsx).",
                                                    discussion: Msg.cliExamplesTasksExport)
    /// The text formats of the store, and Excel.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case csv, json, md, xlsx
    }

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: ArgumentHelp("Định dạng: csv, json, md, xlsx.", valueName: "định-dạng"))
    var format: Format = .csv
    @OptionGroup var file: OutputFile

    func run() throws {
        let workspace = try Workspace.orExit(common)
        do {
            // Reading never waits on another process's write lock: open read-only when the store is
            // current, and only set it up (locked) when it is not.
            let store = try workspace.openStoreForReading()
            let data: Data
            if let text = ExportFormat(rawValue: format.rawValue) {
                let exported = try store.export(format: text, matching: TaskFilter(), today: common.todayDate)
                guard file.path != nil else { return try Console.data(exported) }
                data = Data(exported.utf8)
            } else {
                if file.path == nil && isatty(STDOUT_FILENO) == 1 { throw CLIError.exit(Msg.xlsxNeedsOutput) }
                let tasks = try store.tasks(matching: TaskFilter(), today: common.todayDate, limit: nil)
                data = try XLSXWriter.write([ReportWorkbook.tasks(tasks)])
            }
            guard let output = file.path else { return try Console.bytes(Array(data)) }
            try file.write(data, to: output, then: Msg.reportWritten(output))
        } catch let e as ExitCode {
            throw e
        } catch {
            throw CLIError.exit(TaskErrorWording.message(for: error))
        }
    }
}

/// `danvan tasks list`: the store's tasks filtered as Taskwarrior filters them, read from the store
/// directly (no Vietnamese sentence in between).
struct TasksList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê nhiệm vụ, có lọc theo đơn vị, trạng thái, hạn.",
                                                    discussion: Msg.cliExamplesTasksList)
    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Chỉ nhiệm vụ của đơn vị này (gõ tắt được: \"phong kt\", \"vhxh\").", valueName: "đơn-vị"),
            completion: .custom(ShellCompletion.unitNames))
    var unit: String?

    @Option(name: .long, help: ArgumentHelp("Trạng thái: open (chưa xong), done (xong), deleted (đã xóa), all (mọi nhiệm vụ chưa xóa).",
                                            valueName: "trạng-thái"))
    var status: ListStatus = .all

    @Option(name: .customLong("due-before"), help: ArgumentHelp("Chỉ nhiệm vụ có hạn trước ngày này (YYYY-MM-DD).", valueName: "ngày"))
    var dueBefore: String?

    @Option(name: .customLong("due-after"), help: ArgumentHelp("Chỉ nhiệm vụ có hạn sau ngày này (YYYY-MM-DD).", valueName: "ngày"))
    var dueAfter: String?

    @Flag(name: .long, help: "Chỉ nhiệm vụ quá hạn (chưa xong, hạn trước hôm nay).")
    var overdue = false

    @Flag(name: .long, help: "In JSON: {\"schema\": 1, \"tasks\": [...]}, như tasks export --format json.")
    var json = false

    /// The `--status` values.
    enum ListStatus: String, CaseIterable, ExpressibleByArgument {
        case open, done, deleted, all

        var filterStatus: TaskFilter.Status {
            switch self {
            case .open: return .open
            case .done: return .done
            case .deleted: return .deleted
            case .all: return .active
            }
        }
    }

    func validate() throws {
        for (name, value) in [("--due-before", dueBefore), ("--due-after", dueAfter)] {
            if let value, CalendarDate(iso: value) == nil { throw ValidationError(Msg.cliBadDate(option: name, value: value)) }
        }
    }

    func run() throws {
        let workspace = try Workspace.orExit(common)
        var filter = TaskFilter(status: status.filterStatus, overdueOnly: overdue)
        if let unit {
            switch workspace.knowledge.units.resolve(unit) {
            case .known(let name): filter.unit = name
            case .unknown(let suggestions):
                throw CLIError.usage(Msg.cliUnknownUnit(unit, suggestions: suggestions))
            }
        }
        let today = common.todayDate
        guard workspace.storeExists else {
            // No store yet: nothing to list, and nothing is created.
            try Console.out(json ? "{\"schema\":\(TaskJSON.schema),\"tasks\":[]}" : Msg.taskStoreEmpty)
            return
        }
        do {
            let store = try workspace.openStoreForReading()
            let before = dueBefore.flatMap(CalendarDate.init(iso:))
            let after = dueAfter.flatMap(CalendarDate.init(iso:))
            let tasks = try store.tasks(matching: filter, today: today, limit: nil).filter { task in
                guard before != nil || after != nil else { return true }
                guard let due = task.due else { return false }
                return (before.map { due < $0 } ?? true) && (after.map { due > $0 } ?? true)
            }
            if json {
                try Console.bytes(Array(try store.json(for: tasks).utf8))
                return
            }
            let title = Msg.taskListTitle(kind: overdue ? "overdue" : filter.status.rawValue, days: nil, unit: filter.unit)
            guard !tasks.isEmpty else {
                try Console.out(Msg.taskListEmpty(title))
                return
            }
            let summary = TaskListSummary(tasks: tasks, today: today, soonDays: try workspace.taskVocabulary().list.soonDays)
            let document = AnswerDocument(title: Msg.taskListCount(title, count: tasks.count), blocks: [
                .paragraph(Msg.taskListSummary(total: summary.total, done: summary.done, overdue: summary.overdue,
                                               dueSoon: summary.dueSoon, soonDays: summary.soonDays)),
                .table(TaskTableBuilder.table(tasks, today: today)),
            ], source: Msg.taskSource)
            try Console.out(PlainRenderer.render(document))
        } catch let e as CLIError {
            throw CLIError.exit(e.message)
        } catch {
            throw CLIError.exit(TaskErrorWording.message(for: error))
        }
    }
}

/// `danvan tasks show 12`: one task in detail; status 1 when there is no such task.
struct TasksShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Xem chi tiết một nhiệm vụ theo số.",
                                                    discussion: "VÍ DỤ:\n  danvan tasks show 12")
    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Số của nhiệm vụ (Tab gợi ý các số đang mở).", valueName: "số"),
              completion: .custom(ShellCompletion.taskNumbers))
    var number: Int

    func run() throws {
        let workspace = try Workspace.orExit(common)
        guard workspace.storeExists else {
            Console.error(Msg.taskStoreEmpty)
            throw ExitCode(1)
        }
        do {
            let responder = TaskResponder(store: try workspace.openStoreForReading())
            let parse = TaskCommandParse(intent: .show, command: .success(.show(.number(number))))
            let response = responder.respond(to: parse, today: common.todayDate, user: workspace.user)
            let text = PlainRenderer.render(response.document)
            guard response.succeeded else {
                Console.error(text)
                throw ExitCode(1)
            }
            try Console.out(text)
        } catch let exit as ExitCode {
            throw exit
        } catch let e as CLIError {
            throw e
        } catch {
            throw CLIError.exit(TaskErrorWording.message(for: error))
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
