import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanText
import XCTest

/// The ranked sentence search, "có nói về X không", structure questions and content-question routing,
/// on the seed plan and on two imported fixture plans. Phrasings are the team's own.
final class SearchTests: XCTestCase {
    /// A knowledge base holding one fixture plan of `Tests/DanVanKnowledgeTests/Fixtures`.
    static func fixture(_ name: String) -> KnowledgeBase {
        let data = Repository.root.appendingPathComponent("Data")
        let file = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures/\(name).txt")
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-search-\(UUID().uuidString)")
        _ = try! PlanLibrary(directory: library).save(PlanImporter(dataDirectory: data).importFile(at: file))
        return try! KnowledgeBase.load(dataDirectory: data, userPlansDirectory: library, cacheDirectory: nil)
    }
    static let hoaBinh = fixture("synthetic-xa-hoa-binh-phong-chong-thien-tai")
    static let canTho = fixture("can-tho-157-kh-ubnd-2025")

    static func plan(_ kb: KnowledgeBase, numbered number: String) -> Plan {
        kb.plans.first { $0.number == number }!
    }

    func ask(_ q: String, _ kb: KnowledgeBase = Repository.knowledge, number: String? = nil) -> Reply {
        let a = Assistant(knowledge: kb, catalog: Repository.catalog, today: CalendarDate(iso: "2025-09-15")!)
        if let number { _ = a.respond(to: "kế hoạch \(number)") }
        return a.respond(to: q)
    }

    // MARK: Retriever

    /// A plan whose numbered headings carry content and whose figures are written "05 năm", "26 đợt/năm".
    static let dakLak = fixture("dak-lak-0134-kh-ubnd-2025")

    func testHeadingsNumbersAndPairsWrittenWithASlashAreSearched() {
        // The heading's words count for the sentences under it ("tôm hùm" is only in the heading).
        let lobster = ask("quan trắc tôm hùm mấy đợt một năm", Self.dakLak).text
        XCTAssertTrue(lobster.contains("II.1.1.2"), lobster)
        // A heading that says something itself is a sentence; "5 năm" finds "05 năm".
        let fiveYears = ask("tong kinh phi 5 nam", Self.dakLak).text
        XCTAssertTrue(fiveYears.contains("7.500.000.000"), fiveYears)
        let oneYear = ask("kinh phí quan trắc 1 năm là bao nhiêu", Self.dakLak).text
        XCTAssertTrue(oneYear.contains("01 năm: 1.500.000.000"), oneYear)
        // Words the plan never uses still find nothing ("kinh phí" alone now asks for the funding part: plan.funding).
        XCTAssertFalse(ask("tiền thưởng học sinh giỏi 5 năm", Self.dakLak).text.contains("7.500.000.000"))
    }

    static let haTinh = fixture("ha-tinh-624-kh-ubnd-2025")

    func testWordsThatAreAlsoShortFormsOrLawNamesStayWords() {
        // "đa dạng … giáo dục mầm non": neither ĐA (Đề án) nor the Luật Giáo dục the plan cites.
        let diverse = ask("đa dạng mô hình giáo dục mầm non", Self.haTinh)
        XCTAssertEqual(diverse.intent, "search", diverse.text)
        XCTAssertTrue(diverse.text.contains("III.2"), diverse.text)
        // "từ 6 tháng" typed without marks is no TU (Tỉnh ủy).
        XCTAssertNotEqual(ask("tre em tu 6 thang den 36 thang", Self.haTinh).intent, "glossary")
        // Named with its kind word, or asked about alone, they are what they name.
        XCTAssertEqual(ask("luat giao duc ban hanh nam nao", Self.haTinh).intent, "legal.document")
        XCTAssertEqual(ask("tu la gi", Self.haTinh).intent, "glossary")
        XCTAssertEqual(ask("ĐA là gì", Self.haTinh).intent, "glossary")
        // A plan that carries out a decision, asked which.
        let bases = ask("kh nay thuc hien qd nao", Self.haTinh).text
        XCTAssertTrue(bases.contains("2270/QĐ-TTg"), bases)
    }

    func testAPlanWithoutAReportDateSaysWhatItSaysOfReporting() {
        let reply = ask("báo cáo kết quả trước ngày nào", Self.fixture("nghe-an-1026-kh-ubnd-2025"))
        XCTAssertEqual(reply.intent, "report.deadline")
        XCTAssertTrue(reply.text.contains("không nêu hạn báo cáo"), reply.text)
        XCTAssertTrue(reply.text.contains("[IV.2]") && reply.text.contains("định kỳ báo cáo"), reply.text)
        // A plan with dates gives its dates, and nothing more.
        let seed = ask("hạn báo cáo").text
        XCTAssertFalse(seed.contains("Kế hoạch nói về việc báo cáo"), seed)
    }

