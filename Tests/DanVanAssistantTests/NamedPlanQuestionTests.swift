import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanText
import XCTest

/// Questions that name one plan of a library of several real plans ("kh 0134 …", "kế hoạch 160 …"), the
/// last imported plan being in focus: the plan named is the one answered from, whatever the intent.
final class NamedPlanQuestionTests: XCTestCase {
    static let knowledge: KnowledgeBase = {
        let data = Repository.root.appendingPathComponent("Data")
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-named-\(UUID().uuidString)")
        let importer = try! PlanImporter(dataDirectory: data)
        for name in ["dong-nai-179", "nghe-an-987", "dak-lak-0134", "can-tho-160", "lai-chau-7360"] {
            let file = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures/\(name)-kh-ubnd-2025.txt")
            _ = try! PlanLibrary(directory: library).save(importer.importFile(at: file))
        }
        return try! KnowledgeBase.load(dataDirectory: data, userPlansDirectory: library, cacheDirectory: nil)
    }()

    /// An assistant on `knowledge` (the five plans by default; `Repository.knowledge` for the seed alone).
    func assistant(_ knowledge: KnowledgeBase = NamedPlanQuestionTests.knowledge) -> Assistant {
        Assistant(knowledge: knowledge, catalog: Repository.catalog, today: CalendarDate(iso: "2025-12-01")!)
    }

    func ask(_ q: String) -> Reply { assistant().respond(to: q) }

    /// A plan named and nothing else is a question about the plan: its summary, not a quiz or a clarification.
    func testAPlanNamedAloneIsSummarised() {
        for (q, number) in [("kh 0134", "0134/KH-UBND"), ("kế hoạch 7360 là gì", "7360/KH-UBND"), ("ke hoach 160", "160/KH-UBND")] {
            let r = ask(q)
            XCTAssertEqual(r.intent, "plan.summary", q)
            XCTAssertTrue(r.document.source?.contains(number) ?? false, "\(q): \(r.document.source ?? "")")
        }
        // A quiz is asked for in words; a plan's name alone never starts one.
        XCTAssertEqual(ask("ôn tập kế hoạch 7360").intent, "onboarding.quiz")
    }

    /// With no intent fitting, the passages come from the plan the question names, and the words that name
    /// it ("kh", "0134") are not searched for.
    func testTheSearchReadsThePlanTheQuestionNames() {
        let frequency = ask("tần suất quan trắc kh 0134")
        XCTAssertEqual(frequency.intent, "search")
        XCTAssertTrue(frequency.text.contains("tần suất quan trắc"), frequency.text)
        XCTAssertTrue(frequency.document.source?.contains("0134/KH-UBND") ?? false, frequency.document.source ?? "")

        let supervision = ask("kế hoạch 160 giám sát những gì")
        XCTAssertEqual(supervision.intent, "search")
        XCTAssertTrue(supervision.text.contains("NỘI DUNG GIÁM SÁT"), supervision.text)
        XCTAssertTrue(supervision.document.source?.contains("160/KH-UBND") ?? false, supervision.document.source ?? "")
    }

    /// "văn bản quy phạm pháp luật" is a common term, not the law "Ban hành văn bản quy phạm pháp luật" (a
    /// name without its kind word is read from its first word), and "luật" inside "pháp luật" is no kind.
    func testCommonTermsAreNotLawsOrKinds() {
        let r = ask("thời gian thực hiện nhiệm vụ rà soát văn bản quy phạm pháp luật kh 7360")
        XCTAssertNotEqual(r.intent, "legal.document", r.text)
        XCTAssertNotEqual(r.intent, "legal.bases", r.text)
        XCTAssertTrue(r.text.contains("Rà soát các văn bản quy phạm pháp luật"), r.text)

        let engine = UnderstandingEngine(knowledge: Self.knowledge, catalog: Repository.catalog)
        func kinds(_ q: String) -> [EntityKind] {
            engine.understand(q, context: ConversationContext(), today: CalendarDate(iso: "2025-12-01")!).entities.map(\.kind)
        }
        XCTAssertFalse(kinds("tuyên truyền pháp luật do ai làm").contains(.documentKind))
        XCTAssertFalse(kinds("cần luật sư không").contains(.documentKind))
        XCTAssertTrue(kinds("các luật được căn cứ").contains(.documentKind))
        // A law's name from its first word, without the kind word, is still the law.
        let seed = assistant(Repository.knowledge)
        let law = seed.respond(to: "thực hiện dân chủ ở cơ sở ban hành năm nào")
        XCTAssertEqual(law.intent, "legal.document")
        XCTAssertTrue(law.text.contains("Luật Thực hiện dân chủ ở cơ sở"), law.text)
    }

