import DanVanIntents
import DanVanKnowledge
import DanVanText
import Foundation
import XCTest

/// The library's index answers every lookup a question makes exactly as reading the whole library does,
/// with one plan saved and with a thousand, and stays so when plans are added, replaced and removed one
/// at a time (it is kept in step incrementally, never rebuilt whole). No timings: answers only.
final class LibraryScaleTests: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: temp) }

    static let provinces = ["Hà Nội", "Hải Phòng", "Bắc Ninh", "Nam Định", "Nghệ An", "Cần Thơ", "Đà Nẵng"]
    static let topics = ["chuyển đổi số", "bình đẳng giới", "phòng cháy chữa cháy", "an toàn thực phẩm", "cải cách hành chính"]
    static let laws = ["Luật Thực hiện dân chủ ở cơ sở", "Luật Phòng, chống tham nhũng", "Luật Bình đẳng giới"]
    static let unitNames = ["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Công an tỉnh", "Sở Tài chính"]

    /// A synthetic plan in the genre: numbered 100 + i, a province, a topic, cited documents (some laws
    /// by name) and units with or without duties, all chosen from `i` so any size is reproducible.
    static func plan(_ i: Int) -> Plan {
        let province = provinces[i % provinces.count]
        let topic = topics[(i / 2) % topics.count]
        var documents = [LegalDocument(kind: "Chỉ thị", symbol: "\(10 + i % 40)/CT-TTg"),
                         LegalDocument(kind: "Quyết định", symbol: "\(3000 + i)/QĐ-UBND")]
        if i % 3 == 0 { documents.append(LegalDocument(kind: "Luật", name: laws[(i / 3) % laws.count])) }
        let units = (0..<3).map { k in
            UnitDuties(name: unitNames[(i + k) % unitNames.count],
                       duties: k == 2 ? [] : [Duty(text: "Tổ chức thực hiện \(topic)", section: "II.\(k + 1)")])
        }
        return Plan(id: "kh-\(100 + i)-\(i)", number: "\(100 + i)/KH-UBND", date: CalendarDate(year: 2025, month: 1 + i % 12, day: 1 + i % 28),
                    issuer: "UBND tỉnh \(province)", title: "Kế hoạch thực hiện \(topic) năm 2025 tại tỉnh \(province)",
                    documents: documents, units: units, topics: [topic])
    }

    func knowledge(library: URL, cache: URL?) throws -> KnowledgeBase {
        try KnowledgeBase.load(dataDirectory: Repository.root.appendingPathComponent("Data"), userPlansDirectory: library, cacheDirectory: cache)
    }

    /// Every lookup of the indexed knowledge base equals the whole-read one; returns the entities of the questions.
    func assertIndexMatchesWholeRead(library: URL, cache: URL, file: StaticString = #filePath, line: UInt = #line) throws -> [[String]] {
        let indexed = try knowledge(library: library, cache: cache)
        let whole = try knowledge(library: library, cache: nil)
        XCTAssertEqual(indexed.importedPlanIDs, whole.importedPlanIDs, file: file, line: line)
        XCTAssertEqual(indexed.summaries, whole.summaries, file: file, line: line)
        XCTAssertEqual(indexed.defaultPlan?.id, whole.defaultPlan?.id, file: file, line: line)
        XCTAssertEqual(indexed.hasPlans, whole.hasPlans, file: file, line: line)
        for n in ["100", "101", "150", "299", "9999", "33"] {
            XCTAssertEqual(indexed.planID(numberKey: n), whole.planID(numberKey: n), n, file: file, line: line)
            XCTAssertEqual(indexed.documents(number: n), whole.documents(number: n), n, file: file, line: line)
        }
        for words in [["chuyen", "doi", "so"], ["ha", "noi"], ["binh", "dang", "gioi", "nghe"], ["khong", "co"],
                      ["thuc", "hien", "an", "toan", "thuc", "pham"], ["chuyen", "doi", "so", "ha", "noi"]] {
            let run = Self.run(words)
            XCTAssertEqual(Self.named(indexed, run), Self.named(whole, run), "\(words)", file: file, line: line)
        }
        XCTAssertEqual(indexed.lawNames(), whole.lawNames(), file: file, line: line)
        for name in whole.lawNames() {
            XCTAssertEqual(indexed.documents(named: name), whole.documents(named: name), name, file: file, line: line)
        }
        for unit in Self.unitNames + ["Phòng Văn hóa - Xã hội"] {
            XCTAssertEqual(indexed.plans(namingUnit: unit), whole.plans(namingUnit: unit), unit, file: file, line: line)
        }
        let some = Set(whole.importedPlanIDs.prefix(7))
        XCTAssertEqual(indexed.summaries(ids: some), whole.summaries(ids: some), file: file, line: line)

        // The same entities for questions naming a plan by number, by topic, a law by name, or nothing.
        let vocabulary = Repository.catalog.vocabulary
        func entities(_ kb: KnowledgeBase, _ text: String) -> [String] {
            EntityExtractor(knowledge: kb, vocabulary: vocabulary).entities(in: NormalizedQuestion(text, vocabulary: vocabulary))
                .map { "\($0.kind) \($0.value) \($0.span)" }
        }
        var seen: [[String]] = []
        for q in Self.questions {
            let a = entities(indexed, q)
            XCTAssertEqual(a, entities(whole, q), q, file: file, line: line)
            seen.append(a)
        }
        return seen
    }

    /// A run of words after "kế hoạch", each a plan's word, or a connector when the question vocabulary says so.
    static func run(_ words: [String]) -> PlanNameRun {
        let connectors = Repository.catalog.vocabulary.planConnectors
        return PlanNameRun(words.map { PlanNameRun.Step($0, connectors.contains($0) ? .connector : .word) })
    }

    /// The plan a run names, as `EntityExtractor` decides it: the unique best, with the steps it covers; nil on a tie.
    static func named(_ kb: KnowledgeBase, _ run: PlanNameRun) -> String? {
        let matches = kb.plans(namedBy: run).filter { $0.hits >= PlanNameRun.minimumHits }
        guard let top = matches.map(\.hits).max() else { return nil }
        let best = matches.filter { $0.hits == top }
        return best.count == 1 ? "\(best[0].id) \(best[0].hits) \(best[0].end)" : nil
    }

    static let questions = ["hạn báo cáo", "kế hoạch số 100 giao gì cho Sở Y tế", "kế hoạch 100/KH-UBND có mấy mục",
                            "kế hoạch chuyển đổi số Hà Nội giao gì", "kế hoạch bình đẳng giới", "chỉ thị 33 là gì",
                            "luật thực hiện dân chủ ở cơ sở nói gì", "kế hoạch số 9999"]

    func testLookupsAreTheSameWithOnePlanAndWithAThousand() throws {
        let cache = temp.appendingPathComponent("cache")
        let one = temp.appendingPathComponent("one")
        try PlanLibrary(directory: one, cacheDirectory: cache).save(Self.plan(0))
        let withOne = try assertIndexMatchesWholeRead(library: one, cache: cache)

        let many = temp.appendingPathComponent("many")
        let library = PlanLibrary(directory: many, cacheDirectory: cache)
        // Plan 0 is saved last, so it is the default plan in both libraries.
        for i in (0..<1_000).reversed() { try library.save(Self.plan(i)) }
        let withMany = try assertIndexMatchesWholeRead(library: many, cache: cache)
        XCTAssertEqual(try knowledge(library: many, cache: cache).defaultPlan?.id, Self.plan(0).id)
        XCTAssertEqual(try knowledge(library: many, cache: cache).importedPlanIDs.count, 1_000)
        // A question naming plan 100 or asking the default plan finds the same plan in both libraries.
        for (q, a, b) in zip3(Self.questions, withOne, withMany) where !q.contains("bình đẳng") && !q.contains("Hà Nội") {
            XCTAssertEqual(a.filter { $0.hasPrefix("plan") }, b.filter { $0.hasPrefix("plan") }, q)
        }
    }

    /// Two plans about the same topic, of two provinces: the topic and a province's name name that
    /// province's plan; the topic alone, or words both hold as many of, name neither (a tie). The same with
    /// only the two saved and with a thousand other plans beside them, read through the index or whole.
    func testTheBetterOfTwoPlansSharingTopicWordsIsNamedAndATieNamesNone() throws {
        func shared(_ id: String, _ number: Int, province: String) -> Plan {
            Plan(id: id, number: "\(number)/KH-UBND", date: CalendarDate(year: 2025, month: 6, day: 2), issuer: "UBND tỉnh \(province)",
                 title: "Kế hoạch lưu trữ hồ sơ điện tử năm 2025", documents: [], units: [], topics: ["lưu trữ hồ sơ điện tử"])
        }
        let cases: [(question: String, plan: String?)] = [
            ("kế hoạch lưu trữ hồ sơ điện tử của Cao Bằng giao gì", "kh-luu-tru-cao-bang"),
            ("kế hoạch lưu trữ hồ sơ điện tử Lạng Sơn có mấy mục", "kh-luu-tru-lang-son"),
            ("kế hoạch về lưu trữ hồ sơ Lạng Sơn", "kh-luu-tru-lang-son"),
            ("kế hoạch lưu trữ hồ sơ điện tử giao gì", nil),
            ("kế hoạch lưu trữ hồ sơ của tỉnh giao gì", nil),
        ]
        let vocabulary = Repository.catalog.vocabulary
        func planNamed(_ kb: KnowledgeBase, _ question: String) -> String? {
            let entities = EntityExtractor(knowledge: kb, vocabulary: vocabulary).entities(in: NormalizedQuestion(question, vocabulary: vocabulary))
            return entities.first { $0.kind == .plan }?.display
        }
        let cache = temp.appendingPathComponent("cache")
        for others in [0, 1_000] {
            let dir = temp.appendingPathComponent("lib-\(others)")
            // The others are copied in as files (the index is built once, when the two are saved).
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for i in 0..<others {
                let plan = Self.plan(i)
                try PlanLibrary.encoded(plan).write(to: dir.appendingPathComponent("\(plan.id).json"))
            }
            let library = PlanLibrary(directory: dir, cacheDirectory: cache)
            try library.save(shared("kh-luu-tru-cao-bang", 7001, province: "Cao Bằng"))
            try library.save(shared("kh-luu-tru-lang-son", 7002, province: "Lạng Sơn"))
            let indexed = try knowledge(library: dir, cache: cache), whole = try knowledge(library: dir, cache: nil)
            XCTAssertEqual(indexed.importedPlanIDs.count, others + 2)
            for (question, plan) in cases {
                XCTAssertEqual(planNamed(indexed, question), plan, "\(question), \(others) others")
                XCTAssertEqual(planNamed(whole, question), planNamed(indexed, question), "\(question), \(others) others")
            }
        }
    }

    func testTheIndexFollowsSavesReplacementsAndRemovalsOneAtATime() throws {
        let cache = temp.appendingPathComponent("cache")
        let dir = temp.appendingPathComponent("lib")
        let library = PlanLibrary(directory: dir, cacheDirectory: cache)
        for i in 0..<30 { try library.save(Self.plan(i)) }
        _ = try assertIndexMatchesWholeRead(library: dir, cache: cache)
        // Saved again under another id with the same number and issuer: replaces the old one, found by key.
        var again = Self.plan(5)
        again.id = "kh-105-lai"
        again.title = "Kế hoạch phòng cháy chữa cháy bổ sung"
        XCTAssertEqual(try library.save(again), [Self.plan(5).id])
        try library.remove("110/KH-UBND")
        try library.save(Self.plan(40))
        _ = try assertIndexMatchesWholeRead(library: dir, cache: cache)
        XCTAssertEqual(try knowledge(library: dir, cache: cache).defaultPlan?.id, Self.plan(40).id)
        // The index kept in step equals one built afresh.
        let fresh = try knowledge(library: dir, cache: temp.appendingPathComponent("fresh"))
        let kept = try knowledge(library: dir, cache: cache)
        XCTAssertEqual(kept.summaries, fresh.summaries)
        XCTAssertEqual(kept.lawNames(), fresh.lawNames())
    }
}

private func zip3<A, B, C>(_ a: [A], _ b: [B], _ c: [C]) -> [(A, B, C)] {
    zip(a, zip(b, c)).map { ($0, $1.0, $1.1) }
}
