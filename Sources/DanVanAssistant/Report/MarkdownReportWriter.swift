import DanVanText

/// Renders a report layout as Markdown (CommonMark with GitHub tables), readable as plain text too.
///
///     MarkdownReportWriter.write(ReportLayout(blocks: [.title("BÁO CÁO")]))   // "# BÁO CÁO\n"
enum MarkdownReportWriter {
    /// Two trailing spaces: a hard line break inside a paragraph.
    static let lineBreak = "  \n"

    static func write(_ layout: ReportLayout) -> String {
        layout.blocks.map(block).joined(separator: "\n\n") + "\n"
    }

    static func block(_ block: ReportLayout.Block) -> String {
        switch block {
        case .header(let h):
            let left = [h.authority] + (h.office.map { ["**\($0)**"] } ?? []) + [h.numberLine]
            let right = ["**\(Msg.reportNationalName)**", "**\(Msg.reportMotto)**", "*\(h.placeDate)*"]
            return left.joined(separator: lineBreak) + "\n\n" + right.joined(separator: lineBreak)
        case .title(let s): return "# \(s)"
        case .subject(let s): return "**\(s)**"
        case .heading(let s): return "## \(s)"
        case .subheading(let s): return "### \(s)"
        case .minorHeading(let s): return "#### \(s)"
        case .paragraph(let s): return s
        case .item(let s, let details):
            return (["- \(s)"] + details.map { "  \($0)" }).joined(separator: lineBreak)
        case .placeholder(let s): return "*\(s)*"
        case .table(let headers, let rows):
            let line = { (cells: [String]) in "| " + cells.map(cell).joined(separator: " | ") + " |" }
            return ([line(headers), line(headers.map { _ in "---" })] + rows.map(line)).joined(separator: "\n")
        case .closing(let recipients, let signature):
            return "**\(Msg.reportRecipientsLabel)**\n\n" + recipients.joined(separator: "\n") + "\n\n"
                + signature.lines.map { "**\($0)**" }.joined(separator: "\n") + "\n\n*\(Msg.reportSignHere)*\n\n**\(signature.signedName)**"
        }
    }

    /// A table cell: pipes escaped, line breaks flattened.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
