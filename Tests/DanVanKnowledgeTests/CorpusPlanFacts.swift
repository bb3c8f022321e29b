/// Facts of every real plan in `Fixtures/`, written by reading each plan (not by recording what the
/// importer prints). `CorpusPlanImportTests` checks the importer against them.
///
/// - `units`: units the plan's "Tổ chức thực hiện" (or "Phân công nhiệm vụ") gives duties to, as
///   written there (compared folded: without diacritics, case or punctuation); a plan may name more.
/// - `deadlines`: words of every deadline sentence found by reading the plan (dates, recurring reports,
///   "Thời gian thực hiện: Tháng 12/2025."); each must be kept as a deadline, and no deadline may come
///   from another sentence. `noDeadline`: reading found none (timings like "Năm 2025 và các năm tiếp
///   theo", "Thường xuyên", "định kỳ báo cáo … theo quy định" give no date).
/// - `appendixRows`: numbered rows of the appendix table after the signature, recorded for the
///   appendix reader (not checked here).
struct CorpusPlanFact {
    var file: String
    var number: String
    var date: (Int, Int, Int)
    var issuer: String
    var signerName: String
    var signerTitle: String
    /// "KT." when signed on behalf of the chair, "TM." when the chair signs for the committee.
    var signerMode: String
    var units: [String]
    var deadlines: [String] = []
    /// True when the plan, read through, sets no deadline at all.
    var noDeadline = false
    /// Documents the plan cites (at least); 0 when it cites none.
    var minDocuments: Int
    var appendixRows: Int? = nil
    /// Abbreviations the plan defines, short form → full form.
    var abbreviations: [String: String] = [:]
}

