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
