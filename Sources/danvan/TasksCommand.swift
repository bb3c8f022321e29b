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
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Nhập bảng nhiệm vụ từ tệp CSV (UTF-8).")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Tệp CSV (cột STT, Nội dung nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành, Sản phẩm, Ghi chú).")
    var file: String

    func run() throws {
        let workspace = try Workspace.orExit(common)
        do {
            let vocabulary = try workspace.taskVocabulary()
            let store = try TaskStore(path: workspace.storePath)
            let units = workspace.knowledge.units
            let report = try store.importCSV(at: URL(fileURLWithPath: file), vocabulary: vocabulary, resolveUnit: { text in
                switch units.resolve(text) {
                case .known(let n): return .known(n)
                case .unknown(let s): return .unknown(suggestions: s)
                }
            }, today: common.todayDate, user: workspace.user)
            print(PlainRenderer.render(TaskResponder.document(for: report)))
        } catch let e as CLIError {
            throw CLIError.exit(e.message)
        } catch {
            throw CLIError.exit(TaskErrorWording.message(for: error))
        }
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
            let store = try TaskStore(path: workspace.storePath)
            print(try store.export(format: format, today: common.todayDate), terminator: "")
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
        AnswerPrinter(json: json, explain: false)
            .print(Reply(intent: .task(r.intent), slots: r.slots, confidence: 1, document: r.document, tasks: r.tasks))
    }
}

extension ExportFormat: ExpressibleByArgument {}