extension CorpusPlanFact {
    static let all: [CorpusPlanFact] = [
        .init(file: "bac-ninh-144-kh-ubnd-2025.txt", number: "144/KH-UBND", date: (2025, 11, 24),
              issuer: "Ủy ban nhân dân tỉnh Bắc Ninh", signerName: "Mai Sơn", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Văn hoá, Thể thao và Du lịch",
                      "Sở Công Thương", "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Y tế", "Sở Xây dựng", "Công an tỉnh",
                      "Các sở, ban, ngành", "UBND các xã, phường", "Chi cục Hải quan khu vực V", "Các doanh nghiệp công nghệ số"],
              deadlines: ["trước ngày 15/11 hằng năm"], minDocuments: 3, appendixRows: 19),
        .init(file: "ca-mau-0204-kh-ubnd-2025.txt", number: "0204/KH-UBND", date: (2025, 11, 24),
              issuer: "Ủy ban nhân dân tỉnh Cà Mau", signerName: "Lâm Văn Bi", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: [], deadlines: ["đến ngày 30 tháng 6 hàng năm"], minDocuments: 3, appendixRows: 94,
              abbreviations: ["NSNN": "ngân sách nhà nước"]),
        .init(file: "can-tho-157-kh-ubnd-2025.txt", number: "157/KH-UBND", date: (2025, 11, 18),
              issuer: "Ủy ban nhân dân thành phố Cần Thơ", signerName: "Nguyễn Thị Ngọc Điệp", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Y tế", "Sở Nội vụ", "Ngân hàng Nhà nước chi nhánh khu vực 14", "Sở Khoa học và Công nghệ",
                      "Ủy ban nhân dân xã, phường", "các tổ chức cung cấp dịch vụ chi trả"],
              deadlines: ["trước ngày 31 tháng 12 năm 2025"], minDocuments: 1, appendixRows: 8),
        .init(file: "can-tho-159-kh-ubnd-2025.txt", number: "159/KH-UBND", date: (2025, 11, 19),
              issuer: "Ủy ban nhân dân thành phố Cần Thơ", signerName: "Trần Chí Hùng", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch",
                      "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Các Sở, ngành, đơn vị liên quan", "Ủy ban nhân dân cấp xã"],
              deadlines: ["Từ nay đến hết năm 2025"], minDocuments: 1),
        .init(file: "can-tho-160-kh-ubnd-2025.txt", number: "160/KH-UBND", date: (2025, 11, 19),
              issuer: "Ủy ban nhân dân thành phố Cần Thơ", signerName: "Trần Chí Hùng", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Nông nghiệp và Môi trường", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Ủy ban nhân dân cấp xã"],
              noDeadline: true, minDocuments: 1),
        .init(file: "can-tho-165-kh-ubnd-2025.txt", number: "165/KH-UBND", date: (2025, 11, 21),
              issuer: "Ủy ban nhân dân thành phố Cần Thơ", signerName: "Nguyễn Thị Ngọc Điệp", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Y tế", "Ủy ban nhân dân xã, phường"], noDeadline: true, minDocuments: 2),
        .init(file: "dak-lak-0130-kh-ubnd-2025.txt", number: "0130/KH-UBND", date: (2025, 11, 21),
              issuer: "Ủy ban nhân dân tỉnh Đắk Lắk", signerName: "Hồ Thị Nguyên Thảo", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Y tế", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "UBND các xã, phường"],
              deadlines: ["báo cáo nhanh hàng ngày", "báo cáo hằng ngày", "Báo cáo tổng hợp hàng ngày"], minDocuments: 0),
        .init(file: "dak-lak-0134-kh-ubnd-2025.txt", number: "0134/KH-UBND", date: (2025, 11, 25),
              issuer: "Ủy ban nhân dân tỉnh Đắk Lắk", signerName: "Trương Công Thái", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Nông nghiệp và Môi trường", "Sở Tài chính", "UBND các xã/phường"],
              noDeadline: true, minDocuments: 10, appendixRows: 155, abbreviations: ["NTTS": "nuôi trồng thủy sản"]),
        .init(file: "dong-nai-179-kh-ubnd-2025.txt", number: "179/KH-UBND", date: (2025, 11, 18),
              issuer: "Ủy ban nhân dân tỉnh Đồng Nai", signerName: "Võ Tấn Đức", signerTitle: "Chủ tịch", signerMode: "TM.",
              units: ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Y tế", "Sở Giáo dục và Đào tạo",
                      "Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Nội vụ",
                      "Sở Ngoại vụ", "Sở Xây dựng", "Các doanh nghiệp công nghệ số"],
              deadlines: ["Định kỳ 06 tháng"], minDocuments: 2, appendixRows: 96),
        .init(file: "dong-nai-182-kh-ubnd-2025.txt", number: "182/KH-UBND", date: (2025, 11, 20),
              issuer: "Ủy ban nhân dân tỉnh Đồng Nai", signerName: "Lê Trường Sơn", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Công an tỉnh"], deadlines: ["hoàn thành trong tháng 11/2025", "(qua Công an tỉnh) trong tháng 11/2025"], minDocuments: 1),
        .init(file: "dong-thap-552-kh-ubnd-2025.txt", number: "552/KH-UBND", date: (2025, 11, 19),
              issuer: "Ủy ban nhân dân tỉnh Đồng Tháp", signerName: "Huỳnh Minh Tuấn", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Tài chính",
                      "Sở Giáo dục và Đào tạo", "Ban Quản lý khu Kinh tế", "Ủy ban nhân dân xã, phường"],
              deadlines: ["trước ngày 30/11 hằng năm", "trước ngày 20/11 về Sở Khoa học và Công nghệ"], minDocuments: 1, appendixRows: 19),
        .init(file: "dong-thap-556-kh-ubnd-2025.txt", number: "556/KH-UBND", date: (2025, 11, 19),
              issuer: "Ủy ban nhân dân tỉnh Đồng Tháp", signerName: "Nguyễn Thành Diệu", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Nông nghiệp và Môi trường"], deadlines: ["chậm nhất ngày 17 tháng 12"], minDocuments: 1),
        .init(file: "dong-thap-597-kh-ubnd-2025.txt", number: "597/KH-UBND", date: (2025, 11, 27),
              issuer: "Ủy ban nhân dân tỉnh Đồng Tháp", signerName: "Nguyễn Thành Diệu", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Xây dựng", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Công an Tỉnh",
                      "Ủy ban nhân dân cấp xã"],
              deadlines: ["(trước ngày 30 tháng 11)"], minDocuments: 1),
        .init(file: "ha-noi-310-kh-ubnd-2025.txt", number: "310/KH-UBND", date: (2025, 11, 24),
              issuer: "Ủy ban nhân dân thành phố Hà Nội", signerName: "Trương Việt Dũng", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Ban Quản lý các khu công nghệ cao và khu công nghiệp", "Sở Khoa học và Công nghệ", "Sở Tài chính",
                      "Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan"],
              deadlines: ["trước ngày 30 tháng 11 hàng năm"], minDocuments: 1, appendixRows: 6),
        .init(file: "ha-tinh-624-kh-ubnd-2025.txt", number: "624/KH-UBND", date: (2025, 11, 19),
              issuer: "Ủy ban nhân dân tỉnh Hà Tĩnh", signerName: "Nguyễn Thị Nguyệt", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Y tế", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch",
                      "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                      "Ủy ban nhân dân các xã, phường"],
              noDeadline: true, minDocuments: 1),
        .init(file: "ho-chi-minh-172-kh-ubnd-2025.txt", number: "172/KH-UBND", date: (2025, 11, 18),
              issuer: "Ủy ban nhân dân thành phố Hồ Chí Minh", signerName: "Trần Thị Diệu Thúy", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Nội vụ"], noDeadline: true, minDocuments: 1),
        .init(file: "lai-chau-7360-kh-ubnd-2025.txt", number: "7360/KH-UBND", date: (2025, 11, 19),
              issuer: "Ủy ban nhân dân tỉnh Lai Châu", signerName: "Tống Thanh Hải", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Khoa học và Công nghệ"], noDeadline: true, minDocuments: 1),
        .init(file: "nghe-an-1026-kh-ubnd-2025.txt", number: "1026/KH-UBND", date: (2025, 11, 26),
              issuer: "Ủy ban nhân dân tỉnh Nghệ An", signerName: "Bùi Thanh An", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "UBND các xã, phường",
                      "Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"],
              noDeadline: true, minDocuments: 1),
        .init(file: "nghe-an-987-kh-ubnd-2025.txt", number: "987/KH-UBND", date: (2025, 11, 20),
              issuer: "Ủy ban nhân dân tỉnh Nghệ An", signerName: "Hoàng Phú Hiền", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Khoa học và Công nghệ", "Ban Quản lý Khu kinh tế Đông Nam", "Các Sở, ban, ngành cấp tỉnh",
                      "Các doanh nghiệp viễn thông"],
              deadlines: ["Trước ngày 15/12 hàng năm"], minDocuments: 1),
        .init(file: "bacninh-141-kh-ubnd-2025-nang-luc-xay-dung-phap-luat.txt", number: "141/KH-UBND", date: (2025, 11, 20),
              issuer: "Ủy ban nhân dân tỉnh Bắc Ninh", signerName: "Phạm Văn Thịnh", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Tư pháp", "UBND cấp xã", "Sở Khoa học và Công nghệ", "Sở Tài chính"], deadlines: ["Thời gian thực hiện: Tháng 12/2025.", "xong trong tháng 12/2025", "hằng năm (trước ngày 15 tháng 11)"], minDocuments: 3),
        .init(file: "hanoi-308-kh-ubnd-2025-du-lieu-chuyen-doi-so.txt", number: "308/KH-UBND", date: (2025, 11, 17),
              issuer: "Ủy ban nhân dân thành phố Hà Nội", signerName: "Trương Việt Dũng", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Khoa học và Công nghệ", "Công an Thành phố", "Sở Tài chính"], deadlines: ["Hoàn thành trong năm 2025", "trước ngày 20 hằng tháng", "trước ngày 15 hằng tháng"], minDocuments: 4),
        .init(file: "hcm-174-kh-ubnd-2025-binh-dang-gioi.txt", number: "174/KH-UBND", date: (2025, 11, 18),
              issuer: "Ủy ban nhân dân thành phố Hồ Chí Minh", signerName: "Trần Thị Diệu Thúy", signerTitle: "Phó Chủ tịch", signerMode: "KT.",
              units: ["Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Xây dựng", "Ủy ban nhân dân phường, xã, đặc khu"], deadlines: ["trước ngày 16 tháng 12 năm 2025"], minDocuments: 3),
    ]
}
