import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanText
import Foundation
import XCTest

/// The repository's own Data/ and Intents/, loaded once for the tests.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let knowledge = try! KnowledgeBase.load(dataDirectory: root.appendingPathComponent("Data"), userPlansDirectory: nil)
    static let catalog = try! IntentCatalog.load(directory: root.appendingPathComponent("Intents"))
}

final class AssistantTests: XCTestCase {
    func assistant(today: String = "2025-08-25") -> Assistant {
        Assistant(knowledge: Repository.knowledge, catalog: Repository.catalog, today: CalendarDate(iso: today)!)
    }

    func folded(_ r: Reply) -> String { Folding.fold(r.text) }

    func testDeadlineCountsCalendarDaysFromToday() {
        let r = assistant(today: "2025-08-25").respond(to: "còn mấy ngày nữa đến hạn báo cáo lần 1")
        XCTAssertEqual(r.intent, "report.deadline")
        XCTAssertTrue(r.text.contains("03/09/2025"))
        XCTAssertTrue(r.text.contains("còn 9 ngày"), r.text)
        XCTAssertFalse(r.text.contains("02/12/2025"), "only the round asked")
        XCTAssertTrue(r.document.source?.contains("III.3") ?? false)
    }

    func testDeadlineTodayAndOverdue() {
        XCTAssertTrue(assistant(today: "2025-09-03").respond(to: "hạn báo cáo lần 1").text.contains("hôm nay"))
        XCTAssertTrue(assistant(today: "2025-12-10").respond(to: "báo cáo lần 2 đã quá hạn chưa").text.contains("quá hạn 8 ngày"))
    }

    func testEveryAnswerNamesItsSource() {
        let a = assistant()
        for q in ["hạn báo cáo", "văn bản căn cứ", "chỉ thị 33", "nhiệm vụ của phòng kinh tế", "mục đích", "yêu cầu",
                  "tóm tắt kế hoạch", "nơi nhận", "người ký kế hoạch là ai", "HĐND là gì"] {
            let r = a.respond(to: q)
            XCTAssertNotNil(r.document.source, q)
            XCTAssertTrue(r.text.contains("Nguồn: "), q)
        }
    }

    func testDocumentNotInPlanSaysSoWithoutInventing() {
        let r = assistant().respond(to: "chỉ thị 45")
        XCTAssertEqual(r.intent, "legal.document")
        XCTAssertTrue(r.text.contains("không nhắc đến"))
        XCTAssertFalse(r.text.contains("26/11/2021"))
    }

    func testUnitNotNamedByPlanGetsTheCommonDuties() {
        let r = assistant().respond(to: "nhiệm vụ của văn phòng HĐND và UBND")
        XCTAssertEqual(r.intent, "unit.duties")
        XCTAssertTrue(r.text.contains("02/12/2025"))
        XCTAssertTrue(r.text.contains("III.3"))
    }

    func testFollowUps() {
        let a = assistant()
        XCTAssertTrue(a.respond(to: "nghị định 59").text.contains("14/08/2023"))
        let second = a.respond(to: "còn nghị định 61?")
        XCTAssertTrue(second.text.contains("16/08/2023"))
        XCTAssertFalse(second.text.contains("14/08/2023"))
        XCTAssertTrue(a.respond(to: "ban hành ngày nào").text.contains("16/08/2023"))
        XCTAssertTrue(a.respond(to: "văn bản đó của ai").text.contains("Chính phủ"), "a demonstrative keeps the document")
        XCTAssertTrue(a.respond(to: "nhiệm vụ của phòng vhxh").text.contains("đôn đốc"))
        let unit = a.respond(to: "thế còn phòng kinh tế")
        XCTAssertEqual(unit.intent, "unit.duties")
        XCTAssertEqual(unit.slots["unit"], "Phòng Kinh tế")
    }

    func testAFragmentIsReadAfterTheSubjectOfTheQuestionBefore() {
        let a = assistant()
        XCTAssertTrue(a.respond(to: "còn chỉ thị 16").text.contains("16/05/2016"))
        let who = a.respond(to: "của ai")
        XCTAssertEqual(who.intent, "legal.document")
        XCTAssertTrue(who.text.contains("Thủ tướng"), who.text)
        XCTAssertTrue(a.respond(to: "kết luận 114").text.contains("2015"))
        XCTAssertTrue(a.respond(to: "nói về gì").text.contains("Kết luận 114"), "the subject moved on")
        // A fragment that asks nothing of the subject stays a question of its own: never an invented answer
        // (the seed plan says nothing of funding, and says so).
        let funding = a.respond(to: "kinh phí lấy từ đâu")
        XCTAssertEqual(funding.intent, "plan.funding")
        XCTAssertTrue(funding.text.contains("không nói về kinh phí"), funding.text)
        // A fresh conversation has no subject to lend.
        XCTAssertNotEqual(assistant().respond(to: "của ai").intent, "legal.document")
    }

