import DanVanAssistant
import DanVanText
import XCTest

/// Questions typed with the input method off (Telex, VNI) or with words run together get the answer
/// of the same question typed correctly.
final class TypingAssistantTests: XCTestCase {
    func assistant() -> Assistant {
        Assistant(knowledge: Repository.knowledge, catalog: Repository.catalog, today: CalendarDate(iso: "2025-08-25")!)
    }

    /// (as typed, as it should have been typed)
    let pairs: [(String, String)] = [
        // Telex
        ("hanj noopj baos caos laanf 2", "hạn nộp báo cáo lần 2"),
        ("vawn banr cawn cuws cuar kees hoachj", "văn bản căn cứ của kế hoạch"),
        ("nhieemj vuj cuar phongf vawn hoas xax hooij", "nhiệm vụ của phòng văn hóa xã hội"),
        ("ai kys kees hoachj nayf", "ai ký kế hoạch này"),
        ("mucj ddichs cuar kees hoachj laf gif", "mục đích của kế hoạch là gì"),
        ("nowi nhaanj kees hoachj", "nơi nhận kế hoạch"),
        ("chir thij 33 noij dung gif", "chỉ thị 33 nội dung gì"),
        // VNI
        ("quye61t d9i5nh 3177 ban ha2nh nga2y na2o", "quyết định 3177 ban hành ngày nào"),
        ("tho72i ha5n gu73i ba1o ca1o la62n 1", "thời hạn gửi báo cáo lần 1"),
        ("ye6u ca62u cu3a ke61 hoa5ch", "yêu cầu của kế hoạch"),
        ("chi3 thi5 33 no1i ve62 gi2", "chỉ thị 33 nói về gì"),
        // Words run together
        ("vanbancancu", "văn bản căn cứ"),
        ("noinhan cua ke hoach", "nơi nhận của kế hoạch"),
        ("quyetdinh3177 ban hanh khi nao", "quyết định 3177 ban hành khi nào"),
        ("nhiemvuphongkinhte", "nhiệm vụ phòng kinh tế"),
        ("tomtat kehoach", "tóm tắt kế hoạch"),
        ("nghidinh61 noi ve gi", "nghị định 61 nói về gì"),
        ("nhiệmvụ của phòng kinh tế", "nhiệm vụ của phòng kinh tế"),
        ("quyeetsddinhj 3177 laf gif", "quyết định 3177 là gì"),
    ]

    func testMistypedQuestionsGetTheIntentOfTheirCorrectForm() {
        for (typed, correct) in pairs {
            let want = assistant().respond(to: correct)
            let got = assistant().respond(to: typed)
            XCTAssertNotEqual(want.intent, "unknown", correct)
            XCTAssertEqual(got.intent, want.intent, "\(typed) ≠ \(correct)")
            XCTAssertEqual(got.slots.filter { $0.key != "plan" }, want.slots.filter { $0.key != "plan" }, typed)
        }
    }

    func testExplanationShowsWhatWasDecoded() {
        let r = assistant().respond(to: "thowif hanj nopj baos caos")
        XCTAssertEqual(r.explanation?.rewrites.first, TypingRewrite(from: "thowif", to: "thời"))
        let text = PlainRenderer.render(r.explanation!.document)
        XCTAssertTrue(text.contains("thowif → thời"), text)
        XCTAssertTrue(text.contains("nopj → nọp"), text)
        let plain = assistant().respond(to: "hạn báo cáo")
        XCTAssertEqual(plain.explanation?.rewrites, [])
    }

    func testTeenCodeAndShortFormsStillWork() {
        let cases: [(String, String)] = [
            ("hạn nộp bc lần 1 là j", "hạn nộp báo cáo lần 1 là gì"),
            ("nv của p. kinh tế", "nhiệm vụ của phòng kinh tế"),
            ("vb căn cứ", "văn bản căn cứ"),
            ("han bc lan1", "hạn báo cáo lần 1"),
        ]
        for (typed, correct) in cases {
            let want = assistant().respond(to: correct)
            let got = assistant().respond(to: typed)
            XCTAssertEqual(got.intent, want.intent, typed)
            XCTAssertEqual(got.explanation?.rewrites ?? [], [], typed)
        }
    }
}
