@testable import DanVanKnowledge
import DanVanText
import Foundation
import XCTest

/// The plan index is kept in step by the writer: a plan saved is trusted by the next open at once (one
/// `stat` of the folder, no file compared), while a change made by hand in the folder — a file added,
/// removed, replaced or edited in place — is still seen, and a damaged index or seal is built again.
/// No timings: what each open found, and the answers.
final class PlanIndexFreshnessTests: XCTestCase {
    var temp: URL!
    var library: URL { temp.appendingPathComponent("plans") }
    var cache: URL { temp.appendingPathComponent("cache") }

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-freshness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    /// A synthetic plan numbered `n`, about `topic`, citing a decision numbered 5000 + n.
    func plan(_ n: Int, topic: String = "chuyển đổi số", issuer: String = "UBND tỉnh Nam Định") -> Plan {
        Plan(id: "kh-\(n)", number: "\(n)/KH-UBND", date: CalendarDate(year: 2025, month: 3, day: 1 + n % 28), issuer: issuer,
             title: "Kế hoạch thực hiện \(topic) năm 2025",
             documents: [LegalDocument(kind: "Quyết định", symbol: "\(5000 + n)/QĐ-UBND")],
             units: [UnitDuties(name: "Sở Nội vụ", duties: [Duty(text: "Tổ chức thực hiện \(topic)", section: "II.1")])],
             topics: [topic])
    }

    /// A run of plain words after "kế hoạch" (each one the plan must have).
    func named(_ words: String) -> PlanNameRun {
        PlanNameRun(words.split(separator: " ").map { PlanNameRun.Step(String($0), .word) })
    }

    func open() throws -> PlanIndex { try XCTUnwrap(PlanIndex.open(library: library, cacheDirectory: cache)) }

    func knowledge() throws -> KnowledgeBase {
        try KnowledgeBase.load(dataDirectory: TestSupport.dataDirectory, userPlansDirectory: library, cacheDirectory: cache)
    }

    /// Writes `plan` into the folder as a person would copy a file in, without danvan.
    func writeByHand(_ plan: Plan, as name: String) throws {
        try PlanLibrary.encoded(plan).write(to: library.appendingPathComponent(name), options: .atomic)
    }

    func indexPath() -> String { PlanIndex.path(library: library, cacheDirectory: cache) }

    func testAPlanSavedIsTrustedByTheNextOpenAtOnce() throws {
        let lib = PlanLibrary(directory: library, cacheDirectory: cache)
        try lib.save(plan(101))
        XCTAssertEqual(try open().synchronization, .trusted)
        for n in [102, 103, 104] {
            try lib.save(plan(n, topic: n == 103 ? "bình đẳng giới" : "chuyển đổi số"))
            let index = try open()
            XCTAssertEqual(index.synchronization, .trusted, "after saving plan \(n)")
            XCTAssertEqual(index.planID(numberKey: "\(n)"), "kh-\(n)")
            XCTAssertEqual(index.lastPlanID, "kh-\(n)")
            XCTAssertEqual(index.documents(number: "\(5000 + n)").map(\.planID), ["kh-\(n)"])
        }
        let index = try open()
        XCTAssertEqual(Set(index.plans(namedBy: named("binh dang gioi")).map(\.id)), ["kh-103"])
        XCTAssertEqual(index.unitNames(), ["Sở Nội vụ"])
        // Replaced under another id (same number and issuer): the old rows go, the new ones are trusted at once.
        var again = plan(102, topic: "an toàn thực phẩm")
        again.id = "kh-102-lai"
        XCTAssertEqual(try lib.save(again), ["kh-102"])
        let after = try open()
        XCTAssertEqual(after.synchronization, .trusted)
        XCTAssertEqual(after.planID(numberKey: "102"), "kh-102-lai")
        XCTAssertEqual(after.planIDs, ["kh-101", "kh-103", "kh-104", "kh-102-lai"])
        // Removed by number: trusted at once too.
        XCTAssertEqual(try lib.remove("103").id, "kh-103")
        let removed = try open()
        XCTAssertEqual(removed.synchronization, .trusted)
        XCTAssertNil(removed.planID(numberKey: "103"))
        XCTAssertEqual(removed.plans(namedBy: named("binh dang gioi")).map(\.id), [])
        // The index kept in step equals one built afresh from the files.
        let fresh = try XCTUnwrap(PlanIndex.open(library: library, cacheDirectory: temp.appendingPathComponent("fresh")))
        XCTAssertEqual(fresh.synchronization, .built)
        XCTAssertEqual(removed.summaries, fresh.summaries)
        XCTAssertEqual(removed.unitNames(), fresh.unitNames())
    }

    func testAFileAddedOrRemovedByHandIsSeen() throws {
        let lib = PlanLibrary(directory: library, cacheDirectory: cache)
        try lib.save(plan(201))
        try lib.save(plan(202))
        XCTAssertEqual(try open().synchronization, .trusted)

        try writeByHand(plan(203, topic: "phòng cháy chữa cháy"), as: "copied-by-hand.json")
        let added = try open()
        XCTAssertEqual(added.synchronization, .compared)
        XCTAssertEqual(added.planID(numberKey: "203"), "kh-203")
        XCTAssertEqual(Set(added.plans(namedBy: named("phong chay")).map(\.id)), ["kh-203"])
        // Compared once: the next open trusts the stamp it recorded.
        XCTAssertEqual(try open().synchronization, .trusted)
        XCTAssertEqual(try knowledge().defaultPlan?.id, "kh-203")

        XCTAssertEqual(unlink(library.appendingPathComponent("kh-201.json").path), 0)
        let removed = try open()
        XCTAssertEqual(removed.synchronization, .compared)
        XCTAssertNil(removed.planID(numberKey: "201"))
        XCTAssertEqual(removed.planIDs, ["kh-202", "kh-203"])
        // A plan saved after the hand changes is trusted at once again.
        try lib.save(plan(204))
        let saved = try open()
        XCTAssertEqual(saved.synchronization, .trusted)
        XCTAssertEqual(saved.planIDs, ["kh-202", "kh-203", "kh-204"])
    }

