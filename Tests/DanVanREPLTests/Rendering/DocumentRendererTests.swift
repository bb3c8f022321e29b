import XCTest
@testable import DanVanText

/// Snapshots of formatted answers (checked by eye once, then pinned) and the layout's guarantees.
final class DocumentRendererTests: XCTestCase {
    func testLegalBasesTableAt80Columns() {
        let expected = """
        Văn bản căn cứ của Kế hoạch công tác dân vận xã Đường An năm 2025
        Số, ký hiệu   Cơ quan ban hành            Ngày        Trích yếu
        ────────────  ──────────────────────────  ──────────  ──────────────────────────
        3177/QĐ-UBND  UBND thành phố Hải Phòng    06/08/2025  Ban hành danh mục nhiệm vụ
                                                              thực hiện công tác dân vận
                                                              6 tháng cuối năm 2025 của
                                                              cơ quan hành chính nhà
                                                              nước, chính quyền các cấp

        16/CT-TTg     Thủ tướng Chính phủ         16/05/2016  Về tăng cường và đổi mới
                                                              công tác dân vận trong cơ
                                                              quan hành chính nhà nước,
                                                              chính quyền các cấp trong
                                                              tình hình mới

        114-KL/TW     Ban Bí thư Trung ương Đảng  14/07/2015  Về nâng cao hiệu quả công
                                                              tác dân vận của cơ quan
                                                              nhà nước các cấp
        Nguồn: Kế hoạch, phần mở đầu và mục I.1
        """
        XCTAssertEqual(DocumentRenderer(width: 80, color: false).render(SampleDocuments.legalBases), expected)
    }

    func testLegalBasesTableAt120Columns() {
        let expected = """
        Văn bản căn cứ của Kế hoạch công tác dân vận xã Đường An năm 2025
        Số, ký hiệu   Cơ quan ban hành            Ngày        Trích yếu
        ────────────  ──────────────────────────  ──────────  ──────────────────────────────────────────────────────────────────
        3177/QĐ-UBND  UBND thành phố Hải Phòng    06/08/2025  Ban hành danh mục nhiệm vụ thực hiện công tác dân vận 6 tháng cuối
                                                              năm 2025 của cơ quan hành chính nhà nước, chính quyền các cấp

        16/CT-TTg     Thủ tướng Chính phủ         16/05/2016  Về tăng cường và đổi mới công tác dân vận trong cơ quan hành chính
                                                              nhà nước, chính quyền các cấp trong tình hình mới

        114-KL/TW     Ban Bí thư Trung ương Đảng  14/07/2015  Về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp
        Nguồn: Kế hoạch, phần mở đầu và mục I.1
        """
        XCTAssertEqual(DocumentRenderer(width: 120, color: false).render(SampleDocuments.legalBases), expected)
    }

    func testLegalBasesBecomeRecordsWhenColumnsCannotFit() {
        let expected = """
        Văn bản căn cứ của Kế hoạch công tác dân
        vận xã Đường An năm 2025
        • Số, ký hiệu: 3177/QĐ-UBND
          Cơ quan ban hành: UBND thành phố Hải
            Phòng
          Ngày: 06/08/2025
          Trích yếu: Ban hành danh mục nhiệm vụ
            thực hiện công tác dân vận 6 tháng
            cuối năm 2025 của cơ quan hành chính
            nhà nước, chính quyền các cấp
        • Số, ký hiệu: 16/CT-TTg
          Cơ quan ban hành: Thủ tướng Chính phủ
          Ngày: 16/05/2016
          Trích yếu: Về tăng cường và đổi mới
            công tác dân vận trong cơ quan hành
            chính nhà nước, chính quyền các cấp
            trong tình hình mới
        • Số, ký hiệu: 114-KL/TW
          Cơ quan ban hành: Ban Bí thư Trung
            ương Đảng
          Ngày: 14/07/2015
          Trích yếu: Về nâng cao hiệu quả công
            tác dân vận của cơ quan nhà nước các
            cấp
        Nguồn: Kế hoạch, phần mở đầu và mục I.1
        """
        XCTAssertEqual(DocumentRenderer(width: 40, color: false).render(SampleDocuments.legalBases), expected)
    }

