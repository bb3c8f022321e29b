import DanVanAssistant
import DanVanTasks
import DanVanText
import Foundation
import XCTest
import ZIPFoundation

/// `tasks export --format xlsx` and `report --compiled --format xlsx`, read back by an independent
/// reader (Python's openpyxl, installed with pip when missing; skipped with a notice otherwise).
final class XlsxOutputTests: XCTestCase {
    /// The built danvan (skipped when it was not built).
    private func run(_ args: [String]) throws -> (out: String, err: String, status: Int32) {
        try BuiltDanvan.run(args, in: self)
    }

    static let reader = #"""
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    def value(v):
        if isinstance(v, datetime.datetime): return 'date:' + v.date().isoformat()
        if isinstance(v, float) and v.is_integer(): return int(v)
        return v
    rows = [[value(c.value) for c in row] for row in ws.iter_rows()]
    widths = {k: ws.column_dimensions[k].width for k in ['A', 'B']}
    out.append({'name': ws.title, 'rows': rows, 'filter': ws.auto_filter.ref, 'freeze': ws.freeze_panes,
                'widths': widths, 'headerBold': bool(ws['A1'].font.b), 'dateFormat': next((c.number_format for row in ws.iter_rows() for c in row if c.is_date), None)})
print(json.dumps(out, ensure_ascii=False))
"""#

    private func requireOpenpyxl() throws {
        func importable() -> Bool { (try? python(["-c", "import openpyxl"]))?.status == 0 }
        if importable() { return }
        _ = try? python(["-m", "pip", "install", "--quiet", "--user", "openpyxl"])
        guard importable() else {
            print("NOTICE: openpyxl cannot be installed; skipping the independent .xlsx check.")
            throw XCTSkip("openpyxl unavailable")
        }
    }

    private func python(_ arguments: [String]) throws -> (out: String, err: String, status: Int32) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self), p.terminationStatus)
    }

    private func read(_ file: URL) throws -> [[String: Any]] {
        let r = try python(["-c", Self.reader, file.path])
        XCTAssertEqual(r.status, 0, r.err)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
    }

    func testTasksExportReadsBackWithTheSameRowsAndRealDates() throws {
        try requireOpenpyxl()
        let f = try ReportFixture(self)
        let file = try ReportFixture.folder(self).appendingPathComponent("so-theo-doi.xlsx")
        let r = try run(["tasks", "export", "--store", f.path, "--today", "2025-12-05", "--format", "xlsx", "--output", file.path])
        XCTAssertEqual(r.status, 0, r.err)
        let sheets = try read(file)
        XCTAssertEqual(sheets.count, 1)
        let sheet = sheets[0]
        let rows = try XCTUnwrap(sheet["rows"] as? [[Any]])
        XCTAssertEqual(rows[0].compactMap { $0 as? String }, Msg.taskExportHeaders)
        XCTAssertEqual(rows.count, 1 + 11)   // every task not deleted
        XCTAssertEqual(sheet["filter"] as? String, "A1:J12")
        XCTAssertEqual(sheet["freeze"] as? String, "A2")
        XCTAssertEqual(sheet["headerBold"] as? Bool, true)
        XCTAssertEqual(sheet["dateFormat"] as? String, "dd/mm/yyyy")
        XCTAssertEqual((sheet["widths"] as? [String: Double])?["B"], 50)
        // The CSV export is the reference: same titles, units and dates, row by row.
        let csv = try run(["tasks", "export", "--store", f.path, "--today", "2025-12-05", "--format", "csv"])
        let csvRows = csv.out.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }.dropFirst()
        XCTAssertEqual(csvRows.count, rows.count - 1)
        let tricky = try XCTUnwrap(rows.first { ($0[1] as? String) == "Tập huấn <an toàn> & vệ sinh" })
        XCTAssertEqual(tricky[4] as? String, "date:2025-12-25")
        let done = try XCTUnwrap(rows.first { ($0[1] as? String) == "Rà soát hộ nghèo" })
        XCTAssertEqual(done[4] as? String, "date:2025-08-30")
        XCTAssertEqual(done[8] as? String, "date:2025-09-02")
        XCTAssertEqual(done[0] as? Int, f.ids["doneRound1"])
        let undated = try XCTUnwrap(rows.first { ($0[1] as? String) == "Theo dõi chợ tạm" })
        XCTAssertTrue(undated[4] is NSNull)
    }

    /// LibreOffice, a second independent reader: the sheet it saves as CSV is the CSV export, cell for
    /// cell (dates shown as dd/mm/yyyy).
    func testLibreOfficeReadsTheTasksSheetAsTheCSVExport() throws {
        let office = try LibreOffice.require(pdftotext: false)
        let f = try ReportFixture(self)
        try f.store.add(TaskDraft(title: "Báo cáo tháng", unit: "Phòng Kinh tế", due: ReportFixture.day("2025-12-15"),
                                  recurrence: TaskRecurrence(rule: "monthly:15")), user: "test", at: ReportFixture.at("2025-08-15"))
        let folder = try ReportFixture.folder(self)
        let file = folder.appendingPathComponent("so-theo-doi.xlsx")
        let r = try run(["tasks", "export", "--store", f.path, "--today", "2025-12-05", "--format", "xlsx", "--output", file.path])
        XCTAssertEqual(r.status, 0, r.err)
        // 44: comma, 34: double quote, 76: UTF-8.
        let converted = try office.convert(file, to: "csv:Text - txt - csv (StarCalc):44,34,76", extension: "csv", in: folder)
        let reference = folder.appendingPathComponent("xuat.csv")
        let csv = try run(["tasks", "export", "--store", f.path, "--today", "2025-12-05", "--format", "csv", "--output", reference.path])
        XCTAssertEqual(csv.status, 0, csv.err)
        let parse = "import csv, sys, json; print(json.dumps([r for r in csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')) if r]))"
        func rows(_ url: URL) throws -> [[String]] {
            let out = try python(["-c", parse, url.path])
            XCTAssertEqual(out.status, 0, out.err)
            return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out.out.utf8)) as? [[String]])
        }
        let fromLibreOffice = try rows(converted), fromCSV = try rows(reference)
        XCTAssertEqual(fromLibreOffice.count, 1 + 12)
        XCTAssertEqual(fromLibreOffice, fromCSV)
        XCTAssertTrue(fromLibreOffice.contains { $0.first { $0 == "Báo cáo tháng" } != nil && $0.last == "ngày 15 hằng tháng" },
                      "the recurrence column")
        XCTAssertTrue(fromLibreOffice.contains { $0.contains("25/12/2025") }, "dates as the office reads them")
    }

    func testCompiledReportHasASummaryAndOneSheetPerUnit() throws {
        try requireOpenpyxl()
        let f = try ReportFixture(self)
        let file = try ReportFixture.folder(self).appendingPathComponent("tong-hop.xlsx")
        let r = try run(["report", "--store", f.path, "--today", "2025-12-05", "--compiled", "--round", "2", "--format", "xlsx", "--output", file.path])
        XCTAssertEqual(r.status, 0, r.err)
        let sheets = try read(file)
        let names = sheets.compactMap { $0["name"] as? String }
        XCTAssertEqual(names.first, "Tổng hợp")
        XCTAssertTrue(names.contains("Phòng Kinh tế"), "\(names)")
        XCTAssertTrue(names.contains("Phòng Văn hóa - Xã hội"), "\(names)")
        let summary = try XCTUnwrap(sheets.first?["rows"] as? [[Any]])
        XCTAssertEqual(summary[0].compactMap { $0 as? String }, Msg.reportCompiledHeaders)
        XCTAssertEqual(summary.last?[1] as? String, "Tổng cộng")
        // Each unit's row count matches its sheet's rows.
        for row in summary.dropFirst().dropLast() {
            guard let unit = row[1] as? String, let count = row[2] as? Int,
                  let sheet = sheets.first(where: { $0["name"] as? String == unit }) else { continue }
            XCTAssertEqual((sheet["rows"] as? [[Any]])?.count, count + 1, unit)
        }
        let economy = try XCTUnwrap(sheets.first { $0["name"] as? String == "Phòng Kinh tế" }?["rows"] as? [[Any]])
        let late = try XCTUnwrap(economy.first { ($0[1] as? String) == "Kiểm tra an toàn thực phẩm" })
        XCTAssertEqual(late[3] as? String, "date:2025-11-20")
        XCTAssertEqual(late[5] as? String, "date:2025-12-02")
        XCTAssertTrue((late[4] as? String)?.contains("trễ hạn") == true, "\(late)")
        let onTime = try XCTUnwrap(economy.first { ($0[1] as? String) == "Khảo sát chợ" })
        XCTAssertFalse((onTime[4] as? String)?.contains("trễ hạn") == true, "\(onTime)")
    }

    /// The compiled workbook as LibreOffice reads it, every sheet: the summary's counts are the unit
    /// sheets' rows, dates read as dd/mm/yyyy, the late completion marked.
    func testLibreOfficeReadsEverySheetOfTheCompiledReport() throws {
        let office = try LibreOffice.require(pdftotext: false)
        let f = try ReportFixture(self)
        let folder = try ReportFixture.folder(self)
        let file = folder.appendingPathComponent("tong-hop.xlsx")
        let r = try run(["report", "--store", f.path, "--today", "2025-12-05", "--compiled", "--round", "2", "--format", "xlsx", "--output", file.path])
        XCTAssertEqual(r.status, 0, r.err)
        let sheets = try office.sheets(of: file, in: folder)
        let summary = try XCTUnwrap(sheets[Msg.xlsxSummarySheet], "\(sheets.keys)")
        XCTAssertEqual(summary.first, Msg.reportCompiledHeaders)
        var units = 0
        for row in summary.dropFirst().dropLast() {
            let sheet = try XCTUnwrap(sheets[row[1]], row[1])
            XCTAssertEqual(sheet.count - 1, Int(row[2]), row[1])
            units += 1
        }
        XCTAssertEqual(sheets.count, units + 1)
        let economy = try XCTUnwrap(sheets["Phòng Kinh tế"])
        let late = try XCTUnwrap(economy.first { $0[1] == "Kiểm tra an toàn thực phẩm" })
        XCTAssertEqual(late[3], "20/11/2025")
        XCTAssertEqual(late[5], "02/12/2025")
        XCTAssertTrue(late[4].contains("trễ hạn"), "\(late)")
    }

    func testXMLIsEscapedDatesAreSerialsAndSheetNamesAreSafe() throws {
        let sheet = Worksheet(name: "a/b:c", columns: [.init("Nội dung", width: 10), .init("Hạn", width: 12)],
                              rows: [[.text("A & <B> \"C\""), .date(CalendarDate(iso: "2024-02-29")!)]])
        let data = try XLSXWriter.write([sheet])
        let archive = try Archive(data: data, accessMode: .read)
        var xml = Data()
        _ = try archive.extract(try XCTUnwrap(archive["xl/worksheets/sheet1.xml"])) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        XCTAssertTrue(text.contains("A &amp; &lt;B&gt; &quot;C&quot;"), text)
        XCTAssertTrue(text.contains("<v>45351</v>"), text)   // Excel's serial of 29/02/2024
        XCTAssertTrue(text.contains("<autoFilter ref=\"A1:B2\"/>"), text)
        var workbook = Data()
        _ = try archive.extract(try XCTUnwrap(archive["xl/workbook.xml"])) { workbook.append($0) }
        XCTAssertTrue(String(decoding: workbook, as: UTF8.self).contains("name=\"a-b-c\""))
        XCTAssertEqual(XLSXWriter.serial(CalendarDate(iso: "1900-03-01")!), 61)
    }
}
