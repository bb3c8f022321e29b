import DanVanKnowledge
import Foundation
import XCTest
import ZIPFoundation

final class DocxTextExtractorTests: XCTestCase {
    func testZipImport() throws {
        let archive = try Archive(data: Data(), accessMode: .create)
        let xml = Data("<w:document/>".utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count)) { pos, size in
            xml.subdata(in: Int(pos)..<Int(pos) + size)
        }
        XCTAssertNotNil(archive.data)
    }
}
