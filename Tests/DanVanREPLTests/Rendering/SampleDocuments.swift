@testable import DanVanText

/// Answers shaped like danvan's, with Vietnamese text from the seed plan, for layout snapshots.
enum SampleDocuments {
    static let legalBases = AnswerDocument(
        title: "Văn bản căn cứ của Kế hoạch công tác dân vận xã Đường An năm 2025",
        blocks: [.table(AnswerDocument.Table(
            headers: ["Số, ký hiệu", "Cơ quan ban hành", "Ngày", "Trích yếu"],
            rows: [
                ["3177/QĐ-UBND", "UBND thành phố Hải Phòng", "06/08/2025",
                 "Ban hành danh mục nhiệm vụ thực hiện công tác dân vận 6 tháng cuối năm 2025 của cơ quan hành chính nhà nước, chính quyền các cấp"],
                ["16/CT-TTg", "Thủ tướng Chính phủ", "16/05/2016",
                 "Về tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới"],
                ["114-KL/TW", "Ban Bí thư Trung ương Đảng", "14/07/2015",
                 "Về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp"],
            ],
            wrapColumns: [1, 3]))],
        source: "Kế hoạch, phần mở đầu và mục I.1")

    static let reportDeadlines = AnswerDocument(
        title: "Hạn báo cáo kết quả thực hiện công tác dân vận",
        blocks: [
            .bullets([
                "Lần 1: báo cáo 6 tháng, hạn 10/09/2025 (quá hạn 5 ngày), gửi Ủy ban nhân dân xã qua Văn phòng HĐND và UBND để tổng hợp",
                "Lần 2: báo cáo năm, hạn 10/12/2025 (còn 86 ngày)",
            ]),
            .table(AnswerDocument.Table(
                headers: ["Báo cáo", "Hạn", "Tình trạng"],
                rows: [["Lần 1", "10/09/2025", "quá hạn 5 ngày"], ["Lần 2", "10/12/2025", "còn 86 ngày"]],
                urgency: [.overdue, .ok], deadlineColumn: 2)),
            .note("Có thể hỏi tiếp: “còn mấy ngày nữa đến hạn báo cáo lần 2”."),
        ],
        source: "Kế hoạch, mục III.3",
        marks: [.init("quá hạn 5 ngày", .overdue), .init("còn 86 ngày", .ok)])
}
