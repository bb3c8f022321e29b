import DanVanText
import Foundation

/// A drafted report, ready to be shown or written.
///
///     let draft = try drafter.draft(ReportRequest(unit: "Phòng Kinh tế", round: 2), storePath: path)
///     print(draft.markdown)
///     try draft.docx().write(to: url)
public enum ReportDraft: Equatable, Sendable {
    case unit(UnitReport)
    case compiled(CompiledReport)

    /// The blocks both writers render.
    public var layout: ReportLayout { ReportComposer.layout(self) }

    /// The whole draft as Markdown.
    public var markdown: String { MarkdownReportWriter.write(layout) }

    /// The whole draft as a .docx package.
    ///
    /// - Throws: A ZIP error if the package cannot be assembled.
    public func docx() throws -> Data { try DocxReportWriter.write(layout) }

    /// The draft as an Excel workbook: a compiled report's summary sheet and one sheet per unit, or a
    /// unit's own sheet.
    ///
    /// - Throws: A ZIP error if the package cannot be assembled.
    public func xlsx() throws -> Data {
        switch self {
        case .compiled(let r): return try XLSXWriter.write(ReportWorkbook.compiled(r))
        case .unit(let r): return try XLSXWriter.write([ReportWorkbook.unitSheet(r.unit, items: r.items)])
        }
    }

    /// A short answer for the REPL and `ask`: the period, the counts, a few tasks per group, and the
    /// command that writes the whole draft; kept under `ReportSummarizer.limit` characters.
    public func summary() -> AnswerDocument { ReportSummarizer.summary(self) }

    public var period: ReportPeriod {
        switch self {
        case .unit(let r): return r.period
        case .compiled(let r): return r.period
        }
    }
}