    func testAShortFormIsTypedInCapitalsOrWithoutVowels() {
        XCTAssertTrue(Glossary.typedAsCode("TU", forms: ["TU"], lenient: false))
        XCTAssertTrue(Glossary.typedAsCode("qđ", forms: ["QĐ"], lenient: false))
        XCTAssertTrue(Glossary.typedAsCode("kt", forms: ["KT"], lenient: false))
        XCTAssertFalse(Glossary.typedAsCode("tu", forms: ["TU"], lenient: false))
        XCTAssertFalse(Glossary.typedAsCode("đa", forms: ["ĐA"], lenient: false))
        XCTAssertTrue(Glossary.typedAsCode("đa", forms: ["ĐA"], lenient: true))
        XCTAssertFalse(Glossary.typedAsCode("từ", forms: ["TU"], lenient: true))
    }

    func testNumbersWithLeadingZerosAreTheirPlainValue() {
        XCTAssertEqual(PassageSearcher.withoutLeadingZeros("05"), "5")
        XCTAssertEqual(PassageSearcher.withoutLeadingZeros("000"), "0")
        XCTAssertNil(PassageSearcher.withoutLeadingZeros("50"))
        XCTAssertNil(PassageSearcher.withoutLeadingZeros("0a"))
    }

    func testSentencesAreSplitAtSentenceEndsNotInsideAbbreviations() {
        let parts = PassageSearcher.sentences(of: "Tổ chức họp dân tại nhà văn hóa thôn. Mời đại diện TP. Hòa Bình tham dự; Báo cáo kết quả về xã.")
        XCTAssertEqual(parts.count, 3, "\(parts)")
        XCTAssertEqual(parts[1], "Mời đại diện TP. Hòa Bình tham dự;")
        XCTAssertEqual(PassageSearcher.sentences(of: "Một câu duy nhất không có dấu chấm giữa").count, 1)
    }

    func testQuotedPhrasesAreReadFromStraightAndCurlyQuotes() {
        XCTAssertEqual(PassageSearcher.quotedPhrases("tìm \"Bốn tại chỗ\" và “đê điều”"), [["bon", "tai", "cho"], ["de", "dieu"]])
        XCTAssertEqual(PassageSearcher.quotedPhrases("không có ngoặc"), [])
    }

    func testRankingPutsTheSentenceHoldingTheWordsTogetherFirst() {
        let s = PassageSearcher(plan: Self.plan(Self.hoaBinh, numbered: "45/KH-UBND"))
        let hits = s.search(["kiem", "tra", "de", "dieu", "mua", "bao"])
        XCTAssertFalse(hits.isEmpty)
        XCTAssertEqual(hits[0].section, "III.1")
        XCTAssertTrue(hits[0].text.hasPrefix("- Kiểm tra hệ thống đê điều"), hits[0].text)
        XCTAssertFalse(hits[0].text.contains("Chủ trì tham mưu"), "a sentence, not the unit's whole list")
        for (a, b) in zip(hits, hits.dropFirst()) { XCTAssertGreaterThanOrEqual(a.score, b.score) }
    }

    /// Ctrl-C in the REPL (`AnswerCancellation`) stops the search over passages at its next checkpoint;
    /// unwatched, the same search finds its sentences. Checked on two plans.
    func testASearchStopsWhenTheAnswerIsCancelled() {
        for (plan, words) in [(Self.plan(Self.hoaBinh, numbered: "45/KH-UBND"), ["kiem", "tra", "de", "dieu", "mua", "bao"]),
                              (Self.plan(Self.canTho, numbered: "157/KH-UBND"), ["chuyen", "doi", "so"])] {
            let s = PassageSearcher(plan: plan)
            XCTAssertFalse(s.search(words).isEmpty, plan.id)
            XCTAssertTrue(AnswerCancellation.watching({ true }) { s.search(words) }.isEmpty, plan.id)
            XCTAssertFalse(AnswerCancellation.watching({ false }) { s.search(words) }.isEmpty, plan.id)
        }
    }

