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
            try Console.out(PlainRenderer.render(TaskResponder.document(for: report)))
        } catch let e as CLIError {
            throw CLIError.exit(e.message)
        } catch let e as ExitCode {
            throw e
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
        try AskCommand.answer(question: ["danh sách nhiệm vụ"], common: common, json: json, explain: false)
    }
}

extension ExportFormat: ExpressibleByArgument {}
