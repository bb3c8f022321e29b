import DanVanKnowledge
import DanVanText
import Foundation
import XCTest
import ZIPFoundation

/// Size limits on plan import (zip bombs, runaway text) and UTF-16 without a byte-order mark.
final class ImportLimitsTests: XCTestCase {
    /// A .docx whose `word/document.xml` is `size` bytes of one repeated paragraph, streamed.
    static func bomb(size: Int) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let unit = Data(String(repeating: "<w:p><w:r><w:t>a</w:t></w:r></w:p>", count: 1000).utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { position, chunk in
            let start = Int(position) % unit.count
            var out = Data()
            while out.count < chunk { out.append(unit[(unit.startIndex + start)...].prefix(chunk - out.count)); if out.count < chunk { out.append(unit.prefix(chunk - out.count)) } }
            return out.prefix(chunk)
        }
        return archive.data!
    }

    /// The same zip, its central directory claiming `declared` bytes for every entry.
    static func lying(_ zip: Data, declared: UInt32) -> Data {
        var bytes = [UInt8](zip)
        var i = 0
        while i + 46 <= bytes.count {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x01, bytes[i + 3] == 0x02 {
                withUnsafeBytes(of: declared.littleEndian) { for k in 0..<4 { bytes[i + 24 + k] = $0[k] } }
                i += 46
            } else {
                i += 1
            }
        }
        return Data(bytes)
    }

