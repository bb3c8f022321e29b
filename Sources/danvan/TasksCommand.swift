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
        subcommands: [TasksImport.self, TasksExport.self, TasksList.self])
}

struct TasksImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Nhập bảng nhiệm vụ: tệp CSV (UTF-8), bảng tính .xlsx, hoặc phụ lục của một kế hoạch.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Tệp CSV (cột STT, Nội dung nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành, Sản phẩm, Ghi chú), tệp .xlsx, hoặc kế hoạch .txt/.docx có bảng phụ lục.")
    var file: String?
    @Option(name: .long, help: "Số kế hoạch đã có trong thư viện (ví dụ 617): nhập bảng phụ lục của kế hoạch đó.")
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
                let store = try TaskStore(path: workspace.storePath)
                report = try store.importCSV(at: URL(fileURLWithPath: file), vocabulary: vocabulary, resolveUnit: resolve,
                                             today: common.todayDate, user: workspace.user)
            } else {
                let (rows, name) = try appendixRows(workspace)
                let store = try TaskStore(path: workspace.storePath)
                report = try store.importRows(rows, fileName: name, vocabulary: vocabulary, resolveUnit: resolve,
                                              today: common.todayDate, user: workspace.user)
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
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Xuất sổ theo dõi (csv, json, md).")
    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "Định dạng: csv, json, md.")
    var format: ExportFormat = .csv

    func run() throws {
        let workspace = try Workspace.orExit(common)
        do {
            // Reading never waits on another process's write lock: open read-only when the store is
            // current, and only set it up (locked) when it is not.
            let store = try (try? TaskStore(path: workspace.storePath, readOnly: true)) ?? TaskStore(path: workspace.storePath)
            try Console.data(try store.export(format: format, today: common.todayDate))
        } catch let e as ExitCode {
            throw e
        } catch {
            throw CLIError.exit(TaskErrorWording.message(for: error))
        }
    }
}

struct TasksList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê nhiệm vụ (như “danh sách nhiệm vụ”).")
    @OptionGroup var common: CommonOptions
    @Flag(name: .long, help: "In JSON như ask --json.")
    var json = false

    func run() throws {
        // The store's list, asked directly (not by composing a Vietnamese sentence for the engine).
        let workspace = try Workspace.orExit(common)
        let desk = StoreTaskDesk(path: workspace.storePath, user: workspace.user)
        let command = TaskCommandParse(intent: .list, command: .success(.list(TaskFilter())))
        let r = desk.perform(command, today: common.todayDate)
        try AnswerPrinter(json: json, explain: false)
            .print(Reply(intent: .task(r.intent), slots: r.slots, confidence: 1, document: r.document, tasks: r.tasks))
        if let problem = desk.openError { throw CLIError.exit(problem) }
    }
}

extension ExportFormat: ExpressibleByArgument {}
