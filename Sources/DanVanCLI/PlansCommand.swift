import ArgumentParser
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// `danvan import FILE [--check]`: reads a plan (text or .docx) and stores it in the user's library.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Nhập một kế hoạch (văn bản hoặc .docx).")
    @OptionGroup var common: CommonOptions
    @Flag(name: .long, help: "Chỉ in những gì đọc được, không lưu.")
    var check = false
    @Flag(name: .long, help: "Kho dùng chung PostgreSQL: kế hoạch chung cho mọi xã của thành phố (chỉ quản trị viên).")
    var city = false
    @Argument(help: ArgumentHelp("Tệp kế hoạch: .txt (UTF-8) hoặc .docx.", valueName: "tệp"))
    var files: [String]

    func run() throws {
        let workspace = try Workspace.orExit(common)
        guard let data = workspace.locator.dataDirectory else { throw CLIError.exit(Msg.dataFolderMissing) }
        let importer: PlanImporter
        do { importer = try PlanImporter(dataDirectory: data) } catch { throw CLIError.exit(Self.describe(error)) }
        let library = PlanLibrary(directory: workspace.locator.userPlansDirectory, cacheDirectory: DecodingCache.shared.directory)
        // With a PostgreSQL store the plan goes to the shared library (the commune's, or the city's with --city).
        if city && !workspace.storeOpener.isServer { throw CLIError.usage(Msg.sharedPlanCityNeedsServer) }
        let shared = workspace.storeOpener.isServer && !check ? try workspace.sharedPlans() : nil
        try shared?.checkScope(city: city)
        var failed = false
        for file in files {
            do {
                let plan = try importer.importFile(at: URL(fileURLWithPath: file))
                if check {
                    try Console.out(PlainRenderer.render(PlanCheckReport.document(for: plan)))
                    continue
                }
                let replaced = try shared.map { try $0.save(plan, city: city) } ?? library.save(plan)
                let name = Msg.planName(number: plan.number, issuerShort: plan.issuer)
                try Console.out(Msg.planImported(name, title: plan.title, replaced: replaced.count))
                if let shared { try Console.out(Msg.sharedPlanImported(commune: city ? nil : shared.commune)) }
            } catch let error as ExitCode {
                throw error
            } catch {
                Console.error("\(file): \(Self.describe(error))")
                failed = true
            }
        }
        if !check && !failed { try Console.out(Msg.planImportedHint) }
        if failed { throw ExitCode(2) }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let e as ImportError: return e.message
        case let e as LibraryError: return e.message
        case let e as KnowledgeError: return Workspace.describe(e)
        case let e as WordedTaskError: return e.wording
        default: return "\(error)"
        }
    }
}

/// `danvan plans list|remove`: the plans danvan knows.
struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plans", abstract: "Danh sách kế hoạch; xóa một kế hoạch đã nhập.",
                                                    subcommands: [PlansList.self, PlansRemove.self], defaultSubcommand: PlansList.self)
}

struct PlansList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Liệt kê các kế hoạch.")
    @OptionGroup var common: CommonOptions

    func run() throws {
        let workspace = try Workspace.orExit(common)
        let kb = workspace.knowledge
        guard !kb.summaries.isEmpty else { try Console.out(Msg.plansEmpty); return }
        let rows = kb.summaries.map { p in
            [p.id, p.number ?? "—", p.date?.display ?? "—", p.issuer, p.imported ? Msg.plansImported : Msg.plansBuiltIn]
        }
        try Console.out(PlainRenderer.render(AnswerDocument(title: Msg.planListTitle, blocks: [.table(.init(headers: Msg.plansHeaders, rows: rows))])))
    }
}

struct PlansRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Xóa một kế hoạch đã nhập (theo mã hoặc số).")
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp("Mã (id) hoặc số, ký hiệu của kế hoạch, ví dụ 308/KH-UBND.", valueName: "kế-hoạch"))
    var reference: String

    func run() throws {
        let workspace = try Workspace.orExit(common)
        do {
            if workspace.storeOpener.isServer {
                let removed = try workspace.sharedPlans().remove(reference)
                try Console.out(Msg.planRemoved(Msg.planName(number: removed.number, issuerShort: removed.issuer)))
                return
            }
            let plan = try PlanLibrary(directory: workspace.locator.userPlansDirectory, cacheDirectory: DecodingCache.shared.directory).remove(reference)
            try Console.out(Msg.planRemoved(Msg.planName(number: plan.number, issuerShort: plan.issuer)))
        } catch let error as ExitCode {
            throw error
        } catch {
            throw CLIError.exit(ImportCommand.describe(error))
        }
    }
}
