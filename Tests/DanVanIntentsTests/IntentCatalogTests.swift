import DanVanIntents
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
