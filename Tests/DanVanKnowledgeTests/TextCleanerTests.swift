@testable import DanVanKnowledge
import XCTest

final class TextCleanerTests: XCTestCase {
    private let cleaner = TextCleaner(vocabulary: TestSupport.vocabulary.plan)

    func testBrokenLinesJoinUntilAParagraphStarts() {
        let text = """
        - Các phòng, đơn vị tuyên truyền, phổ biến và

        triển khai các văn bản về công tác dân vận;

        - Tiếp tục thực hiện tốt công tác

        dân vận. Triển khai Chỉ thị số 33/CT-TTg

        a) Nội dung một

        1. Mục đích

        2. Trung tâm sự nghiệp công xã

        Chủ trì phối hợp tuyên truyền.
        """
        XCTAssertEqual(cleaner.paragraphs(of: text), [
            "- Các phòng, đơn vị tuyên truyền, phổ biến và triển khai các văn bản về công tác dân vận;",
            "- Tiếp tục thực hiện tốt công tác dân vận. Triển khai Chỉ thị số 33/CT-TTg",
            "a) Nội dung một",
            "1. Mục đích",
            "2. Trung tâm sự nghiệp công xã",
            "Chủ trì phối hợp tuyên truyền.",
        ])
    }

    func testAWrappedLineThatFillsTheWidthGoesOnAfterAPeriod() {
        // Copied from a PDF viewer: one blank line after every line, lines cut at the same width.
        var lines = [
            "- Đẩy mạnh cải cách hành chính; nâng cao các chỉ số cải cách hành chính nhà.",
            "Tập trung giải quyết kịp thời những vấn đề liên quan đến công việc, trách",
            "nhiệm, quyền và lợi ích hợp pháp của cán bộ, đảng viên, công chức, viên chức",
            "và người lao động.",
            "- Nâng cao nhận thức về ý nghĩa và tầm quan trọng của công tác dân vận về",
            "vị trí vai trò, trách nhiệm của cơ quan hành chính Nhà nước, chính quyền xã",
            "trong thực hiện công tác dân vận, đảm bảo công tác dân vận luôn gần gũi",
            "với Nhân dân.",
        ]
        lines += ["- Báo cáo lần 1 trước ngày 03/9/2025.", "Ủy ban nhân dân xã yêu cầu các phòng thực hiện./."]
        let paragraphs = cleaner.paragraphs(of: lines.joined(separator: "\n\n"))
        XCTAssertEqual(paragraphs.count, 4)
        XCTAssertTrue(paragraphs[0].hasSuffix("và người lao động."))
        XCTAssertEqual(paragraphs[2], "- Báo cáo lần 1 trước ngày 03/9/2025.")
    }

    func testUnicodeNormalisationAndLookAlikes() {
        let nfd = "Ủy ban nhân dân xã Đường An".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(nfd.unicodeScalars).count, Array("Ủy ban nhân dân xã Đường An".unicodeScalars).count)
        XCTAssertEqual(cleaner.paragraphs(of: nfd), ["Ủy ban nhân dân xã Đường An"])
        XCTAssertEqual(cleaner.paragraphs(of: "Quyết định số 3177/Q\u{00D0}-UBND"), ["Quyết định số 3177/QĐ-UBND"])
        XCTAssertEqual(cleaner.paragraphs(of: "\u{FEFF}Kế\u{00A0}hoạch\u{200B}"), ["Kế hoạch"])
    }

    func testPageBreaksPageNumbersAndSourceLine() {
        let text = "# source: https://example.org\nI. MỤC ĐÍCH\n- Tuyên truyền về công tác\n\u{000C}- 2 -\n\u{000C}dân vận.\r\n2\r\n- Kiểm tra."
        XCTAssertEqual(cleaner.paragraphs(of: text), ["I. MỤC ĐÍCH", "- Tuyên truyền về công tác dân vận.", "- Kiểm tra."])
    }

    func testStraySpaces() {
        XCTAssertEqual(cleaner.paragraphs(of: "  khiếu nại,  tố   cáo ,  không để ( qua Phòng ) kéo dài ."),
                       ["khiếu nại, tố cáo, không để (qua Phòng) kéo dài."])
    }

    func testHeaderAndClosingLinesStandAlone() {
        let text = """
        ỦY BAN NHÂN DÂN
        THÀNH PHỐ HÀ NỘI
        -------
        Số: 308/KH-UBND
        Hà Nội, ngày 17 tháng 11 năm 2025
        KẾ HOẠCH
        Triển khai công tác dân vận
        trên địa bàn xã năm 2025
        Thực hiện Quyết định số 3177/QĐ-UBND ngày 06/8/2025, Ủy ban nhân dân xã ban hành kế hoạch như sau:
        Nơi nhận:
        - Sở Nội vụ;
        - Lưu: VT. TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Đào Đức Vỹ
        """
        XCTAssertEqual(cleaner.paragraphs(of: text), [
            "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Số: 308/KH-UBND", "Hà Nội, ngày 17 tháng 11 năm 2025", "KẾ HOẠCH",
            "Triển khai công tác dân vận trên địa bàn xã năm 2025",
            "Thực hiện Quyết định số 3177/QĐ-UBND ngày 06/8/2025, Ủy ban nhân dân xã ban hành kế hoạch như sau:",
            "Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đào Đức Vỹ",
        ])
    }
}
