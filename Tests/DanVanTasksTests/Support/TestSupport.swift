@testable import DanVanIntents
import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// Shared fixtures: a temporary store, the repository's vocabulary and a small unit registry.
enum TestSupport {
    /// The repository root (tests read `Intents/tasks.yaml` from it, never from outside the repo).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let vocabulary: TaskVocabulary = {
        try! TaskVocabulary(contentsOf: repositoryRoot.appendingPathComponent("Intents/tasks.yaml"))
    }()

    /// The courtesy words of `Intents/entities.yaml`, which the command parser drops at a command's ends.
    static let courtesy: EntityVocabulary.Courtesy = {
        try! IntentCatalog.load(directory: repositoryRoot.appendingPathComponent("Intents")).courtesy
    }()

    static let today = CalendarDate(iso: "2025-09-10")!

    /// A fresh directory, removed when the test ends.
    static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-tasks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    static func store(_ test: XCTestCase) throws -> TaskStore {
        try TaskStore(path: temporaryDirectory(test).appendingPathComponent("tasks.sqlite").path)
    }

    /// A stand-in for the lead's registry of `Data/units.yaml`.
    static let units: [String: [String]] = [
        "Phòng Văn hóa - Xã hội": ["phong van hoa xa hoi", "phong vhxh", "vhxh", "phong vh xh", "vh xh", "van hoa xa hoi"],
        "Trung tâm sự nghiệp công xã": ["trung tam su nghiep cong", "trung tam su nghiep cong xa", "ttsnc"],
        "Phòng Kinh tế": ["phong kinh te", "kinh te"],
        "Văn phòng HĐND và UBND": ["van phong hdnd va ubnd", "van phong"],
    ]

    static let resolver: UnitResolver = { text in
        let key = Tokenizer.foldedWords(text).joined(separator: " ")
        for (canonical, aliases) in units where aliases.contains(key) || Tokenizer.foldedWords(canonical).joined(separator: " ") == key {
            return .known(canonical)
        }
        return .unknown(suggestions: key.hasPrefix("phong") ? ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"] : [])
    }

    /// The repository's date grammar (`Intents/dates.yaml`).
    static let dates: DateGrammar = {
        try! DateGrammar(contentsOf: repositoryRoot.appendingPathComponent("Intents/dates.yaml"))
    }()

    static var parser: TaskCommandParser { TaskCommandParser(vocabulary: vocabulary, courtesy: courtesy, resolveUnit: resolver, dates: dates) }

    /// Writes `text` to a file in `directory`.
    static func write(_ text: String, named name: String, in directory: URL, bom: Bool = false) throws -> URL {
        let url = directory.appendingPathComponent(name)
        var data = Data(bom ? [0xEF, 0xBB, 0xBF] : [])
        data.append(text.data(using: .utf8)!)
        try data.write(to: url)
        return url
    }
}
