import ArgumentParser
import DanVanAssistant
import DanVanText
import Foundation

/// `danvan report`: drafts a unit's report or the compiled report of a round, as Markdown or .docx.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Soạn dự thảo báo cáo kết quả (một đơn vị hoặc tổng hợp) từ sổ theo dõi nhiệm vụ.",
        discussion: Msg.cliExamplesReport)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Đơn vị báo cáo, ví dụ \"Phòng Kinh tế\" (gõ tắt được: \"phong kt\", \"vhxh\").", valueName: "đơn-vị"))
    var unit: String?

    @Option(name: .long, help: ArgumentHelp("Lần báo cáo (1, 2…). Mặc định: lần có hạn gần nhất chưa qua.", valueName: "lần"))
    var round: Int?

    @Flag(name: .long, help: "Báo cáo tổng hợp của đơn vị nhận báo cáo (bảng theo đơn vị, đơn vị chưa báo cáo).")
    var compiled = false

    @Option(name: .long, help: ArgumentHelp("Định dạng: md, docx hoặc xlsx. Mặc định: theo đuôi tệp --output, không có thì md.", valueName: "định-dạng"))
    var format: String?

    @OptionGroup var file: OutputFile

    func run() throws {
        let workspace = try Workspace.orExit(common)
        guard let plan = workspace.knowledge.defaultPlan else { throw CLIError.exit(ReportError.noPlan.message) }
        do {
            let chosen = try format.map(ReportFormat.parse) ?? file.path.flatMap(ReportFormat.init(path:)) ?? .md
            if chosen == .docx && file.path == nil { throw ReportError.docxNeedsOutput }
            if chosen == .xlsx && file.path == nil { throw CLIError.exit(Msg.xlsxNeedsOutput) }
            try file.check()
            let drafter = ReportDrafter(plan: plan, units: workspace.knowledge.units,
                                        carryOutOpenings: workspace.catalog.vocabulary.carryOutOpenings, today: common.todayDate)
            let chosenUnit = unit ?? (compiled ? nil : workspace.config.values["unit"])
            let values = workspace.config.values
            let signer = ReportSigner(onBehalf: values["signer_on_behalf"], position: values["signer_position"],
                                      name: values["signer_name"])
            let draft = try drafter.draft(ReportRequest(unit: chosenUnit, round: round, compiled: compiled, signer: signer),
                                          storePath: workspace.storePath, opener: workspace.storeOpener)
            guard let output = file.path else {
                try Console.out(draft.markdown, terminator: "")
                return
            }
            let data = switch chosen {
            case .docx: try draft.docx()
            case .xlsx: try draft.xlsx()
            case .md: Data(draft.markdown.utf8)
            }
            try file.write(data, to: output, then: Msg.reportWritten(output))
        } catch let error as ReportError {
            throw CLIError.exit(error.message)
        }
    }
}
