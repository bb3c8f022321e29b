import ArgumentParser
import DanVanText
import Foundation

/// Puts swift-argument-parser's help and usage errors into Vietnamese and ends the process the
/// way the README documents: help on stdout with status 0, errors on stderr with their status
/// (64 for a usage error, 2 for an error already worded).
///
///     CLIWording.translate("Error: Unknown option '--x'")   // "Lỗi: Không có tùy chọn '--x'"
enum CLIWording {
    /// `text` with every English framework phrase replaced.
    static func translate(_ text: String) -> String {
        var out = text
        for (english, vietnamese) in Msg.cliHelpWords { out = out.replacingOccurrences(of: english, with: vietnamese) }
        for (pattern, vietnamese) in Msg.cliErrorPatterns {
            out = out.replacingOccurrences(of: pattern, with: vietnamese, options: .regularExpression)
        }
        return out
    }

    /// Prints the message of `error` (help, version, usage error) in Vietnamese and exits.
    static func exit(withError error: Error, command: ParsableCommand.Type = Danvan.self) -> Never {
        let code = Danvan.exitCode(for: error)
        var message = translate(Danvan.fullMessage(for: error))
        if ProcessInfo.processInfo.environment["DANVAN_MAN_ASCII"] != nil { message = asciiForManual(message) }
        // The message may quote an argument (a path, a `--today` value): it goes through the
        // sanitising output boundary.
        if !message.isEmpty {
            if code == .success { try? OutputSink.standardOutput.line(message) } else { Console.error(message) }
        }
        Foundation.exit(code.rawValue)
    }

    /// swift-argument-parser's `generate-manual` drops every non-ASCII character: `make man` asks
    /// for them as `ZZU1EE3ZZ` tokens (with `DANVAN_MAN_ASCII=1`), then turns the tokens into roff's
    /// `\[u1EE3]`, so the man page keeps its Vietnamese letters.
    static func asciiForManual(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII { out.unicodeScalars.append(scalar) } else { out += "ZZU" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + "ZZ" }
        }
        return out
    }

    /// Parses the command line from the root, runs the command, and words any error in Vietnamese.
    static func main(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        do {
            var command = try Danvan.parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch {
            exit(withError: error)
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