    func testFollowUpOnTheReportRound() {
        let a = assistant(today: "2025-11-20")
        XCTAssertTrue(a.respond(to: "hạn báo cáo lần 2").text.contains("02/12/2025"))
        let r = a.respond(to: "còn lần 1?")
        XCTAssertEqual(r.intent, "report.deadline")
        XCTAssertTrue(r.text.contains("03/09/2025"))
        XCTAssertFalse(r.text.contains("02/12/2025"))
    }

    func testUnknownNeverInventsFacts() {
        for q in ["hôm nay trời mưa không", "kể chuyện cười", "qwerty", "asdf jkl"] {
            let r = assistant().respond(to: q)
            XCTAssertEqual(r.intent, "unknown", q)
            XCTAssertFalse(r.text.contains("03/09/2025"), q)
            XCTAssertFalse(r.text.contains("Đào Đức Vỹ"), q)
            XCTAssertTrue(r.text.contains("Bạn có thể thử hỏi"), q)
        }
    }

    func testSearchFindsPassagesForOtherQuestions() {
        let r = assistant().respond(to: "cải cách hành chính")
        XCTAssertEqual(r.intent, "search")
        XCTAssertTrue(r.text.contains("cải cách hành chính"))
        XCTAssertTrue(r.document.source?.contains("I.1") ?? false)
    }

    func testNFDQuestionAnswersLikeNFC() {
        let nfd = "báo cáo lần 1 hạn khi nào".decomposedStringWithCanonicalMapping
        XCTAssertEqual(assistant().respond(to: nfd).text, assistant().respond(to: "báo cáo lần 1 hạn khi nào").text)
    }

    func testClarificationAcceptsANumber() {
        let a = assistant()
        let r = a.respond(to: "hạn")
        XCTAssertEqual(r.intent, "unknown")
        XCTAssertTrue(r.text.contains("Có phải bạn muốn hỏi"), r.text)
        XCTAssertTrue(r.text.contains("1) Hạn báo cáo"), r.text)
        XCTAssertEqual(a.respond(to: "1").intent, "report.deadline")
        // The choice is used up: a number now is just a question danvan does not understand.
        XCTAssertTrue(a.respond(to: "9").text.contains("chưa hiểu"))
        _ = a.respond(to: "hạn")
        XCTAssertTrue(a.respond(to: "9").text.contains("Không có lựa chọn số 9"))
    }

    func testAKindOfUnitWithoutItsNameIsAskedBack() {
        let a = assistant()
        let r = a.respond(to: "nhiệm vụ của trung tâm")
        XCTAssertTrue(r.text.contains("Có phải bạn muốn hỏi"), r.text)
        XCTAssertTrue(r.text.contains("Trung tâm sự nghiệp công xã"))
        XCTAssertFalse(r.text.contains("Phòng Kinh tế"))
        let lines = r.text.split(separator: "\n")
        let n = try! XCTUnwrap(lines.firstIndex { $0.contains("Trung tâm sự nghiệp công xã") }) // "• k) …" line
        let number = lines[n].drop { !$0.isNumber }.prefix { $0.isNumber }
        let chosen = a.respond(to: String(number))
        XCTAssertEqual(chosen.intent, "unit.duties")
        XCTAssertEqual(chosen.slots["unit"], "Trung tâm sự nghiệp công xã")
        // The kind named beats the unit in context.
        XCTAssertTrue(a.respond(to: "nhiệm vụ của phòng").text.contains("Phòng Văn hóa - Xã hội"))
    }

    func testExplanationShowsEntitiesAndScores() {
        let r = assistant().respond(to: "nghị định 61 nói về gì")
        let text = PlainRenderer.render(r.explanation!.document)
        XCTAssertTrue(text.contains("document = Nghị định 61"), text)
        XCTAssertTrue(text.contains("legal.document"), text)
        XCTAssertTrue(text.contains("“nói về gì”"), text)
    }

    func testAnswersStayFocused() {
        let a = assistant()
        for q in ["mục đích kế hoạch", "văn bản căn cứ", "tóm tắt nội dung kế hoạch", "nhiệm vụ của phòng vhxh", "hướng dẫn"] {
            XCTAssertLessThanOrEqual(a.respond(to: q).text.count, 2500, q)
        }
    }
}
