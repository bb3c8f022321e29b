import DanVanText
import Foundation

/// `danvan-fuzz`: libFuzzer targets for danvan, and a replayer of saved inputs.
///
/// Built normally, it replays files: `danvan-fuzz question Tests/RobustnessTests/Corpus/question` runs
/// every input once and exits 0 when none broke an invariant. Built with `-sanitize=fuzzer -DFUZZING`
/// (`make fuzz`), it hands its arguments to libFuzzer; `DANVAN_FUZZ_TARGET` chooses the target.
@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        exit(FuzzDriver.run())
        #else
        exit(replay(Array(CommandLine.arguments.dropFirst())))
        #endif
    }

    /// Runs each file (or each file of each folder) through the target named by the first argument.
    static func replay(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first, arguments.count >= 2 else {
            FileHandle.standardError.write(Data((Msg.fuzzUsage + "\n").utf8))
            return 2
        }
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data((Msg.fuzzUnknownTarget(name) + "\n").utf8))
            return 2
        }
        var count = 0
        for path in arguments.dropFirst() {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                data.withUnsafeBytes { target.run($0) }
                count += 1
            }
        }
        print(Msg.fuzzReplayed(count, target: target.rawValue))
        return 0
    }

    /// The file itself, or the regular files of a folder in name order (hidden files skipped).
    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }
    }
}
