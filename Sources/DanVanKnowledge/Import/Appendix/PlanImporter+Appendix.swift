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
        if let data, data.starts(with: [0x50, 0x4B]), let archive = ZipReader.archive(data),
           let entry = archive["word/document.xml"] {
            var bytes: [UInt8] = []
            if (try? archive.extract(entry, skipCRC32: true, consumer: { bytes.append(contentsOf: $0) })) != nil {
                return DocxTableReader.blocks(of: bytes)
            }
        }
        return TabTableScanner.blocks(of: text)
    }

    /// The plan with the appendix of the workbook of the same name beside it ("ke-hoach-617.txt" and
    /// "ke-hoach-617.xlsx": offices keep the appendix in Excel), when its own text has no task table.
    ///
    /// - Throws: `AppendixError` when that workbook is broken or has no task table.
    func withWorkbookBeside(_ plan: Plan, planURL: URL) throws -> Plan {
        guard plan.appendix.isEmpty, planURL.pathExtension.lowercased() != "xlsx" else { return plan }
        let base = planURL.deletingPathExtension()
        guard let workbook = ["xlsx", "XLSX"].map(base.appendingPathExtension).first(where: { FileManager.default.fileExists(atPath: $0.path) })
        else { return plan }
        var plan = plan
        plan.appendix = try workbookRows(at: workbook)
        return plan
    }

    /// The task rows of the first sheet of a workbook that has a task header.
    func workbookRows(at url: URL) throws -> [AppendixRow] {
        let name = url.lastPathComponent
        let data = try Self.boundedContents(of: url)
        guard !data.isEmpty else { throw ImportError.empty(name: name) }
        let sheets = try XlsxReader.sheets(of: data, name: name)
        guard let sheet = sheets.first(where: { appendixReader.header(of: $0) != nil }) else {
            throw AppendixError.noTaskTable(name: name)
        }
        let rows = appendixReader.rows(in: [sheet])
        if rows.isEmpty { throw AppendixError.noTaskTable(name: name) }
        return rows
    }

    /// The task rows of an appendix file: an Excel workbook (`.xlsx`; the first sheet with a task header),
    /// or a plan (`.txt`, `.docx`) whose appendix is read (its own tables, else the workbook beside it), or
    /// a text or Word file holding only the table.
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
            return (nil, try workbookRows(at: url))
        }
        let plan: Plan
        do {
            plan = try importFile(at: url)
        } catch ImportError.notAPlan {
            // Not a plan but maybe the table alone (a tab-separated appendix saved as text): every task table of it.
            guard let data = try? Self.boundedContents(of: url),
                  let text = try? PlanTextReader.text(of: data, name: name) else { throw ImportError.notAPlan(name: name) }
            let grids = Self.blocks(text: text, data: data).compactMap { block -> TableGrid? in
                if case .table(let grid) = block { return grid }
                return nil
            }
            let rows = appendixReader.rows(in: grids)
            if rows.isEmpty { throw AppendixError.noTaskTable(name: name) }
            return (nil, rows)
        }
        if plan.appendix.isEmpty { throw AppendixError.noTaskTable(name: name) }
        return (plan, plan.appendix)
    }
}