    func testReportDeadlinesAt80Columns() {
        let expected = """
        Hạn báo cáo kết quả thực hiện công tác dân vận
        • Lần 1: báo cáo 6 tháng, hạn 10/09/2025 (quá hạn 5 ngày), gửi Ủy ban nhân dân
          xã qua Văn phòng HĐND và UBND để tổng hợp
        • Lần 2: báo cáo năm, hạn 10/12/2025 (còn 86 ngày)
        Báo cáo  Hạn         Tình trạng
        ───────  ──────────  ──────────────
        Lần 1    10/09/2025  quá hạn 5 ngày
        Lần 2    10/12/2025  còn 86 ngày
        Có thể hỏi tiếp: “còn mấy ngày nữa đến hạn báo cáo lần 2”.
        Nguồn: Kế hoạch, mục III.3
        """
        XCTAssertEqual(DocumentRenderer(width: 80, color: false).render(SampleDocuments.reportDeadlines), expected)
    }

    func testReportDeadlinesAt120ColumnsKeepEachBulletOnOneLine() {
        let text = DocumentRenderer(width: 120, color: false).render(SampleDocuments.reportDeadlines)
        XCTAssertTrue(text.contains(
            "\n• Lần 1: báo cáo 6 tháng, hạn 10/09/2025 (quá hạn 5 ngày), gửi Ủy ban nhân dân xã qua Văn phòng HĐND và UBND để tổng hợp\n"),
            text)
    }

    func testColoursFollowUrgencyAndRoles() {
        let esc = "\u{1B}["
        let expected = [
            "\(esc)1mHạn báo cáo kết quả thực hiện công tác dân vận\(esc)0m",
            "• Lần 1: báo cáo 6 tháng, hạn 10/09/2025 (\(esc)1;31mquá hạn 5 ngày\(esc)0m), gửi Ủy ban nhân dân",
            "  xã qua Văn phòng HĐND và UBND để tổng hợp",
            "• Lần 2: báo cáo năm, hạn 10/12/2025 (\(esc)32mcòn 86 ngày\(esc)0m)",
            "\(esc)1mBáo cáo\(esc)0m  \(esc)1mHạn\(esc)0m         \(esc)1mTình trạng\(esc)0m",
            "\(esc)2m───────  ──────────  ──────────────\(esc)0m",
            "Lần 1    10/09/2025  \(esc)1;31mquá hạn 5 ngày\(esc)0m",
            "Lần 2    10/12/2025  \(esc)32mcòn 86 ngày\(esc)0m",
            "\(esc)2;3mCó thể hỏi tiếp: “còn mấy ngày nữa đến hạn báo cáo lần 2”.\(esc)0m",
            "\(esc)2mNguồn: Kế hoạch, mục III.3\(esc)0m",
        ].joined(separator: "\n")
        XCTAssertEqual(DocumentRenderer(width: 80, color: true).render(SampleDocuments.reportDeadlines), expected)
    }

    func testSoonAndDoneDeadlinesWithoutADeadlineColumnColourTheWholeRow() {
        let table = AnswerDocument.Table(headers: ["Việc", "Hạn"], rows: [["A", "01/10/2025"], ["B", "02/10/2025"]],
                                         urgency: [.soon, .done])
        let text = DocumentRenderer(width: 80, color: true).render(AnswerDocument(blocks: [.table(table)]))
        let lines = text.components(separatedBy: "\n")
        XCTAssertEqual(lines[2], "\u{1B}[33mA\u{1B}[0m     \u{1B}[33m01/10/2025\u{1B}[0m")
        XCTAssertEqual(lines[3], "\u{1B}[2mB\u{1B}[0m     \u{1B}[2m02/10/2025\u{1B}[0m")
    }

    func testWithoutColourThereIsNoEscapeCodeAtAll() {
        for document in [SampleDocuments.legalBases, SampleDocuments.reportDeadlines] {
            for width in [20, 40, 80, 120] {
                let text = DocumentRenderer(width: width, color: false).render(document)
                XCTAssertFalse(text.contains("\u{1B}"), "width \(width): \(text)")
            }
        }
    }