    func assertTooLarge(_ data: Data, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try TestSupport.importer.importData(data, fileName: "bom.docx"), file: file, line: line) {
            guard case .docxTooLarge(let name, let part, _, _)? = $0 as? ImportError else {
                return XCTFail("\($0)", file: file, line: line)
            }
            XCTAssertEqual(name, "bom.docx", file: file, line: line)
            XCTAssertEqual(part, "word/document.xml", file: file, line: line)
            XCTAssertTrue(($0 as? ImportError)?.message.contains("20 MB") ?? false, file: file, line: line)
        }
    }

    func testDeclaredHugeXMLIsRefusedBeforeInflating() throws {
        let zip = try Self.bomb(size: 64 * 1024 * 1024)
        XCTAssertLessThan(zip.count, 1024 * 1024, "the bomb is small on disk")
        assertTooLarge(zip)
    }

    func testHighRatioUnderTheSizeLimitIsRefused() throws {
        assertTooLarge(try Self.bomb(size: 5 * 1024 * 1024))
    }

    func testAZipThatLiesAboutItsSizeIsStoppedWhileStreaming() throws {
        let lying = Self.lying(try Self.bomb(size: 64 * 1024 * 1024), declared: 1000)
        guard let archive = try? Archive(data: lying, accessMode: .read), let entry = archive["word/document.xml"] else {
            throw XCTSkip("ZIPFoundation refuses the patched directory")
        }
        XCTAssertEqual(entry.uncompressedSize, 1000)
        assertTooLarge(lying)
    }

    /// An `.xlsx` holding only a sheet of `size` bytes of one repeated row (the reader finds the sheet
    /// by its path when the workbook part is missing).
    static func workbookBomb(size: Int) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let unit = Data(String(repeating: "<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>", count: 1000).utf8)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(size),
                             compressionMethod: .deflate) { position, chunk in
            var out = Data()
            var at = Int(position) % unit.count
            while out.count < chunk {
                let piece = unit[(unit.startIndex + at)...].prefix(chunk - out.count)
                out.append(piece)
                at = 0
            }
            return out
        }
        return archive.data!
    }

    /// The `.xlsx` reader has the `.docx` reader's limits: a part declared huge, or inflating past the
    /// ratio, or lying about its size, is refused naming the part — before memory grows.
    func testXlsxBombsAreRefusedNamingThePart() throws {
        let huge = try Self.workbookBomb(size: 64 * 1024 * 1024)
        XCTAssertLessThan(huge.count, 1024 * 1024, "the bomb is small on disk")
        let dense = try Self.workbookBomb(size: 5 * 1024 * 1024)
        for data in [huge, dense, Self.lying(huge, declared: 1000)] {
            XCTAssertThrowsError(try XlsxReader.sheets(of: data, name: "bom.xlsx")) {
                guard case .docxTooLarge(let name, let part, _, _)? = $0 as? ImportError else { return XCTFail("\($0)") }
                XCTAssertEqual(name, "bom.xlsx")
                XCTAssertEqual(part, "xl/worksheets/sheet1.xml")
            }
        }
        // Under the limits a sheet of the same rows (200 KB, well formed) is read.
        let rows = String(repeating: "<row><c t=\"inlineStr\"><is><t>a</t></is></c></row>", count: 4000)
        let sheet = Data(("<worksheet><sheetData>" + rows + "</sheetData></worksheet>").utf8)
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(sheet.count),
                             compressionMethod: .deflate) { p, n in sheet.subdata(in: Int(p)..<(Int(p) + n)) }
        let grids = try XlsxReader.sheets(of: try XCTUnwrap(archive.data), name: "nho.xlsx")
        XCTAssertEqual(grids.first?.rows.count, 4000)
    }

    /// A sheet whose element names are not valid UTF-8 made Foundation's XMLParser trap (found by
    /// fuzzing the `.xlsx` reader): now the invalid bytes are replaced and the sheet is read or refused.
    func testInvalidUTF8InASheetDoesNotCrash() throws {
        for broken: [UInt8] in [[0xC1, 0xC3], [0xFF], [0xE1, 0xBB]] {
            var sheet = Array("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>Họp</t></is></c></row><".utf8)
            sheet += broken + Array("/row></sheetData></worksheet>".utf8)
            let data = Data(sheet)
            let archive = try Archive(data: Data(), accessMode: .create)
            try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { p, n in data.subdata(in: Int(p)..<(Int(p) + n)) }
            do {
                _ = try XlsxReader.sheets(of: try XCTUnwrap(archive.data), name: "hong.xlsx")
            } catch let error as AppendixError {
                XCTAssertEqual(error, .xlsxBadXML(name: "hong.xlsx", part: "xl/worksheets/sheet1.xml"))
            }
        }
    }

    /// A zip whose central directory (or an entry) lies past the end of the file made ZIPFoundation's
    /// in-memory reader trap: `danvan import x.docx` and `danvan tasks import x.xlsx` crashed on a file
    /// of a few hundred bytes (found by fuzzing). Now it is refused as broken, and the private
    /// temporary copy the reader works on is gone afterwards.
    func testAZipPointingPastItsEndIsRefusedWithoutACrash() throws {
        let temporary = FileManager.default.temporaryDirectory.path
        let before = try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix("danvan-zip-") }.count
        let small = try Self.workbookBomb(size: 2_000)
        for shift in [5_000, 1 << 30] {
            var bytes = [UInt8](small)
            let eocd = try XCTUnwrap((0...(bytes.count - 4)).last { bytes[$0..<($0 + 4)].elementsEqual([0x50, 0x4B, 0x05, 0x06]) })
            withUnsafeBytes(of: UInt32(bytes.count + shift).littleEndian) { for k in 0..<4 { bytes[eocd + 16 + k] = $0[k] } }
            let data = Data(bytes)
            XCTAssertThrowsError(try XlsxReader.sheets(of: data, name: "hong.xlsx")) {
                XCTAssertNotNil($0 as? AppendixError, "\($0)")
            }
            XCTAssertThrowsError(try DocxTextExtractor.text(of: data, name: "hong.docx")) {
                XCTAssertNotNil($0 as? ImportError, "\($0)")
            }
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: temporary).filter { $0.hasPrefix("danvan-zip-") }.count
        XCTAssertEqual(after, before, "temporary copies left in \(temporary)")
    }

    /// Hostile cell references (found by fuzzing): a long run of column letters overflowed `Int`, a row
    /// number near `Int.max` overflowed the next row's number, a merge down to Excel's last row or a cell
    /// in column XFD would make a million rows or 16,384-cell rows. Each is read within bounds.
    func testHostileReferencesStayWithinBounds() throws {
        let letters = String(repeating: "A", count: 40)
        let sheet = Data(("<worksheet><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nội dung</t></is></c><c r=\"\(letters)1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
            + "<row r=\"9223372036854775807\"><c t=\"inlineStr\"><is><t>a</t></is></c></row><row><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
            + "<row r=\"3\"><c r=\"XFD3\" t=\"inlineStr\"><is><t>xa</t></is></c></row>"
            + "</sheetData><mergeCells><mergeCell ref=\"A1:A1048576\"/></mergeCells></worksheet>").utf8)
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(sheet.count),
                             compressionMethod: .deflate) { p, n in sheet.subdata(in: Int(p)..<(Int(p) + n)) }
        let grid = try XCTUnwrap(try XlsxReader.sheets(of: try XCTUnwrap(archive.data), name: "la.xlsx").first)
        XCTAssertLessThan(grid.rows.count, 10, "no million rows from the merge")
        XCTAssertTrue(grid.rows.allSatisfy { $0.cells.count <= 256 }, "rows stay narrow")
        XCTAssertEqual(grid.rows.first?.cells.first, "Nội dung")
    }

    /// A workbook (or a plan) is read only from a regular file within the size limit: a FIFO under its
    /// name is refused at once instead of blocking, an oversized file before it is read.
    func testWorkbookFilesAreBoundedAndRegular() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("lon.xlsx")
        XCTAssertTrue(FileManager.default.createFile(atPath: big.path, contents: Data("PK".utf8)))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(ImportLimits.fileBytes + 1))
        try handle.close()
        XCTAssertThrowsError(try TestSupport.importer.appendix(ofFile: big)) {
            XCTAssertEqual($0 as? ImportError, .tooLarge(name: "lon.xlsx", limit: "20 MB"))
        }
        for name in ["ong.xlsx", "ong.txt"] {
            let fifo = folder.appendingPathComponent(name)
            XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
            let started = Date()
            XCTAssertThrowsError(try TestSupport.importer.appendix(ofFile: fifo)) {
                XCTAssertEqual($0 as? ImportError, .unreadable(path: fifo.path), name)
            }
            XCTAssertLessThan(Date().timeIntervalSince(started), 2, "\(name): did not block")
        }
    }

    func testTextFileOverTheLimitIsRefusedBeforeReading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("lon.txt")
        XCTAssertTrue(FileManager.default.createFile(atPath: big.path, contents: Data("KẾ HOẠCH\n".utf8)))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(ImportLimits.fileBytes + 1))  // sparse: no disk used
        try handle.close()
        XCTAssertThrowsError(try TestSupport.importer.importFile(at: big)) {
            XCTAssertEqual($0 as? ImportError, .tooLarge(name: "lon.txt", limit: "20 MB"))
            XCTAssertTrue(($0 as? ImportError)?.message.contains("quá lớn") ?? false)
        }
        XCTAssertThrowsError(try TestSupport.importer.importData(Data(count: ImportLimits.fileBytes + 1), fileName: "x.txt")) {
            XCTAssertEqual($0 as? ImportError, .tooLarge(name: "x.txt", limit: "20 MB"))
        }
    }

    func testUTF16WithoutBOMIsReadInBothByteOrders() throws {
        let text = TestSupport.fixture(TestSupport.seed)
        let expected = try TestSupport.importer.importPlan(text: text, id: "p").title
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let data = try XCTUnwrap(text.data(using: encoding))
            XCTAssertNotEqual(data.prefix(2), Data([0xFF, 0xFE]))
            XCTAssertNotEqual(data.prefix(2), Data([0xFE, 0xFF]))
            let plan = try TestSupport.importer.importData(data, fileName: "utf16.txt")
            XCTAssertEqual(plan.title, expected)
        }
        // Real binary with zeros stays binary.
        var binary = Data()
        for i in 0..<4096 { binary.append(UInt8(truncatingIfNeeded: i &* 7919)); binary.append(0) ; binary.append(0) }
        XCTAssertThrowsError(try TestSupport.importer.importData(binary, fileName: "b.txt"))
    }
}