    /// "kh 7360 gửi những ai": the plan word that opens a plan's name is still a word of the question ("kế hoạch
    /// gửi" asks for the recipients), and every question about one plan answers from the plan it names.
    func testThePlanWordStaysAWordAndEveryIntentTakesThePlanNamed() {
        let recipients = ask("kh 7360 gửi những ai")
        XCTAssertEqual(recipients.intent, "plan.recipients", recipients.text)
        XCTAssertTrue(recipients.text.contains("Bộ Khoa học và Công nghệ"), recipients.text)
        let spelled = ask("ke hoach 160 gui nhung ai")
        XCTAssertEqual(spelled.intent, "plan.recipients", spelled.text)
        XCTAssertTrue(spelled.document.source?.contains("160/KH-UBND") ?? false, spelled.document.source ?? "")

        // The plan in focus is 7360 (the last imported): the plan named wins for the plan's own facts.
        let issued = ask("kh 0134 ban hành ngày nào")
        XCTAssertEqual(issued.intent, "plan.info")
        XCTAssertTrue(issued.text.contains("0134/KH-UBND"), issued.text)
        XCTAssertTrue(issued.text.contains("25/11/2025"), issued.text)
    }

    /// "kh 987 có mấy nhiệm vụ" asks about the plan, not the commune's task store; a plan without an appendix
    /// table counts the numbered points of its content part.
    func testTheTasksOfAPlanWithoutAnAppendixAreItsContentPoints() {
        let count = ask("kh 987 co may nhiem vu")
        XCTAssertEqual(count.intent, "appendix.count", count.text)
        XCTAssertTrue(count.text.contains("không có bảng phụ lục nhiệm vụ"), count.text)
        XCTAssertTrue(count.text.contains("2 nội dung"), count.text)
        XCTAssertTrue(count.text.contains("II.2. Kế hoạch phát triển giai đoạn 2026 - 2030"), count.text)
        let list = ask("kế hoạch 7360 gồm những nhiệm vụ nào")
        XCTAssertTrue(list.text.contains("6 nội dung"), list.text)
        XCTAssertTrue(list.text.contains("II.2. Rà soát văn bản quy phạm pháp luật"), list.text)
    }

    /// A unit the plan does not name ("sở thông tin và truyền thông" in plan 987): the choices are that
    /// plan's units of the kind and its collective unit for them, not every plan's.
    func testUnitChoicesComeFromThePlanAsked() {
        let r = ask("so thong tin va truyen thong lam gi trong kh 987")
        XCTAssertTrue(r.text.contains("Sở Khoa học và Công nghệ"), r.text)
        XCTAssertTrue(r.text.contains("Các Sở, ban, ngành cấp tỉnh"), r.text)
        XCTAssertFalse(r.text.contains("Sở Tư pháp"), "a unit of another plan: \(r.text)")
        let other = ask("nhiệm vụ của sở trong kh 7360")
        XCTAssertTrue(other.text.contains("Sở Tư pháp"), other.text)
        XCTAssertFalse(other.text.contains("cấp tỉnh"), other.text)
    }

    /// "kinh tế" of "kinh tế số" in a question about a provincial plan is the topic, not the commune's Phòng
    /// Kinh tế (which that plan does not name); typed with its type word it is still the unit.
    func testBareUnitWordsOfAPlanThatDoesNotNameTheUnitAreItsTopic() {
        let share = ask("kh 179 ty trong kinh te so trong grdp")
        XCTAssertNotEqual(share.intent, "unit.duties", share.text)
        XCTAssertTrue(share.text.contains("Tỷ trọng kinh tế số"), share.text)
        XCTAssertEqual(ask("kh 179 phòng kinh tế làm gì").intent, "unit.duties")
        // The plan in focus names the unit: the bare words still name it.
        let seed = assistant(Repository.knowledge)
        XCTAssertEqual(seed.respond(to: "kinh te lam gi").intent, "unit.duties")
    }

