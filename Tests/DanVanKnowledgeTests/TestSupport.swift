import DanVanKnowledge
import Foundation
import XCTest

/// Fixtures and the repository's vocabulary, shared by the knowledge tests.
enum TestSupport {
    /// The repository's `Data/` folder (vocabulary and curated plans are part of the repository).
    static let dataDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    static let vocabulary: ImportVocabulary = try! ImportVocabulary.load(dataDirectory: dataDirectory)
    static let importer = PlanImporter(vocabulary: vocabulary)
    static var kinds: DocumentKinds { vocabulary.kinds }

    /// The text of a small synthetic plan of UBND xã Bình Minh (10/9/2025): its header, number and
    /// `title`, then `body` as given (its sections), then the recipients and the signature.
    static func communePlanText(number: Int, title: String, body: String) -> String {
        """
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        XÃ BÌNH MINH Độc lập - Tự do - Hạnh phúc
        Số: \(number)/KH-UBND Bình Minh, ngày 10 tháng 9 năm 2025

        KẾ HOẠCH
        \(title)

        \(body)
        Nơi nhận: TM. ỦY BAN NHÂN DÂN
        - UBND tỉnh; CHỦ TỊCH
        - Lưu: VT.
        Trần Văn Bình
        """
    }

    /// A commune plan (`communePlanText`) whose part I holds `body` and whose part II gives Phòng Kinh tế the
    /// lead, imported as `id`: for the importer's rules on a few lines.
    static func planWithPurpose(_ body: String, number: Int, title: String, id: String) throws -> Plan {
        let text = communePlanText(number: number, title: title, body: """
        I. MỤC ĐÍCH, YÊU CẦU
        \(body)
        II. TỔ CHỨC THỰC HIỆN
        1. Phòng Kinh tế
        - Chủ trì thực hiện Kế hoạch.
        """)
        return try importer.importPlan(text: text, id: id)
    }

    static func fixtureURL(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    static func fixture(_ name: String) -> String {
        try! String(contentsOf: fixtureURL(name), encoding: .utf8)
    }

    static func importFixture(_ name: String) throws -> Plan {
        try importer.importFile(at: fixtureURL(name))
    }

    static let seed = "ke-hoach-dan-van-duong-an-2025.txt"
    static let hanoi = "hanoi-308-kh-ubnd-2025-du-lieu-chuyen-doi-so.txt"
    static let hcm = "hcm-174-kh-ubnd-2025-binh-dang-gioi.txt"
    static let bacNinh = "bacninh-141-kh-ubnd-2025-nang-luc-xay-dung-phap-luat.txt"

    /// A fresh empty directory under the system's temporary folder.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-tests-" + UUID().uuidString)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