    func testNoLineIsWiderThanTheWidth() {
        for document in [SampleDocuments.legalBases, SampleDocuments.reportDeadlines] {
            for width in stride(from: 20, through: 130, by: 7) {
                for color in [false, true] {
                    let text = DocumentRenderer(width: width, color: color).render(document)
                    for line in text.components(separatedBy: "\n") {
                        XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "width \(width): \(line)")
                    }
                }
            }
        }
    }

    func testEscapeSequencesAndControlsFromTheDocumentAreStripped() {
        let hostile = AnswerDocument(
            title: "Tiêu đề\u{1B}]0;bị chiếm\u{07}",
            blocks: [.paragraph("xóa\u{1B}[2J màn\rhình\u{202E}ngược"), .bullets(["a\u{9B}31mb"]),
                     .table(AnswerDocument.Table(headers: ["Cột\u{1B}[5m"], rows: [["ô\u{08}\u{08}x"]]))],
            source: "mục\u{1B}[8m ẩn")
        for color in [false, true] {
            let text = DocumentRenderer(width: 80, color: color).render(hostile)
            XCTAssertFalse(text.contains("\u{1B}]"), text)
            XCTAssertFalse(text.contains("2J") || text.contains("[5m") || text.contains("[8m"), text)
            XCTAssertFalse(text.unicodeScalars.contains { [0x07, 0x08, 0x0D, 0x9B, 0x202E].contains($0.value) }, text)
        }
        XCTAssertEqual(DocumentRenderer(width: 80, color: false).render(hostile), """
        Tiêu đề
        xóa mànhìnhngược
        • ab
        Cột
        ───
        ôx
        Nguồn: mục ẩn
        """)
    }

    func testDecomposedInputLaysOutLikeComposed() {
        let composed = AnswerDocument(title: "Phòng Văn hóa - Xã hội",
                                      blocks: [.table(AnswerDocument.Table(headers: ["Đơn vị", "Hạn"],
                                                                           rows: [["Văn phòng HĐND và UBND", "03/09/2025"]]))])
        var decomposed = composed
        decomposed.title = composed.title.decomposedStringWithCanonicalMapping
        decomposed.blocks = [.table(AnswerDocument.Table(
            headers: ["Đơn vị".decomposedStringWithCanonicalMapping, "Hạn"],
            rows: [["Văn phòng HĐND và UBND".decomposedStringWithCanonicalMapping, "03/09/2025"]]))]
        let renderer = DocumentRenderer(width: 80, color: false)
        XCTAssertEqual(renderer.render(decomposed), renderer.render(composed))
        XCTAssertEqual(renderer.render(composed), """
        Phòng Văn hóa - Xã hội
        Đơn vị                  Hạn
        ──────────────────────  ──────────
        Văn phòng HĐND và UBND  03/09/2025
        """)
    }

    func testWideCharactersAreAlignedByDisplayWidth() {
        let table = AnswerDocument.Table(headers: ["Tên", "Ghi chú"], rows: [["日本語", "rộng"], ["Đà", "hẹp"]])
        XCTAssertEqual(DocumentRenderer(width: 80, color: false).render(AnswerDocument(blocks: [.table(table)])), """
        Tên     Ghi chú
        ──────  ───────
        日本語  rộng
        Đà      hẹp
        """)
    }

    func testEmptyDocumentRendersNothing() {
        XCTAssertEqual(DocumentRenderer(width: 80, color: true).render(AnswerDocument()), "")
    }

    func testPlainRendererIsTheColourlessLayoutWithoutWrapping() {
        for document in [SampleDocuments.legalBases, SampleDocuments.reportDeadlines] {
            let plain = PlainRenderer.render(document)
            XCTAssertEqual(plain, DocumentRenderer(width: PlainRenderer.width, color: false).render(document))
            XCTAssertFalse(plain.contains("\u{1B}"))
            // No sentence is broken across lines: a wrapped bullet would continue on an indented line.
            let hasTable = document.blocks.contains { if case .table = $0 { return true } else { return false } }
            if !hasTable { XCTAssertFalse(plain.contains("\n  "), plain) }
        }
        XCTAssertEqual(PlainRenderer.render(AnswerDocument(title: "Mục đích", blocks: [.bullets(["Nâng cao nhận thức"])])),
                       "Mục đích\n• Nâng cao nhận thức")
    }
}
