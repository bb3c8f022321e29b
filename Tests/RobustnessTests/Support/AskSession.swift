import Foundation
import XCTest

/// A `danvan ask --json` process fed lines on standard input; its answers read as they come.
final class AskSession {
    let process = Process()
    private let input = Pipe(), output = Pipe()
    private var buffer = Data()
    private(set) var answers: [[String: Any]] = []

    init(cli: CLI, store: String, shell: String? = nil) throws {
        let args = ["ask", "--json", "--today", "2025-09-10", "--store", store]
        if let shell {
            // `shell` prefixes the command, e.g. "trap '' XFSZ; ulimit -f 64;".
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let quoted = ([Repository.binary("danvan").path] + args).map { "'\($0)'" }.joined(separator: " ")
            process.arguments = ["-c", "\(shell) exec \(quoted)"]
        } else {
            process.executableURL = Repository.binary("danvan")
            process.arguments = args
        }
        process.environment = cli.environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Writes the lines on a background queue (the pipe may fill), then closes standard input.
    func send(_ lines: [String]) {
        let handle = input.fileHandleForWriting
        DispatchQueue.global().async {
            for line in lines { if (try? handle.write(contentsOf: Data((line + "\n").utf8))) == nil { break } }
            try? handle.close()
        }
    }

    /// Reads until at least `count` answers arrived or the output ended; false at the end of output.
    @discardableResult
    func waitForAnswers(_ count: Int) -> Bool {
        while answers.count < count {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return false }
            absorb(chunk)
        }
        return true
    }

    /// Reads everything left (after the process ended or was killed).
    func drain() {
        absorb(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
    }

    private func absorb(_ chunk: Data) {
        buffer.append(chunk)
        while let newline = buffer.firstIndex(of: 0x0A) {
            let line = buffer[buffer.startIndex..<newline]
            buffer = Data(buffer[buffer.index(after: newline)...])
            if let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any] { answers.append(object) }
        }
    }

    /// The (number, title) of each task the process acknowledged adding (answered after its commit).
    var acknowledgedAdds: [(id: Int, title: String)] {
        answers.compactMap { a in
            guard a["intent"] as? String == "task.add", let t = (a["tasks"] as? [[String: Any]])?.first,
                  let id = t["id"] as? Int, let title = t["title"] as? String else { return nil }
            return (id, title)
        }
    }
}
