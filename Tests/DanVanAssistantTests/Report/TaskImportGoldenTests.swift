import Foundation
import XCTest

/// `danvan tasks import` of a mixed appendix (every deadline form, headings, repeats, unknown units,
/// quoted line breaks, a formula-guarded cell, control characters, a BOM and comment lines) reports
/// and stores what the reader before the byte-level CSV reader and the numeric date path did: the
/// expected text was written by that build (`Fixtures/task-import/mixed.expected`). The sequence:
/// an import into an empty store, a file with bad rows (refused), the first file again (all present),
/// then the store exported as JSON without its timestamps. Regenerated once since, on purpose: when the
/// unit directory gained the commune's bodies outside its offices (Công an xã, Trạm Y tế xã…) and a level
/// word after a name stopped naming another level's body ("Văn phòng UBND tỉnh" is not the commune's
/// Văn phòng HĐND và UBND): only unit names and their suggestions changed.
final class TaskImportGoldenTests: XCTestCase {
    func testAMixedAppendixImportsAsBefore() throws {
        let fixtures = Repository.root.appendingPathComponent("Tests/DanVanAssistantTests/Fixtures/task-import")
        let store = try ReportFixture.folder(self).appendingPathComponent("tasks.sqlite").path
        let mixed = fixtures.appendingPathComponent("mixed.csv").path, bad = fixtures.appendingPathComponent("mixed-bad.csv").path
        var output = ""
        for (file, mergeErrors) in [(mixed, false), (bad, true), (mixed, false)] {
            let run = try BuiltDanvan.run(["tasks", "import", "--today", "2025-09-10", "--store", store, file], in: self)
            output += run.out + (mergeErrors ? run.err : "") + "status \(run.status)\n"
            if !mergeErrors { XCTAssertEqual(run.err, "") }
        }
        let export = try BuiltDanvan.run(["tasks", "export", "--today", "2025-09-10", "--format", "json", "--store", store], in: self)
        output += export.out.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("\"createdAt\"") && !$0.contains("\"updatedAt\"") }.joined(separator: "\n")
        let expected = try String(contentsOf: fixtures.appendingPathComponent("mixed.expected"), encoding: .utf8)
        XCTAssertEqual(output, expected)
    }
}
