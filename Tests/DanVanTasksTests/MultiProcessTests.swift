import DanVanTasks
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Several danvan processes on one store: nothing is lost, a killed writer leaves it consistent.
final class MultiProcessTests: XCTestCase {
    /// Two processes open a new store at once and add 500 tasks each: exactly 1,000 rows.
    func testTwoConcurrentWritersLoseNothing() throws {
        let path = try TestSupport.temporaryDirectory(self).appendingPathComponent("tasks.sqlite").path
        let a = try ChildWriter.launch(store: path, count: 500, tag: "A")
        let b = try ChildWriter.launch(store: path, count: 500, tag: "B")
        let outputA = a.output.fileHandleForReading.readDataToEndOfFile()
        let outputB = b.output.fileHandleForReading.readDataToEndOfFile()
        a.process.waitUntilExit()
        b.process.waitUntilExit()
        XCTAssertEqual(a.process.terminationStatus, 0)
        XCTAssertEqual(b.process.terminationStatus, 0)
        let acksA = ChildWriter.acknowledged(outputA), acksB = ChildWriter.acknowledged(outputB)
        XCTAssertEqual(acksA.count, 500)
        XCTAssertEqual(acksB.count, 500)
        XCTAssertTrue(Set(acksA).isDisjoint(with: acksB))

        let store = try TaskStore(path: path)
        let tasks = try store.tasks(matching: TaskFilter(), today: TestSupport.today)
        XCTAssertEqual(tasks.count, 1000)
        XCTAssertEqual(tasks.filter { $0.title.hasPrefix("A-") }.count, 500)
        XCTAssertEqual(Set(tasks.map(\.id)), Set(acksA + acksB))
        XCTAssertEqual(try store.recentHistory(limit: 2000).count, 1000, "every add journaled once")
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
    }

    /// A writer killed with SIGKILL mid-loop, again and again: the file stays sound and every add the
    /// writer acknowledged (printed after its commit) is there.
    func testWriterKilledRepeatedlyLeavesAConsistentStore() throws {
        let path = try TestSupport.temporaryDirectory(self).appendingPathComponent("tasks.sqlite").path
        var acknowledged: [Int] = []
        var generator = SystemRandomNumberGenerator()
        for round in 0..<6 {
            let child = try ChildWriter.launch(store: path, count: 0, tag: "K\(round)")
            // Wait for the first acknowledged add, then kill at a random point of the write loop.
            let reader = child.output.fileHandleForReading
            var output = Data()
            while !String(decoding: output, as: UTF8.self).contains("ACK ") {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                output.append(chunk)
            }
            usleep(UInt32.random(in: 5_000...150_000, using: &generator))
            kill(child.process.processIdentifier, SIGKILL)
            child.process.waitUntilExit()
            XCTAssertEqual(child.process.terminationReason, .uncaughtSignal)
            output.append(reader.readDataToEndOfFile())
            acknowledged += ChildWriter.acknowledged(output)
        }
        XCTAssertGreaterThan(acknowledged.count, 0, "the children wrote before being killed")

        let store = try TaskStore(path: path)
        XCTAssertEqual(try store.integrityCheck(), ["ok"])
        let ids = Set(try store.tasks(matching: TaskFilter(), today: TestSupport.today).map(\.id))
        XCTAssertTrue(Set(acknowledged).isSubset(of: ids), "\(Set(acknowledged).subtracting(ids).count) acknowledged adds lost")
        // Every task kept its journal entry: no change group was half written.
        let history = try store.recentHistory(limit: 100_000)
        XCTAssertEqual(Set(history.map(\.taskID)), ids)
        XCTAssertEqual(try store.add(TaskDraft(title: "sau cùng"), user: "lan").id, (ids.max() ?? 0) + 1)
    }
}
