import DanVanAssistant
import DanVanIntents
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// The start-up snapshot decoder. Each input is read two ways: as a whole snapshot payload, and as
/// edits to a valid one (the repository's `Data/` and `Intents/` encoded once) — pairs of a 3-byte
/// offset and a byte to put there, the first byte choosing a length to cut it to. Decoding either
/// succeeds or throws; it never crashes or allocates past the bytes it has. The checksum must
/// reject every edited payload that differs from the original.
final class SnapshotFuzzer {
    static let shared = SnapshotFuzzer()

    private let valid: [UInt8]

    init() {
        let locator = DataLocator(environment: ProcessInfo.processInfo.environment)
        guard let data = locator.dataDirectory else { fatalError(Msg.dataFolderMissing) }
        let intents = data.deletingLastPathComponent().appendingPathComponent("Intents")
        guard let knowledge = try? KnowledgeBase.loadSources(dataDirectory: data),
              let catalog = try? IntentCatalog.loadSources(directory: intents),
              let tasks = try? TaskVocabulary(contentsOf: intents.appendingPathComponent("tasks.yaml")) else {
            fatalError(Msg.dataFolderMissing)
        }
        var writer = SnapshotWriter()
        writer.write(StartupSnapshot.Contents(knowledge: knowledge, intents: catalog, tasks: tasks))
        valid = writer.bytes
    }

    func run(_ bytes: UnsafeRawBufferPointer) {
        let input = Array(bytes)
        decode(input)
        guard let first = input.first else { return }
        var edited = valid
        let keep = edited.count - Int(first) * edited.count / 1024
        edited.removeLast(edited.count - max(0, min(edited.count, keep)))
        var i = 1
        while i + 4 <= input.count, !edited.isEmpty {
            let offset = (Int(input[i]) << 16 | Int(input[i + 1]) << 8 | Int(input[i + 2])) % edited.count
            edited[offset] = input[i + 3]
            i += 4
        }
        decode(edited)
        let sealed = CacheFile.seal(valid)
        var tampered = sealed
        let payloadEdited = Array(tampered[8...]) != edited
        tampered.replaceSubrange(8..., with: edited)
        if payloadEdited { precondition(CacheFile.unseal(tampered) == nil, "an edited snapshot passed its checksum") }
    }

    private func decode(_ bytes: [UInt8]) {
        var reader = SnapshotReader(bytes)
        _ = try? reader.read(StartupSnapshot.Contents.self)
    }
}
