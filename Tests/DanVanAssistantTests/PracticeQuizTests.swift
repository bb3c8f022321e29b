@testable import DanVanAssistant
import DanVanKnowledge
import DanVanText
import Foundation
import XCTest

final class PracticeQuizTests: XCTestCase {
    let knowledge = OnboardingLibrary.knowledge
    var assistant: Assistant { OnboardingLibrary.assistant() }
    var judge: AnswerJudge {
        let answerer = assistant.answerer()
        return AnswerJudge(units: knowledge.units, glossary: knowledge.glossary, sameUnit: { answerer.sameUnit($0, $1) })
    }

    /// Every question's expected fact is written in its source plan's text (folded): a date as one of
    /// the dates the text writes, anything else as words of the text.
    func testEveryQuestionsFactIsWrittenInItsPlan() {
        var kinds = Set<QuizQuestion.Kind>()
        for plan in knowledge.plans {
            let questions = assistant.practiceQuestions(unit: nil, plan: plan)
            XCTAssertGreaterThanOrEqual(questions.count, 5, plan.id)
            let folded = " " + Tokenizer.foldedWords(PlanText.of(plan)).joined(separator: " ") + " "
            var dates = Set<CalendarDate>()
            for m in DateExtractor.mentions(in: PlanText.of(plan)) { if case .date(let d) = m.value { dates.insert(d) } }
            for q in questions {
                kinds.insert(q.kind)
                XCTAssertEqual(q.planID, plan.id)
                XCTAssertTrue(q.source.contains(plan.number ?? "Kế hoạch"), q.source)
                switch q.expected {
                case .date(let d):
                    XCTAssertTrue(dates.contains(d), "\(plan.id): \(q.question) → \(d.display) not in the text")
                case .unit(let s), .text(let s):
                    XCTAssertTrue(folded.contains(" " + Tokenizer.foldedWords(s).joined(separator: " ") + " "), "\(plan.id): \(q.question) → \(s)")
                case .document(let symbols):
                    for s in symbols {
                        XCTAssertTrue(folded.contains(" " + Tokenizer.foldedWords(s).joined(separator: " ") + " "), "\(plan.id): \(s)")
                    }
                }
                // The fact as shown is judged right.
                XCTAssertTrue(judge.isRight(q.answer, q.expected), "\(q.question): \(q.answer)")
            }
        }
        XCTAssertEqual(kinds, [.deadline, .basis, .lead, .abbreviation, .issuer, .documentDate])
    }

    /// A plan that states nothing usable gives no question, and the conversation says so.
    func testAPlanWithNoUsableFactsGivesNoQuestion() {
        // No number, no abbreviation written with its full form, no deadline, no unit.
        let bare = Plan(id: "bare", issuer: "Xã Thử", title: "Việc trống",
                        sections: [PlanSection(id: "I", title: "Mục đích", paragraphs: ["Làm tốt công việc."])],
                        documents: [LegalDocument(kind: "Nghị định", symbol: "99/2020/NĐ-CP", issuer: "Chính phủ", sections: ["I"])])
        // The document is in the model but not written in the text: no question may come from it.
        let kb = KnowledgeBase(plans: [bare], units: knowledge.units, glossary: knowledge.glossary, documentKinds: knowledge.documentKinds)
        let a = Assistant(knowledge: kb, catalog: Repository.catalog, today: CalendarDate(iso: "2025-08-25")!)
        XCTAssertTrue(a.practiceQuestions(unit: nil, plan: bare).isEmpty)
        let r = a.respond(to: "ôn tập")
        XCTAssertEqual(r.intent, "onboarding.quiz")
        XCTAssertTrue(r.text.contains("Không có dữ kiện nào"), r.text)
        XCTAssertFalse(a.isPracticing)
    }

