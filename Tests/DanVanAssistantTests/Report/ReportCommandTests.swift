import DanVanText
import Foundation
import XCTest
import ZIPFoundation

/// `danvan report` run as a person runs it (the built binary; skipped when it was not built).
final class ReportCommandTests: XCTestCase {
    var binary: URL { BuiltDanvan.binary }

    func run(_ args: [String], environment extra: [String: String] = [:]) throws -> (out: String, err: String, status: Int32) {
        try BuiltDanvan.run(args, in: self, environment: extra)
    }

    func testMarkdownOnScreenAndDocxToAFile() throws {
        let f = try ReportFixture(self)
        let screen = try run(["report", "--store", f.path, "--today", "2025-12-05", "--unit", "phòng kinh tế", "--round", "2"])
        XCTAssertEqual(screen.status, 0, screen.err)
        XCTAssertTrue(screen.out.hasPrefix("ỦY BAN NHÂN DÂN XÃ ĐƯỜNG AN"))
        XCTAssertTrue(screen.out.contains("*Đường An, ngày 05 tháng 12 năm 2025*"))
        let docx = try ReportFixture.folder(self).appendingPathComponent("bao-cao.docx")
        let written = try run(["report", "--store", f.path, "--today", "2025-12-05", "--compiled", "--round", "2", "--output", docx.path])
        XCTAssertEqual(written.status, 0, written.err)
        XCTAssertEqual(written.out, Msg.reportWritten(docx.path) + "\n")
        let archive = try Archive(url: docx, accessMode: .read)
        XCTAssertNotNil(archive["word/document.xml"])
    }

    /// The signature block comes from config.toml; what it does not say stays a visible blank.
    func testSignatureBlockComesFromTheConfigFile() throws {
        let f = try ReportFixture(self)
        let folder = try ReportFixture.folder(self)
        func report(config: String) throws -> String {
            let file = folder.appendingPathComponent("config-\(UUID().uuidString).toml")
            try config.write(to: file, atomically: true, encoding: .utf8)
            let r = try run(["report", "--store", f.path, "--today", "2025-12-05", "--unit", "Phòng Kinh tế", "--round", "2"],
                            environment: ["DANVAN_CONFIG": file.path])
            XCTAssertEqual(r.status, 0, r.err)
            return r.out
        }
        let full = try report(config: "signer_on_behalf = \"KT. Trưởng phòng\"\nsigner_position = \"Phó Trưởng phòng\"\nsigner_name = \"Lê Thị Bình\"\n")
        let kt = try XCTUnwrap(full.range(of: "**KT. TRƯỞNG PHÒNG**")), vice = try XCTUnwrap(full.range(of: "**PHÓ TRƯỞNG PHÒNG**"))
        let name = try XCTUnwrap(full.range(of: "**Lê Thị Bình**"))
        XCTAssertTrue(kt.upperBound < vice.lowerBound && vice.upperBound < name.lowerBound, full)
        XCTAssertFalse(full.contains(Msg.reportSignerBlank))
        let positionOnly = try report(config: "signer_position = \"Trưởng phòng\"\n")
        XCTAssertTrue(positionOnly.contains("**TRƯỞNG PHÒNG**"), positionOnly)
        XCTAssertTrue(positionOnly.contains("**\(Msg.reportSignerBlank)**"), "the unknown name stays a visible blank")
    }

    func testErrorsAreWordedAndWriteNothing() throws {
        let f = try ReportFixture(self)
        let folder = try ReportFixture.folder(self)
        let target = folder.appendingPathComponent("bao-cao.docx").path
        let output = ["--output", target]
        let cases: [([String], String)] = [
            (output + ["--unit", "phòng thể dục thể thao", "--round", "2"], "Không có đơn vị “phòng thể dục thể thao”"),
            (output + ["--unit", "Phòng Kinh tế", "--round", "3"], "Kế hoạch không có báo cáo lần 3"),
            (output + ["--unit", "Phòng Kinh tế", "--format", "pdf"], "Không có định dạng “pdf”"),
            (["--unit", "Phòng Kinh tế", "--format", "docx"], Msg.reportDocxNeedsOutput),
            (output + ["--round", "2"], Msg.reportUnitMissing),
            (output + ["--unit", "Phòng Kinh tế", "--compiled"], Msg.reportUnitAndCompiled),
        ]
        for (args, message) in cases {
            let r = try run(["report", "--store", f.path, "--today", "2025-12-05"] + args)
            XCTAssertEqual(r.status, 2, args.joined(separator: " "))
            XCTAssertTrue(r.err.contains(message), "\(args): \(r.err)")
            XCTAssertEqual(r.out, "")
            XCTAssertFalse(FileManager.default.fileExists(atPath: target), "nothing written for \(args)")
        }
        let missing = folder.appendingPathComponent("khong-co/bao-cao.docx").path
        let r = try run(["report", "--store", f.path, "--unit", "Phòng Kinh tế", "--output", missing])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.err.contains("Không ghi được tệp"), r.err)
        let noStore = folder.appendingPathComponent("none.sqlite").path
        let s = try run(["report", "--store", noStore, "--unit", "Phòng Kinh tế"])
        XCTAssertEqual(s.status, 2)
        XCTAssertTrue(s.err.contains("Chưa có sổ theo dõi nhiệm vụ"), s.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: noStore))
    }
}