    func testRankingOnTheSeedAndOnALongRealPlan() {
        let seed = PassageSearcher(plan: Repository.knowledge.defaultPlan!)
        let top = seed.search(["phong", "trao", "thi", "dua", "dan", "van", "kheo"])
        XCTAssertEqual(top.first?.section, "II.1")
        XCTAssertTrue(top.first?.text.contains("phong trào thi đua") ?? false, "\(top.map(\.text))")

        let canTho = PassageSearcher(plan: Self.plan(Self.canTho, numbered: "157/KH-UBND"))
        XCTAssertGreaterThan(canTho.count, 40)
        let bonus = canTho.search(["kinh", "phi", "khen", "thuong", "thanh", "pho"])
        XCTAssertEqual(bonus.first?.section, "IV.1", "\(bonus.map(\.text))")
        XCTAssertTrue(bonus.first?.text.contains("Kinh phí khen thưởng") ?? false)
    }

    func testAQuotedPhraseMustOccurWordForWord() {
        let s = PassageSearcher(plan: Self.plan(Self.hoaBinh, numbered: "45/KH-UBND"))
        let hits = s.search([], phrases: [["bon", "tai", "cho"]])
        XCTAssertEqual(hits.map(\.section), ["I.2"])
        // The same words out of order are not the phrase.
        XCTAssertTrue(s.search([], phrases: [["cho", "tai", "bon"]]).isEmpty)
    }

    func testWordsScatteredOverThePlanAreNotAMatch() {
        let s = PassageSearcher(plan: Self.plan(Self.hoaBinh, numbered: "45/KH-UBND"))
        // "camera" and "vắc xin" never occur; "thôn" alone does not make a match of a 4-word query.
        XCTAssertTrue(s.search(["camera", "vac", "xin", "thon"]).isEmpty)
    }

    // MARK: Does the plan mention X?

    func testMentionsYesWithTheSentencesAndTheirSections() {
        let r = ask("kế hoạch có nhắc tới diễn tập không", Self.hoaBinh)
        XCTAssertEqual(r.intent, "plan.mentions")
        XCTAssertTrue(r.text.contains("Có:"), r.text)
        XCTAssertTrue(r.text.contains("[II.2]"), r.text)
        XCTAssertTrue(r.text.contains("30/5/2025"), r.text)

        let seed = ask("kế hoạch này có nói đến hương ước không")
        XCTAssertEqual(seed.intent, "plan.mentions")
        XCTAssertTrue(seed.text.contains("Có:") && seed.text.contains("hương ước"), seed.text)
    }

    func testMentionsNoWhenNothingMatchesWellEnough() {
        for (q, kb) in [("kế hoạch có đề cập tiêm chủng không", Self.hoaBinh),
                        ("văn bản có nói về an ninh mạng không", Repository.knowledge),
                        ("kế hoạch có nhắc đến xe điện không", Self.canTho)] {
            let r = ask(q, kb)
            XCTAssertEqual(r.intent, "plan.mentions", q)
            XCTAssertTrue(r.text.contains("Không: kế hoạch không nói về"), "\(q): \(r.text)")
            XCTAssertFalse(r.text.contains("["), "\(q): no passage shown: \(r.text)")
        }
    }

    func testMentionsAQuotedPhraseIsSearchedAsAPhrase() {
        let yes = ask("kế hoạch có nói về \"bốn tại chỗ\" không", Self.hoaBinh)
        XCTAssertTrue(yes.text.contains("Có:") && yes.text.contains("[I.2]"), yes.text)
        let no = ask("kế hoạch có nói về “tại chỗ bốn” không", Self.hoaBinh)
        XCTAssertTrue(no.text.contains("Không:"), no.text)
    }

    // MARK: Fallback search

    func testTheFallbackRefusesAnUnrelatedPassage() {
        let r = ask("lịch tiêm phòng dại cho chó mèo", Self.hoaBinh)
        XCTAssertEqual(r.intent, "unknown")
        XCTAssertTrue(r.text.contains("Không tìm thấy câu nào"), r.text)
        XCTAssertFalse(r.text.contains("[I"), r.text)
    }

    func testTheFallbackShowsSentencesNotParagraphs() {
        let r = ask("ngân hàng phát hành thẻ ATM", Self.canTho)
        XCTAssertEqual(r.intent, "search", r.text)
        XCTAssertTrue(r.text.contains("thẻ ATM"), r.text)
        XCTAssertFalse(r.text.contains("Đối với các xã, phường"), "only the matching sentence of a long paragraph: \(r.text)")
    }

    // MARK: Structure

    func testTheOutlineListsPartsAndSubsections() {
        let r = ask("bố cục của kế hoạch thế nào", Self.hoaBinh)
        XCTAssertEqual(r.intent, "plan.structure")
        XCTAssertTrue(r.text.contains("gồm 3 phần"), r.text)
        XCTAssertTrue(r.text.contains("NHIỆM VỤ TRỌNG TÂM"), r.text)
        let c = ask("kế hoạch này có bao nhiêu phần", Self.canTho)
        XCTAssertEqual(c.intent, "plan.structure")
        XCTAssertTrue(c.text.contains("KHEN THƯỞNG") && c.text.contains("TỔ CHỨC THỰC HIỆN"), c.text)
    }

