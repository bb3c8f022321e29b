@testable import DanVanAssistant
import DanVanKnowledge
import DanVanText
import Foundation
import XCTest

/// The seed plan, two synthetic commune plans and a city plan (imported from the knowledge tests' fixtures), with
/// everything the brief and the practice rounds read.
enum OnboardingLibrary {
    static let fixtures = ["synthetic-xa-hoa-binh-phong-chong-thien-tai.txt", "synthetic-xa-an-lao-cai-cach-hanh-chinh.txt",
                           "hanoi-308-kh-ubnd-2025-du-lieu-chuyen-doi-so.txt"]

    static let knowledge: KnowledgeBase = {
        let data = Repository.root.appendingPathComponent("Data")
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-onboarding-\(UUID().uuidString)")
        let importer = try! PlanImporter(dataDirectory: data)
        for name in fixtures {
            let file = Repository.root.appendingPathComponent("Tests/DanVanKnowledgeTests/Fixtures/\(name)")
            _ = try! PlanLibrary(directory: library).save(importer.importFile(at: file))
        }
        return try! KnowledgeBase.load(dataDirectory: data, userPlansDirectory: library, cacheDirectory: nil)
    }()

    static func assistant(today: String = "2025-08-25") -> Assistant {
        Assistant(knowledge: knowledge, catalog: Repository.catalog, today: CalendarDate(iso: today)!)
    }

    /// Every unit a brief can be asked for in `plan`: the units it names and the commune's own offices.
    static func units(of plan: Plan) -> [String] {
        var seen = Set<String>()
        let named = plan.units.map(\.name).filter { !knowledge.units.isCollective($0) }
        let commune = knowledge.units.units.map(\.name).filter { knowledge.units.communeUnits.contains($0) && !knowledge.units.isCollective($0) }
        return (named + commune).filter { seen.insert(Tokenizer.foldedWords($0).joined(separator: " ")).inserted }
    }
}

final class OnboardingBriefTests: XCTestCase {
    let knowledge = OnboardingLibrary.knowledge
    let answerer = OnboardingLibrary.assistant().answerer()

    func testTheLibraryHoldsTheFourPlans() {
        XCTAssertEqual(knowledge.plans.count, 4)
        for p in knowledge.plans { XCTAssertFalse(p.units.isEmpty, p.id) }
    }