    func testAnswersWithoutDiacriticsTyposAndShortFormsAreRight() {
        let date = CalendarDate(iso: "2025-09-03")!
        for typed in ["03/09/2025", "3/9", "ngay 3 thang 9", "ngày 03/9/2025"] {
            XCTAssertTrue(judge.isRight(typed, .date(date)), typed)
        }
        for typed in ["4/9", "03/10/2025", "khong biet", ""] { XCTAssertFalse(judge.isRight(typed, .date(date)), typed) }

        for typed in ["phong van hoa xa hoi", "VHXH", "Phòng Văn hoá - Xã hội", "phong van hoa xa hoii"] {
            XCTAssertTrue(judge.isRight(typed, .unit("Phòng Văn hóa - Xã hội")), typed)
        }
        for typed in ["phong kinh te", "trung tam su nghiep cong"] {
            XCTAssertFalse(judge.isRight(typed, .unit("Phòng Văn hóa - Xã hội")), typed)
        }

        for typed in ["thu tuong chinh phu", "Thủ tướng Chính phủ", "thu tuong chinh phuu", "TTg"] {
            XCTAssertTrue(judge.isRight(typed, .text("Thủ tướng Chính phủ")), typed)
        }
        for typed in ["chinh phu", "quoc hoi", "bo chinh tri"] { XCTAssertFalse(judge.isRight(typed, .text("Thủ tướng Chính phủ")), typed) }
        XCTAssertTrue(judge.isRight("UBND thanh pho Hai Phong", .text("Ủy ban nhân dân thành phố Hải Phòng")))
        XCTAssertTrue(judge.isRight("BCH TW Dang", .text("Ban Chấp hành Trung ương Đảng")))
        XCTAssertTrue(judge.isRight("ban chap hanh TW", .text("Ban Chấp hành Trung ương Đảng")))
        XCTAssertFalse(judge.isRight("BTV", .text("Ban Chấp hành Trung ương Đảng")))
        XCTAssertFalse(judge.isRight("UBND xa Duong An", .text("Ủy ban nhân dân thành phố Hải Phòng")))

        for typed in ["3177", "quyet dinh 3177", "3177/QĐ-UBND", "qd 3177/qd-ubnd"] {
            XCTAssertTrue(judge.isRight(typed, .document(["3177/QĐ-UBND", "33/CT-TTg"])), typed)
        }
        for typed in ["3178", "quyet dinh", "16/CT-TTg"] {
            XCTAssertFalse(judge.isRight(typed, .document(["3177/QĐ-UBND", "33/CT-TTg"])), typed)
        }
    }

    func testTheSeedMakesTheOrderReproducible() {
        let questions = assistant.practiceQuestions(unit: nil, plan: nil)
        let a = assistant.startPractice(questions, count: 8, seed: 42).questions.map(\.id)
        let b = assistant.startPractice(questions, count: 8, seed: 42).questions.map(\.id)
        let c = assistant.startPractice(questions, count: 8, seed: 43).questions.map(\.id)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
        XCTAssertEqual(a.count, 8)
        var g1 = SplitMix64(seed: 7), g2 = SplitMix64(seed: 7)
        XCTAssertEqual((0..<5).map { _ in g1.next() }, (0..<5).map { _ in g2.next() })
    }

    func testProgressIsKeptAtomicallyWithMode0600AndMissedFactsComeFirst() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-progress-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = PracticeProgress.url(stateDirectory: dir, user: "nguyen van/a")
        XCTAssertEqual(url.lastPathComponent, "practice-nguyen_van_a.json")
        let a = assistant
        a.usePracticeProgress(PracticeProgress(url: url))
        let questions = a.practiceQuestions(unit: nil, plan: nil)
        let session = a.startPractice(questions, count: 4, seed: 1)
        let asked = session.questions
        XCTAssertTrue(session.answer(asked[0].answer).right)
        XCTAssertFalse(session.answer("sai hoàn toàn").right)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [url.lastPathComponent], "no temporary file left")

        // A new reader (the next run): the fact missed comes first, the one right comes last, whatever the seed.
        let next = PracticeProgress(url: url)
        XCTAssertEqual(next.record(asked[1].id)?.lastRight, false)
        XCTAssertEqual(next.record(asked[0].id)?.right, 1)
        for seed in [UInt64(2), 3, 99] {
            var g = SplitMix64(seed: seed)
            let order = next.order(questions, using: &g)
            XCTAssertEqual(order.first?.id, asked[1].id)
            XCTAssertEqual(order.last?.id, asked[0].id)
        }
    }

    /// "ôn tập" in the conversation: one question at a time, judged, scored; "dừng ôn tập" stops early.
    func testAPracticeRoundInTheConversation() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-round-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = assistant
        a.usePracticeProgress(PracticeProgress(url: dir.appendingPathComponent("p.json")))
        let start = a.respond(to: "on tap")
        XCTAssertEqual(start.intent, "onboarding.quiz")
        XCTAssertTrue(start.text.contains("Câu 1/5"), start.text)
        XCTAssertTrue(a.isPracticing)
        let wrong = a.respond(to: "không biết")
        XCTAssertTrue(wrong.text.contains("Chưa đúng"), wrong.text)
        XCTAssertTrue(wrong.text.contains("Nguồn: "), wrong.text)
        XCTAssertTrue(wrong.text.contains("Câu 2/5"), wrong.text)
        let stop = a.respond(to: "dừng ôn tập")
        XCTAssertEqual(stop.intent, "onboarding.stop")
        XCTAssertTrue(stop.text.contains("Đúng 0/1"), stop.text)
        XCTAssertFalse(a.isPracticing)
        XCTAssertEqual(a.respond(to: "hạn báo cáo lần 1").intent, "report.deadline")
        XCTAssertNil(a.stopPractice())
        // Typed without diacritics too.
        _ = a.respond(to: "ôn tập")
        XCTAssertEqual(a.respond(to: "thoi on tap").intent, "onboarding.stop")
        XCTAssertFalse(a.isPracticing)
    }
}
