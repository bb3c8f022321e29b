import DanVanTasks
import Foundation
import XCTest

/// A writing danvan killed at random points, two writers at once, a full disk: the store stays sound
/// and keeps every change it acknowledged. `make faults` runs 200 kills (`DANVAN_FAULT_KILLS`).
final class FaultTests: XCTestCase {
    static var kills: Int { Int(ProcessInfo.processInfo.environment["DANVAN_FAULT_KILLS"] ?? "") ?? 10 }

    func addLines(_ tag: String, count: Int, padding: Int = 0) -> [String] {
        (1...count).map { "thêm nhiệm vụ \(tag)-\($0)\(String(repeating: " x", count: padding)), giao phòng kinh tế, hạn 20/10/2025" }
    }

    /// Every acknowledged add is in the store under its number and title; the file passes integrity_check.
    func assertSound(_ path: String, acknowledged: [(id: Int, title: String)], file: StaticString = #filePath, line: UInt = #line) throws {
        let store = try TaskStore(path: path)
        XCTAssertEqual(try store.integrityCheck(), ["ok"], file: file, line: line)
        let tasks = Dictionary(uniqueKeysWithValues: try store.tasks(matching: TaskFilter(status: .active), today: Repository.today)
            .map { ($0.id, $0.title) })
        let lost = acknowledged.filter { tasks[$0.id] != $0.title }
        XCTAssertTrue(lost.isEmpty, "\(lost.count) acknowledged adds lost or changed, e.g. \(lost.prefix(3))", file: file, line: line)
        // No half-written change: every task has its journal entry.
        let journaled = Set(try store.recentHistory(limit: 1_000_000).map(\.taskID))
        XCTAssertTrue(Set(tasks.keys).isSubset(of: journaled), "tasks without a journal entry", file: file, line: line)
    }

    func testSIGKILLAtRandomPointsOfWriting() throws {
        let cli = try CLI(self)
        let path = cli.home.appendingPathComponent("store/tasks.sqlite").path
        var acknowledged: [(id: Int, title: String)] = []
        var random = SystemRandomNumberGenerator()
        var killedWhileStarting = 0
        for round in 0..<Self.kills {
            let session = try AskSession(cli: cli, store: path)
            session.send(addLines("K\(round)", count: 300))
            if round % 4 == 3 {
                // Kill anywhere in the start: opening, creating or migrating the store.
                usleep(UInt32.random(in: 0...60_000, using: &random))
                killedWhileStarting += 1
            } else {
                session.waitForAnswers(1)
                usleep(UInt32.random(in: 0...40_000, using: &random))
            }
            kill(session.process.processIdentifier, SIGKILL)
            session.drain()
            acknowledged += session.acknowledgedAdds
        }
        XCTAssertGreaterThan(acknowledged.count, Self.kills / 2, "the writers wrote before being killed")
        XCTAssertEqual(Set(acknowledged.map(\.id)).count, acknowledged.count, "a number acknowledged twice")
        try assertSound(path, acknowledged: acknowledged)
        print("FaultTests: \(Self.kills) SIGKILLs (\(killedWhileStarting) while starting), \(acknowledged.count) acknowledged adds, all present")
        // The store still takes writes after all that.
        let after = try AskSession(cli: cli, store: path)
        after.send(["thêm nhiệm vụ sau cùng, hạn 20/10/2025"])
        after.drain()
        XCTAssertEqual(after.acknowledgedAdds.count, 1)
    }

    func testTwoProcessesWritingAtOnceLoseNothing() throws {
        let cli = try CLI(self)
        let path = cli.home.appendingPathComponent("tasks.sqlite").path
        let count = ProcessInfo.processInfo.environment["DANVAN_FAULT_FULL"] == nil ? 120 : 1_000
        let a = try AskSession(cli: cli, store: path), b = try AskSession(cli: cli, store: path)
        a.send(addLines("A", count: count))
        b.send(addLines("B", count: count))
        a.drain()
        b.drain()
        XCTAssertEqual(a.process.terminationStatus, 0)
        XCTAssertEqual(b.process.terminationStatus, 0)
        let acks = a.acknowledgedAdds + b.acknowledgedAdds
        XCTAssertEqual(acks.count, 2 * count, "answers that were not acknowledgements: \(Set((a.answers + b.answers).compactMap { $0["answer"] as? String }).subtracting(acks.map(\.title)).prefix(2))")
        XCTAssertEqual(Set(acks.map(\.id)).count, acks.count)
        try assertSound(path, acknowledged: acks)
        XCTAssertEqual(try TaskStore(path: path).tasks(matching: TaskFilter(), today: Repository.today).count, 2 * count)
    }

    /// The disk fills up while adding: each refused add says so in Vietnamese, nothing acknowledged is
    /// lost, and the store stays sound and readable. A small tmpfs when this runs as root, else a
    /// file-size limit (`ulimit -f`, SIGXFSZ ignored) on the writer.
    func testDiskFull() throws {
        let cli = try CLI(self)
        let dir = cli.home.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("tasks.sqlite").path
        let result: (acks: [(id: Int, title: String)], refusals: [String])? = try StoreFiles.withTmpfs(at: dir, sizeKiB: 320) {
            let r = try fill(cli, path: path, shell: nil)
            try assertSound(path, acknowledged: r.acks)
            return r
        }
        let r: (acks: [(id: Int, title: String)], refusals: [String])
        if let result { r = result } else {
            r = try fill(cli, path: path, shell: "trap '' XFSZ; ulimit -f 320;")
            try assertSound(path, acknowledged: r.acks)
        }
        XCTAssertGreaterThan(r.acks.count, 0)
        let refusal = try XCTUnwrap(r.refusals.first, "the disk never filled")
        XCTAssertTrue(OutputRules.isVietnamese(refusal), refusal)
        XCTAssertTrue(refusal.contains("chưa thay đổi gì"), refusal)
        XCTAssertTrue(refusal.contains("đầy"), "the message should say the disk is full: \(refusal)")
    }

    private func fill(_ cli: CLI, path: String, shell: String?) throws -> (acks: [(id: Int, title: String)], refusals: [String]) {
        let session = try AskSession(cli: cli, store: path, shell: shell)
        session.send(addLines("F", count: 400, padding: 60))
        session.drain()
        let refusals = session.answers.filter { $0["intent"] as? String == "task.add" && (($0["tasks"] as? [Any]) ?? []).isEmpty }
            .compactMap { $0["answer"] as? String }
        return (session.acknowledgedAdds, refusals)
    }
}