    func testASectionByRomanOrArabicNumber() {
        for q in ["phần II nói những gì", "phan 2 noi gi", "mục ii viết gì"] {
            let r = ask(q, Self.hoaBinh)
            XCTAssertEqual(r.intent, "plan.structure", q)
            XCTAssertTrue(r.text.contains("Rà soát, cập nhật phương án"), "\(q): \(r.text)")
            XCTAssertTrue(r.document.source?.contains("mục II") ?? false, q)
        }
        let sub = ask("muc 4.1 gom nhung gi", Self.canTho)
        XCTAssertEqual(sub.intent, "plan.structure")
        XCTAssertTrue(sub.text.contains("Bằng khen"), sub.text)
        XCTAssertTrue(sub.document.source?.contains("IV.1") ?? false)
    }

    func testAMissingSectionIsNamedWithThePartsThereAre() {
        let r = ask("phần VII nói gì", Self.hoaBinh)
        XCTAssertEqual(r.intent, "plan.structure")
        XCTAssertTrue(r.text.contains("không có mục VII"), r.text)
        XCTAssertTrue(r.text.contains("I, II, III"), r.text)
    }

    func testWhereIsTheAppendix() {
        let withRef = ask("phụ lục nằm ở đâu", Self.canTho)
        XCTAssertEqual(withRef.intent, "plan.structure")
        XCTAssertTrue(withRef.text.contains("Phụ lục"), withRef.text)
        XCTAssertTrue(withRef.text.contains("[III.3]"), withRef.text)
        let none = ask("kế hoạch có phụ lục không", Self.hoaBinh)
        XCTAssertTrue(none.text.contains("không có phụ lục"), none.text)
    }

    func testSectionIDsFromTypedReferences() {
        XCTAssertEqual(EntityExtractor.sectionID("iii"), "III")
        XCTAssertEqual(EntityExtractor.sectionID("2.1"), "II.1")
        XCTAssertEqual(EntityExtractor.sectionID("ii.1"), "II.1")
        XCTAssertEqual(EntityExtractor.sectionID("4"), "IV")
        XCTAssertNil(EntityExtractor.sectionID("iiii"))
        XCTAssertNil(EntityExtractor.sectionID("dich"))
        XCTAssertNil(EntityExtractor.sectionID("2025"))
    }

    // MARK: Content questions and weak keywords

    func testATitleInsideAContentQuestionDoesNotMakeItASignerQuestion() {
        let r = ask("chủ tịch thành phố xem xét tặng bằng khen cho tập thể cá nhân nào", Self.canTho)
        XCTAssertEqual(r.intent, "search", r.text)
        XCTAssertTrue(r.text.contains("[IV.1]") && r.text.contains("Bằng khen"), r.text)
        // The signer question itself still goes to the signer.
        XCTAssertEqual(ask("ai ký kế hoạch này", Self.canTho).intent, "plan.signer")
        XCTAssertEqual(ask("chủ tịch là ai").intent, "plan.signer")
    }

    func testAWeakKeywordStaysWhenNoSentenceCoversTheQuestion() {
        // "lãnh đạo" alone, no sentence about the rest: the keyword's intent is kept.
        let r = ask("lãnh đạo ký", Self.hoaBinh)
        XCTAssertEqual(r.intent, "plan.signer", r.text)
    }
}

extension SearchTests {
    func testATopicsWordsScatteredOverOneSentenceAreNotAYes() {
        // The seed's goals sentence holds "chuyển (biến)", "đổi (mới)" and "số" far apart.
        let seed = ask("văn bản có nhắc đến chuyển đổi số không")
        XCTAssertTrue(seed.text.contains("Không:"), seed.text)
        let s = PassageSearcher(plan: Self.plan(Self.hoaBinh, numbered: "45/KH-UBND"))
        let together = s.search(["tim", "kiem", "cuu", "nan"], minimumCoverage: PassageSearcher.mentionCoverage)
        XCTAssertEqual(together.first?.adjacency, 1)
    }
}

extension SearchTests {
    func testExplainSaysWhyAWeakKeywordGaveWay() {
        let r = ask("chủ tịch thành phố xem xét tặng bằng khen cho tập thể cá nhân nào", Self.canTho)
        let decision = r.explanation?.decision ?? ""
        XCTAssertTrue(decision.contains("plan.signer") && decision.contains("chủ tịch"), decision)
    }
}
