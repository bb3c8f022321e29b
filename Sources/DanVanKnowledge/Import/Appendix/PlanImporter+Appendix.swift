import Foundation
import ZIPFoundation

extension PlanImporter {
    /// The plan with the rows of its appendix tables: the `.docx`'s own tables (`w:tbl`) when `data` is
    /// a Word package, else the tab-separated tables of its text.
    func withAppendix(_ plan: Plan, text: String, data: Data?) -> Plan {
        var plan = plan
        plan.appendix = appendixReader.rows(in: Self.blocks(text: text, data: data))
        return plan
    }

    /// Paragraphs and tables of a plan, in reading order.
    static func blocks(text: String, data: Data?) -> [PlanBlock] {
        if let data, data.starts(with: [0x50, 0x4B]), let archive = try? Archive(data: data, accessMode: .read),
           let entry = archive["word/document.xml"] {
            var bytes: [UInt8] = []
            if (try? archive.extract(entry, skipCRC32: true, consumer: { bytes.append(contentsOf: $0) })) != nil {
                return DocxTableReader.blocks(of: bytes)
            }
        }
        return TabTableScanner.blocks(of: text)
    }

    /// The task rows of an appendix file: an Excel workbook (`.xlsx`; the first sheet with a task header),
    /// or a plan (`.txt`, `.docx`) whose appendix is read.
    ///
    ///     let (plan, rows) = try importer.appendix(ofFile: URL(fileURLWithPath: "phu-luc.xlsx"))
    ///     plan    // nil: a workbook on its own names no plan
    ///
    /// - Throws: `ImportError` for a file that cannot be read or is not a plan; `AppendixError` for a
    ///   broken workbook or when no task table is found.
    public func appendix(ofFile url: URL) throws -> (plan: Plan?, rows: [AppendixRow]) {
        let name = url.lastPathComponent
        if url.pathExtension.lowercased() == "xlsx" {
            guard FileManager.default.fileExists(atPath: url.path) else { throw ImportError.fileNotFound(path: url.path) }
            guard let data = FileManager.default.contents(atPath: url.path) else { throw ImportError.unreadable(path: url.path) }
            guard !data.isEmpty else { throw ImportError.empty(name: name) }
            let sheets = try XlsxReader.sheets(of: data, name: name)
            guard let sheet = sheets.first(where: { appendixReader.header(of: $0) != nil }) else {
                throw AppendixError.noTaskTable(name: name)
            }
            let rows = appendixReader.rows(in: [sheet])
            if rows.isEmpty { throw AppendixError.noTaskTable(name: name) }
            return (nil, rows)
        }
        let plan = try importFile(at: url)
        if plan.appendix.isEmpty { throw AppendixError.noTaskTable(name: name) }
        return (plan, plan.appendix)
    }
}
