import Foundation
import XCTest

/// LibreOffice (`soffice --headless --convert-to`) and poppler's `pdftotext`, as the tests of the
/// report's PDF and Excel outputs use them. `make test` installs both when missing (Makefile,
/// `office-tools`); when they are still missing the tests print a notice and are skipped.
///
/// Every conversion gets its own profile folder and HOME, so it runs as root in CI and next to
/// other conversions (a shared profile makes a second soffice hand its job to the first and exit).
struct LibreOffice {
    let soffice: String

    /// A word of a PDF page as `pdftotext -bbox` places it (points, origin top left).
    struct Word: Equatable {
        var text: String
        var xMin: Double, yMin: Double, xMax: Double, yMax: Double
        var xCentre: Double { (xMin + xMax) / 2 }
    }

    /// A page of a PDF: its size and its words in reading order.
    struct Page {
        var width: Double, height: Double
        var words: [Word]

        /// The first word whose text is `text`.
        func word(_ text: String) -> Word? { words.first { $0.text == text } }
    }

    /// An executable on PATH, or nil.
    static func which(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        return nil
    }

    /// LibreOffice and pdftotext, or a skip with a printed notice.
    static func require(pdftotext needed: Bool = true) throws -> LibreOffice {
        guard let soffice = which(["soffice", "libreoffice"]) else {
            print("NOTICE: LibreOffice (soffice) is not installed (make test installs it as root); the LibreOffice check is skipped.")
            throw XCTSkip("soffice unavailable")
        }
        if needed, which(["pdftotext"]) == nil {
            print("NOTICE: pdftotext (poppler-utils) is not installed (make test installs it as root); the PDF check is skipped.")
            throw XCTSkip("pdftotext unavailable")
        }
        return LibreOffice(soffice: soffice)
    }

    /// Runs `executable` with `arguments`, at most `timeout` seconds; its standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    timeout: TimeInterval = 180) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        if let environment { p.environment = environment }
        let outFile = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-lo-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)  // opened just below: a failure shows there
        defer { try? FileManager.default.removeItem(at: outFile) }
        let handle = try FileHandle(forWritingTo: outFile)
        p.standardOutput = handle
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
            XCTFail("\(executable) \(arguments.joined(separator: " ")) took more than \(Int(timeout)) s")
        }
        p.waitUntilExit()
        try handle.close()
        XCTAssertEqual(p.terminationStatus, 0, "\(executable) \(arguments.joined(separator: " "))")
        return String(decoding: try Data(contentsOf: outFile), as: UTF8.self)
    }

    /// Converts `file` into `folder` with a filter ("pdf", "csv:Text - txt - csv (StarCalc):44,34,76");
    /// the converted file.
    func convert(_ file: URL, to filter: String, extension ext: String, in folder: URL) throws -> URL {
        let profile = folder.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = profile.path
        try Self.run(soffice, ["--headless", "--norestore", "-env:UserInstallation=file://\(profile.path)",
                               "--convert-to", filter, "--outdir", folder.path, file.path], environment: env)
        let out = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent).appendingPathExtension(ext)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.path), "LibreOffice wrote no \(out.lastPathComponent)")
        return out
    }

    /// Every sheet of a workbook as CSV (UTF-8, cells as shown): sheet name → rows, parsed by Python's csv.
    func sheets(of workbook: URL, in folder: URL) throws -> [String: [[String]]] {
        let out = folder.appendingPathComponent("sheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let profile = folder.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = profile.path
        // 44 comma, 34 quote, 76 UTF-8, from line 1, …, token 9 "as shown" (dates dd/mm/yyyy), token 12 −1: every sheet.
        try Self.run(soffice, ["--headless", "--norestore", "-env:UserInstallation=file://\(profile.path)", "--convert-to",
                               "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                               "--outdir", out.path, workbook.path], environment: env)
        let base = workbook.deletingPathExtension().lastPathComponent + "-"
        let parse = "import csv, sys, json; print(json.dumps([r for r in csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline='')) if r]))"
        var sheets: [String: [[String]]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) where name.hasPrefix(base) && name.hasSuffix(".csv") {
            let json = try Self.run("/usr/bin/env", ["python3", "-c", parse, out.appendingPathComponent(name).path])
            sheets[String(name.dropFirst(base.count).dropLast(4))] = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String]])
        }
        return sheets
    }

    /// The PDF's text laid out as on the page (`pdftotext -layout`), one string per page.
    static func layoutPages(_ pdf: URL) throws -> [String] {
        let text = try run(try XCTUnwrap(which(["pdftotext"])), ["-layout", "-enc", "UTF-8", pdf.path, "-"])
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// The names of the fonts the PDF embeds (`pdffonts`), without their subset prefix.
    static func fonts(_ pdf: URL) throws -> [String] {
        guard let pdffonts = which(["pdffonts"]) else { return [] }
        return try run(pdffonts, [pdf.path]).components(separatedBy: "\n").dropFirst(2).compactMap { line in
            line.split(separator: " ").first.map { String($0.split(separator: "+").last ?? $0) }
        }
    }

    /// The PDF's pages with every word's box (`pdftotext -bbox`).
    static func pages(_ pdf: URL) throws -> [Page] {
        let html = try run(try XCTUnwrap(which(["pdftotext"])), ["-bbox", "-enc", "UTF-8", pdf.path, "-"])
        func number(_ tag: Substring, _ name: String) -> Double {
            guard let r = tag.range(of: "\(name)=\"") else { return 0 }
            return Double(tag[r.upperBound...].prefix { $0 != "\"" }) ?? 0
        }
        return html.components(separatedBy: "<page ").dropFirst().map { chunk in
            let pageTag = chunk.prefix { $0 != ">" }
            let words = chunk.components(separatedBy: "<word ").dropFirst().map { w -> Word in
                let tag = w.prefix { $0 != ">" }
                let rawText = w.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
                let text = String(rawText).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                return Word(text: text, xMin: number(tag, "xMin"), yMin: number(tag, "yMin"),
                            xMax: number(tag, "xMax"), yMax: number(tag, "yMax"))
            }
            return Page(width: number(pageTag, "width"), height: number(pageTag, "height"), words: words)
        }
    }
}
