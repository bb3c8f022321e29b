import DanVanIntents
import DanVanTasks
import DanVanText
import Foundation
import XCTest

final class IntentCatalogTests: XCTestCase {
    /// A copy of the repository's Intents/ with `edit` applied to knowledge.yaml.
    private func catalogDirectory(editing edit: (String) -> String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let source = Repository.root.appendingPathComponent("Intents")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".yaml") {
            var text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            if name == "knowledge.yaml" { text = edit(text) }
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    func testAnIntentWithNoAnswererIsRefusedAtLoad() throws {
        let dir = try catalogDirectory { $0.replacingOccurrences(of: "- id: plan.signer", with: "- id: plan.weather") }
        XCTAssertThrowsError(try IntentCatalog.loadSources(directory: dir)) { error in
            XCTAssertEqual(error as? IntentCatalogError, .unknownIntent(path: dir.path, id: "plan.weather"))
        }
    }

    func testTheRepositoryCatalogueLoads() throws {
        let dir = try catalogDirectory { $0 }
        XCTAssertEqual(try IntentCatalog.loadSources(directory: dir).definitions.count, Repository.catalog.intents.count)
    }
}

/// Every YAML file of `Intents/` loads through one loader, and a broken one is reported one way:
/// the file, the line, the reason (`DataFileProblem`).
final class DataFileLoaderTests: XCTestCase {
    private func brokenCopy(of name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("intents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let source = Repository.root.appendingPathComponent("Intents")
        for file in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            var text = try String(contentsOf: source.appendingPathComponent(file), encoding: .utf8)
            if file == name { text += "\nbroken_key: [never closed\nnext: 1\n" }
            try text.write(to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// The loader of each file, as the program calls it.
    private func load(_ name: String, in dir: URL) throws {
        switch name {
        case "tasks.yaml": _ = try TaskVocabulary(contentsOf: dir.appendingPathComponent(name))
        case "dates.yaml": _ = try DateGrammar(contentsOf: dir.appendingPathComponent(name))
        default: _ = try IntentCatalog.loadSources(directory: dir)
        }
    }

    func testEveryBrokenFileIsReportedWithItsPathAndLine() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("Intents").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertTrue(names.contains("tasks.yaml") && names.contains("dates.yaml") && names.contains("entities.yaml"))
        for name in names {
            let dir = try brokenCopy(of: name)
            XCTAssertThrowsError(try load(name, in: dir), name) { error in
                guard let problem = error as? DataFileProblem else { return XCTFail("\(name): \(error)") }
                XCTAssertTrue(problem.path.hasSuffix(name), problem.path)
                XCTAssertNotNil(problem.line, name)
                XCTAssertTrue(problem.message.hasPrefix("Tệp \(problem.path) bị lỗi ở dòng"), problem.message)
            }
        }
    }

    func testAMissingFileAndAnUnknownTaskIntentAreWordedTheSameWay() throws {
        let dir = try brokenCopy(of: "none")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("tasks.yaml"))
        XCTAssertThrowsError(try TaskVocabulary(contentsOf: dir.appendingPathComponent("tasks.yaml"))) { error in
            XCTAssertEqual((error as? DataFileProblem)?.message, "Không đọc được tệp \(dir.appendingPathComponent("tasks.yaml").path).")
        }
        let text = try String(contentsOf: Repository.root.appendingPathComponent("Intents/tasks.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  task.reopen:", with: "  task.reopne:")
        XCTAssertThrowsError(try TaskVocabulary(yaml: text, path: "tasks.yaml")) { error in
            XCTAssertEqual((error as? DataFileProblem)?.message, "Tệp tasks.yaml bị lỗi: intents.task.reopne: unknown task intent")
        }
    }
}