    func testAFileReplacedOrEditedInPlaceByHandIsSeen() throws {
        let lib = PlanLibrary(directory: library, cacheDirectory: cache)
        try lib.save(plan(301))
        try lib.save(plan(302))
        // Replaced (written aside and renamed over it, as most editors save): another inode, the folder changes.
        var renumbered = plan(301, topic: "an toàn giao thông")
        renumbered.number = "351/KH-UBND"
        try writeByHand(renumbered, as: "kh-301.json")
        let replaced = try open()
        XCTAssertEqual(replaced.synchronization, .compared)
        XCTAssertEqual(replaced.planID(numberKey: "351"), "kh-301")
        XCTAssertNil(replaced.planID(numberKey: "301"))

        // Edited in place (same file, same inode: the folder's stamp does not move). The plan read for an
        // answer is the file as it is now, and it is indexed again then, for the questions after.
        XCTAssertEqual(try knowledge().defaultPlan?.id, "kh-301")
        var edited = plan(302, topic: "bảo vệ môi trường")
        edited.number = "352/KH-UBND"
        let path = library.appendingPathComponent("kh-302.json").path
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: try PlanLibrary.encoded(edited))
        try handle.close()
        XCTAssertEqual(try open().synchronization, .trusted, "the folder's stamp did not move")
        let kb = try knowledge()
        XCTAssertEqual(kb.plan(id: "kh-302")?.number, "352/KH-UBND", "the file as it is now")
        let index = try open()
        XCTAssertEqual(index.synchronization, .trusted)
        XCTAssertEqual(index.planID(numberKey: "352"), "kh-302")
        XCTAssertNil(index.planID(numberKey: "302"))
        XCTAssertEqual(Set(index.plans(namedBy: named("moi truong")).map(\.id)), ["kh-302"])
    }

    func testADamagedIndexOrSealIsBuiltAgain() throws {
        let lib = PlanLibrary(directory: library, cacheDirectory: cache)
        for n in 401...404 { try lib.save(plan(n)) }
        let before = try open().summaries
        XCTAssertEqual(before.count, 4)

        // A byte flipped in the index (its modification time put back: the change time still moves).
        let path = indexPath()
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: UInt64(info.st_size / 2))
        let byte = try XCTUnwrap(handle.readData(ofLength: 1).first)
        try handle.seek(toOffset: UInt64(info.st_size / 2))
        handle.write(Data([byte ^ 0x20]))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        let rebuilt = try open()
        XCTAssertEqual(rebuilt.synchronization, .built)
        XCTAssertEqual(rebuilt.summaries, before)
        XCTAssertEqual(try open().synchronization, .trusted, "sealed again")

        // A seal that is not the index's (here: another file's), or none at all.
        try Data("plan-index 1 2 3 4.5 6.7\n".utf8).write(to: URL(fileURLWithPath: path + ".sum"))
        XCTAssertEqual(try open().synchronization, .built)
        XCTAssertEqual(unlink(path + ".sum"), 0)
        let unsealed = try open()
        XCTAssertEqual(unsealed.synchronization, .built)
        XCTAssertEqual(unsealed.summaries, before)

        // A journal put beside an intact index is removed, never played back into it.
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path + "-journal"))
        let journal = try open()
        XCTAssertEqual(journal.synchronization, .trusted)
        XCTAssertEqual(journal.summaries, before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-journal"))
    }

    func testTheFolderDigestIsTheIndexFilesDigest() throws {
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        XCTAssertEqual(LibraryFolder.digest(of: library), LibraryFolder.Digest())
        try writeByHand(plan(1), as: "a.json")
        try writeByHand(plan(2), as: "b.json")
        try Data().write(to: library.appendingPathComponent(".hidden.json"))
        try Data().write(to: library.appendingPathComponent("notes.txt"))
        try FileManager.default.createDirectory(at: library.appendingPathComponent("folder.json"), withIntermediateDirectories: true)
        let listing = LibraryFolder.listing(of: library)
        XCTAssertEqual(Set(listing.keys), ["a.json", "b.json"])
        var expected = LibraryFolder.Digest()
        for (name, info) in listing { expected.add(name: name, inode: info.inode) }
        XCTAssertEqual(LibraryFolder.digest(of: library), expected)
        // Order-free, and a removal undoes an addition.
        var reversed = LibraryFolder.Digest()
        for (name, info) in listing.sorted(by: { $0.key > $1.key }) { reversed.add(name: name, inode: info.inode) }
        XCTAssertEqual(reversed, expected)
        reversed.remove(name: "a.json", inode: try XCTUnwrap(listing["a.json"]).inode)
        XCTAssertNotEqual(reversed, expected)
        XCTAssertEqual(LibraryFolder.Digest(text: expected.text), expected)
        // Renaming a file over another changes it (another inode under that name).
        try writeByHand(plan(3), as: "b.json")
        XCTAssertNotEqual(LibraryFolder.digest(of: library), expected)
    }
}
