import DanVanKnowledge
import Foundation
import XCTest

final class ScratchDumpTests: XCTestCase {
    func testDump() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for name in [TestSupport.seed, TestSupport.hanoi, TestSupport.hcm, TestSupport.bacNinh] {
            let plan = try TestSupport.importFixture(name)
            let data = try encoder.encode(plan)
            try data.write(to: URL(fileURLWithPath: "/tmp/dump-" + name + ".json"))
            try PlanCheckReport.text(for: plan).write(toFile: "/tmp/check-" + name, atomically: true, encoding: .utf8)
        }
        if ProcessInfo.processInfo.environment["DANVAN_WRITE_CURATED"] == "1" {
            var plan = try TestSupport.importFixture(TestSupport.seed)
            for i in plan.documents.indices where plan.documents[i].kind == "Luật" {
                if plan.documents[i].name == "Luật Thực hiện dân chủ ở cơ sở" {
                    plan.documents[i].note = "Số hiệu 10/2022/QH15 (ngoài văn bản kế hoạch)"
                } else if plan.documents[i].name?.hasPrefix("Luật sửa đổi") == true {
                    plan.documents[i].note = "Số hiệu 97/2025/QH15 (ngoài văn bản kế hoạch)"
                }
            }
            plan.topics = plan.topics + ["công tác dân vận", "dân vận chính quyền"]
            var data = try encoder.encode(plan)
            data.append(0x0A)
            try data.write(to: TestSupport.dataDirectory.appendingPathComponent("plans/ke-hoach-dan-van-duong-an-2025.json"))
        }
    }
}