    /// A phrase may start at a named plan's plan word but not run into it: "… báo cáo kh 179" is not "các kế
    /// hoạch" (a slip of "cáo"), which lists every plan.
    func testAPhraseDoesNotRunIntoANamedPlan() {
        let r = ask("ai chiu trach nhiem tong hop bao cao kh 179")
        XCTAssertNotEqual(r.intent, "plan.list", r.text)
        XCTAssertTrue(r.document.source?.contains("179/KH-UBND") ?? false, r.document.source ?? "")
        XCTAssertEqual(ask("cac ke hoach").intent, "plan.list")
    }

    /// The commune's bodies outside its offices (Data/units.yaml, `outside`): known by name, and a plan that
    /// does not name them gives them none of the duties it gives every office and unit.
    func testBodiesOutsideTheOfficesGetNoCommonDuties() {
        let seed = assistant(Repository.knowledge)
        for q in ["cong an xa co nv gi ko", "trạm y tế làm gì", "hội phụ nữ có nhiệm vụ gì"] {
            let r = seed.respond(to: q)
            XCTAssertEqual(r.intent, "unit.duties", q)
            XCTAssertTrue(r.text.contains("Kế hoạch không giao nhiệm vụ cho"), "\(q): \(r.text)")
            XCTAssertFalse(r.text.contains("nhiệm vụ chung của mọi phòng"), "\(q): \(r.text)")
        }
        // An office of the commune the plan does not name still gets the common duties.
        XCTAssertTrue(seed.respond(to: "phòng kinh tế làm gì").text.contains("nhiệm vụ chung của mọi phòng"))
    }

    /// "còn kh 160 thì sao": a line that says it follows on and names another plan asks the same question of it.
    func testAFollowUpNamingAnotherPlanAsksTheSameQuestionOfIt() {
        let conversation = assistant()
        XCTAssertEqual(conversation.respond(to: "kh 0134 ai ký").intent, "plan.signer")
        let next = conversation.respond(to: "còn kh 160 thì sao")
        XCTAssertEqual(next.intent, "plan.signer", next.text)
        XCTAssertTrue(next.document.source?.contains("160/KH-UBND") ?? false, next.document.source ?? "")
        XCTAssertEqual(conversation.respond(to: "kh 7360 có mấy nhiệm vụ").intent, "appendix.count")
        let again = conversation.respond(to: "vậy còn kế hoạch 987")
        XCTAssertEqual(again.intent, "appendix.count", again.text)
        XCTAssertTrue(again.text.contains("987/KH-UBND"), again.text)
    }

    /// "kinh phí lấy ở đâu": the plan's funding part ("III. KINH PHÍ THỰC HIỆN", "III. DỰ TOÁN KINH PHÍ …"), or
    /// without one its sentences about funding, or says it has none.
    func testFundingIsThePlansFundingPart() {
        let estimate = ask("kh 0134 kinh phí bao nhiêu")
        XCTAssertEqual(estimate.intent, "plan.funding")
        XCTAssertTrue(estimate.text.contains("1.500.000.000 đồng"), estimate.text)
        XCTAssertTrue(estimate.document.source?.hasSuffix("mục III") ?? false, estimate.document.source ?? "")
        let source = ask("kh 987 nguon kinh phi lay o dau")
        XCTAssertEqual(source.intent, "plan.funding")
        XCTAssertTrue(source.text.contains("doanh nghiệp viễn thông"), source.text)
        let seed = assistant(Repository.knowledge)
        XCTAssertTrue(seed.respond(to: "kinh phí thực hiện kế hoạch").text.contains("không nói về kinh phí"))
    }

    /// A plan's number typed glued to the plan word, as a code ("kh7360/kh-ubnd", "kh0134/ubnd") or plain.
    func testAPlanNumberGluedToThePlanWord() {
        for (q, number) in [("kh7360/kh-ubnd ai ký", "7360/KH-UBND"), ("kh0134/ubnd gửi cho ai", "0134/KH-UBND"), ("kh160 ai ky", "160/KH-UBND")] {
            let r = ask(q)
            XCTAssertTrue(r.document.source?.contains(number) ?? false, "\(q): \(r.document.source ?? "") \(r.text)")
        }
        XCTAssertEqual(ask("kh0134/ubnd gửi cho ai").intent, "plan.recipients")
    }
}
