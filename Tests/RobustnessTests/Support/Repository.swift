import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation
import XCTest

/// The repository's own data (never /work/shared), the built binaries and scratch folders.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var data: URL { root.appendingPathComponent("Data") }
    static var intents: URL { root.appendingPathComponent("Intents") }
    static var corpus: URL { root.appendingPathComponent("Tests/RobustnessTests/Corpus") }

    /// A binary built beside the test bundle (`danvan`, `danvan-fuzz`).
    static func binary(_ name: String) -> URL {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent(name)
    }

    static let knowledge: KnowledgeBase = try! KnowledgeBase.load(dataDirectory: data, userPlansDirectory: nil)
    static let catalog: IntentCatalog = try! IntentCatalog.load(directory: intents)
    static let taskVocabulary: TaskVocabulary = try! TaskVocabulary(contentsOf: intents.appendingPathComponent("tasks.yaml"))
    static let today = CalendarDate(iso: "2025-09-10")!

    /// An assistant over the repository's knowledge and a task store at `store`.
    static func assistant(store: String) -> Assistant {
        let desk = StoreTaskDesk(path: store, user: "robust", vocabulary: taskVocabulary)
        return Assistant(knowledge: knowledge, catalog: catalog, today: today, tasks: desk, taskVocabulary: taskVocabulary)
    }

    /// A fresh folder removed when the test ends.
    static func scratch(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("danvan-robust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock {
            _ = chmod(url.path, 0o755)
            try? FileManager.default.removeItem(at: url)
        }
        return url
    }
}

/// What every text danvan prints must be: Vietnamese words, and nothing a terminal acts on.
enum OutputRules {
    /// Letters only Vietnamese writes (a cheap, honest proxy for "the message is in Vietnamese").
    static let vietnameseLetters = Set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ")

    static func isVietnamese(_ text: String) -> Bool { text.lowercased().contains { vietnameseLetters.contains($0) } }

    /// The first control scalar (C0 but newline/tab, DEL, C1, bidi override) in `text`, if any.
    static func firstControl(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }

    static func assertClean(_ text: String, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(text.isEmpty, "empty output for \(context)", file: file, line: line)
        if let c = firstControl(in: text) {
            XCTFail("control U+\(String(c.value, radix: 16)) in output for \(context)", file: file, line: line)
        }
    }
}
