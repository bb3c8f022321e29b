import DanVanTasks
import Foundation
import XCTest

/// The writer child of the multi-process tests. The test binary re-runs itself with a filter on
/// `ChildWriter/testChildWriter` and `DANVAN_CHILD_STORE` set; without that variable this test does nothing.
///
/// The child adds `DANVAN_CHILD_COUNT` tasks (0: until killed) titled `DANVAN_CHILD_TAG-i`, and prints
/// `ACK <id>` on stdout right after each add committed.
final class ChildWriter: XCTestCase {
    static let storeVariable = "DANVAN_CHILD_STORE"

    func testChildWriter() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let path = environment[Self.storeVariable] else { return }
        let count = Int(environment["DANVAN_CHILD_COUNT"] ?? "0") ?? 0
        let tag = environment["DANVAN_CHILD_TAG"] ?? "child"
        let store = try TaskStore(path: path)
        var i = 0
        while count == 0 || i < count {
            i += 1
            let task = try store.add(TaskDraft(title: "\(tag)-\(i)", unit: "Phòng Kinh tế"), user: tag)
            FileHandle.standardOutput.write(Data("ACK \(task.id)\n".utf8))
        }
    }

    /// Starts a child writer; its stdout is a pipe the caller reads.
    static func launch(store: String, count: Int, tag: String) throws -> (process: Process, output: Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["DanVanTasksTests.ChildWriter/testChildWriter"]
        var environment = ProcessInfo.processInfo.environment
        environment[storeVariable] = store
        environment["DANVAN_CHILD_COUNT"] = String(count)
        environment["DANVAN_CHILD_TAG"] = tag
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }

    /// The ids a child acknowledged in its output.
    static func acknowledged(_ data: Data) -> [Int] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            line.hasPrefix("ACK ") ? Int(line.dropFirst(4)) : nil
        }
    }
}