    /// For each unit of each plan: exactly the duties the plan gives it under its own heading, the
    /// section for every office when it is one of the commune's offices, the plan's deadlines but those in
    /// another unit's own section, and the documents of its preamble or cited in its sections.
    func testEachUnitsBriefListsExactlyItsDutiesDeadlinesAndDocuments() {
        var checked = 0
        for plan in knowledge.plans {
            for unit in OnboardingLibrary.units(of: plan) {
                let folded = Tokenizer.foldedWords(unit)
                let shares = knowledge.units.communeUnits.contains(unit)
                let part = UnitBrief.part(of: plan, unit: unit, sharesCommonDuties: shares, answerer: answerer)
                // Independently from the model: the unit's own heading(s).
                let expectedDuties = plan.units.filter { answerer.sameUnit(Tokenizer.foldedWords($0.name), folded) }
                    .flatMap(\.duties)
                let common = plan.allUnitsSection.flatMap { id in
                    (shares || !expectedDuties.isEmpty) && !expectedDuties.contains { $0.section == id } ? id : nil
                }
                guard let part else {
                    XCTAssertTrue(expectedDuties.isEmpty && common == nil, "\(plan.id) \(unit): a brief was expected")
                    continue
                }
                checked += 1
                XCTAssertEqual(part.ownDuties, expectedDuties, "\(plan.id) \(unit)")
                XCTAssertEqual(part.sharedSection, common, "\(plan.id) \(unit)")
                XCTAssertEqual(part.sharedDuties, common.flatMap { plan.section($0)?.paragraphs } ?? [], "\(plan.id) \(unit)")
                let mine = Set(expectedDuties.map(\.section) + [common].compactMap { $0 })
                // Sections where another unit has a duty (any role) and this one none.
                let othersOnly = Set(plan.units.filter { !answerer.sameUnit(Tokenizer.foldedWords($0.name), folded) }
                    .flatMap { u in u.duties.map(\.section) }).subtracting(mine)
                XCTAssertEqual(part.deadlines, plan.deadlines.filter { !othersOnly.contains($0.section) },
                               "\(plan.id) \(unit)")
                let docs = plan.documents.filter { d in
                    d.sections.contains("preamble") || d.sections.contains { s in mine.contains { $0 == s || $0.hasPrefix(s + ".") } }
                }
                XCTAssertEqual(part.documents.map(\.kind), docs.map(\.kind), "\(plan.id) \(unit)")
                XCTAssertEqual(part.documents.map(\.symbol), docs.map(\.symbol), "\(plan.id) \(unit)")
                // Nothing invented: every abbreviation listed is written in the plan.
                let text = PlanText.of(plan)
                for e in part.abbreviations {
                    XCTAssertTrue(([e.term] + (e.aliases ?? [])).contains { text.contains($0) }, "\(plan.id) \(unit): \(e.term)")
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 8)
    }

    /// The pages show every duty, deadline and document of the brief, with their sections, each page
    /// within one screen.
    func testThePagesShowEveryFactWithItsSourceWithinAScreen() {
        let a = OnboardingLibrary.assistant()
        for plan in knowledge.plans {
            for unit in OnboardingLibrary.units(of: plan) {
                let brief = UnitBrief.build(unit: unit, answerer: answerer)
                guard let part = brief.plans.first(where: { $0.plan.id == plan.id }) else { continue }
                let pages = a.briefPages(unit: unit)
                let text = pages.map { PlainRenderer.render($0) }.joined(separator: "\n")
                for d in part.ownDuties {
                    XCTAssertTrue(text.contains(String(KnowledgeAnswerer.unbulleted(d.text).prefix(40))), "\(unit): \(d.text)")
                    XCTAssertTrue(text.contains("[\(d.section)]"), "\(unit): \(d.section)")
                }
                for d in part.deadlines {
                    XCTAssertTrue(text.contains(d.date?.display ?? d.label), "\(unit): \(d.label)")
                }
                for d in part.documents {
                    XCTAssertTrue(text.contains(d.symbol ?? d.name ?? d.kind), "\(unit): \(d.kind)")
                    if let date = d.date { XCTAssertTrue(text.contains(date.display), "\(unit): \(date.display)") }
                }
                if let to = part.reportsTo { XCTAssertTrue(text.contains(to), unit) }
                for page in pages {
                    XCTAssertNotNil(page.source, unit)
                    let lines = page.blocks.reduce(0) { n, b in
                        switch b {
                        case .paragraph(let s), .note(let s), .heading(let s): return n + 1 + s.count / 96
                        case .bullets(let items): return n + items.reduce(0) { $0 + 1 + $1.count / 96 }
                        case .table(let t): return n + t.rows.count + 1
                        }
                    }
                    XCTAssertLessThanOrEqual(lines, 24, "\(unit): a page is longer than a screen")
                }
            }
        }
    }

    func testAUnitNoPlanConcernsSaysSo() {
        let brief = UnitBrief.build(unit: "Sở Không Tồn Tại", answerer: answerer)
        XCTAssertTrue(brief.plans.isEmpty)
        let pages = BriefWriter(answerer: OnboardingLibrary.assistant().answerer()).pages(brief)
        XCTAssertEqual(pages.count, 1)
        XCTAssertTrue(PlainRenderer.render(pages[0]).contains("Chưa có kế hoạch nào"))
    }

    /// In the conversation: understood with or without diacritics, asked back without a unit, paged by "tiếp".
    func testTheConversationGivesTheBriefPageByPage() {
        for line in ["tôi là cán bộ mới của phòng kinh tế", "toi moi ve phong kinh te", "tôi mới về phòng kinh tế"] {
            let r = OnboardingLibrary.assistant().respond(to: line)
            XCTAssertEqual(r.intent, "onboarding.brief", line)
            XCTAssertEqual(r.slots["unit"], "Phòng Kinh tế", line)
        }
        let a = OnboardingLibrary.assistant()
        let ask = a.respond(to: "giới thiệu cho cán bộ mới")
        XCTAssertEqual(ask.intent, "onboarding.brief")
        XCTAssertTrue(ask.text.contains("đơn vị nào"), ask.text)
        let names = a.communeUnitNames
        let n = try! XCTUnwrap(names.firstIndex(of: "Phòng Kinh tế")) + 1
        let first = a.respond(to: "\(n)")
        XCTAssertEqual(first.intent, "onboarding.brief", first.text)
        let total = a.briefPages(unit: "Phòng Kinh tế").count
        XCTAssertGreaterThan(total, 1)
        let a2 = OnboardingLibrary.assistant()
        _ = a2.respond(to: "tôi mới về phòng kinh tế")
        let words = ["tiếp", "xem tiếp", "tiep theo", "trang sau"]
        for i in 1..<total {
            let more = a2.respond(to: words[i % words.count])
            XCTAssertEqual(more.intent, "onboarding.more")
            XCTAssertTrue(more.text.contains("Phòng Kinh tế"))
        }
        XCTAssertNotEqual(a2.respond(to: "tiếp").intent, "onboarding.more", "no page left")
    }

    /// "tiếp" and "dừng" mean something only when there is a page to show or a round to stop: questions
    /// holding those words are answered as before.
    func testControlWordsDoNotTakeOverQuestions() {
        let cases = [("hạn báo cáo tiếp theo", "report.deadline"), ("báo cáo lần tiếp theo khi nào", "report.deadline"),
                     ("nhiệm vụ tiếp theo của phòng kinh tế", "unit.duties")]
        for (q, intent) in cases {
            XCTAssertEqual(OnboardingLibrary.assistant().respond(to: q).intent, intent, q)
            let reading = OnboardingLibrary.assistant()
            _ = reading.respond(to: "tôi mới về phòng kinh tế")
            XCTAssertEqual(reading.respond(to: q).intent, intent, "\(q) while a brief is being read")
            XCTAssertNotEqual(reading.respond(to: "tiếp").intent, "onboarding.more", "another question ends the brief")
        }
        XCTAssertNotEqual(OnboardingLibrary.assistant().respond(to: "dừng ôn tập").intent, "onboarding.quiz")
    }
}
