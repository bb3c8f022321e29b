import DanVanAssistant
import DanVanText
import Foundation
import XCTest

/// Hostile and odd questions through `Assistant.respond` (in process) and `danvan ask` (the CLI):
/// every one gets a clear Vietnamese answer, no crash, and nothing a terminal would act on.
final class HostileInputTests: XCTestCase {
    /// A small deterministic generator, so a failure replays.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
    }

    func assistant() throws -> Assistant {
        Repository.assistant(store: try Repository.scratch(self).appendingPathComponent("tasks.sqlite").path)
    }

    func check(_ assistant: Assistant, _ line: String, file: StaticString = #filePath, line l: UInt = #line) -> Reply {
        let reply = assistant.respond(to: line)
        let context = String(line.prefix(80)).debugDescription
        OutputRules.assertClean(reply.text, context, file: file, line: l)
        XCTAssertTrue(OutputRules.isVietnamese(reply.text), "not Vietnamese for \(context): \(reply.text.prefix(200))", file: file, line: l)
        XCTAssertTrue(reply.confidence.isFinite && (0...1).contains(reply.confidence), context, file: file, line: l)
        return reply
    }

    func testEmptyAndWhitespaceLines() throws {
        let a = try assistant()
        for line in ["", " ", "\t", "   \t  ", "\u{00A0}\u{3000}", "\r", "...", "?!", "-"] {
            XCTAssertEqual(check(a, line).intent, "unknown", line.debugDescription)
        }
    }

    func testControlAndEscapeCharactersNeverReachTheOutput() throws {
        let a = try assistant()
        let attacks = [
            "\u{1B}]0;pwned\u{07}hạn báo cáo", "hạn báo cáo\u{1B}[2J\u{1B}[H", "\u{9B}31mnghị định 61", "\u{0}\u{1}\u{2}ubnd là gì",
            "\u{202E}oác oáb nạh", "chỉ thị 33\r\u{1B}[1A", "\u{7F}\u{85}\u{8D}xin chào", "nhiệm vụ của phòng \u{1B}[31mkinh tế",
            "\u{1B}P+q544e\u{1B}\\ trợ giúp", "\u{2066}kế hoạch\u{2069} gửi cho ai",
        ]
        for line in attacks { _ = check(a, line) }
        // A task titled with escape sequences: stored, then listed without them.
        _ = check(a, "thêm nhiệm vụ \u{1B}[31mHọp đỏ\u{1B}[0m\u{07}, giao phòng kinh tế, hạn 20/10/2025")
        let list = check(a, "danh sách nhiệm vụ")
        XCTAssertTrue(list.text.contains("Họp đỏ"), list.text)
    }

    func testLongWordsEmojiMixedScriptsAndNFD() throws {
        let a = try assistant()
        for line in [String(repeating: "a", count: 1_999), "h" + String(repeating: "ạ", count: 1_500) + "n báo cáo",
                     String(repeating: "🇻🇳", count: 400), "👍 hạn báo cáo 👨‍👩‍👧‍👦", "hạn báo cáo 报告 отчёт تقرير रिपोर्ट",
                     "Ｈạｎ ｂáｏ ｃáｏ", "\u{0301}\u{0301}\u{0301}", String(repeating: "nghị định 61 ", count: 150)] {
            _ = check(a, line)
        }
        let nfc = check(a, "hạn báo cáo lần 2")
        let nfd = check(a, "hạn báo cáo lần 2".decomposedStringWithCanonicalMapping)
        XCTAssertEqual(nfd.intent, nfc.intent)
        XCTAssertEqual(nfd.text, nfc.text)
    }

    /// Random strings over an alphabet of Vietnamese letters, digits, punctuation, controls and emoji.
    func testRandomStrings() throws {
        let a = try assistant()
        let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậềếểễệìíịòóọồốổỗộờớởỡợùúụừứửữựỳýỹĐ0123456789 ,.;:!?/#-'\"()")
            + ["\u{1B}", "\u{0}", "\u{7}", "\u{0301}", "🙂", "\u{202E}", "\t", "hạn", "báo cáo", "nhiệm vụ", "thêm", "xong", " 1", "ngày"]
            .flatMap { Array($0) }
        var random = Generator(state: 2025)
        for _ in 0..<300 {
            let line = String((0..<random.next(120)).map { _ in alphabet[random.next(alphabet.count)] })
            _ = check(a, line)
        }
    }

    /// A long pasted line handed to the assistant (the REPL passes lines through uncapped; only `ask`
    /// refuses lines over 2,000 characters) must be refused the same way, at once. Measured on this
    /// branch: 20 KB takes about 0.6 s and 1 MB about 28 s (debug build), answered as a search.
    func testOverlongLineIsRefusedByTheAssistantItself() throws {
        let a = try assistant()
        let line = String(repeating: "hạn báo cáo ", count: 20_000 / 12)
        let start = Date()
        let reply = check(a, line)
        let seconds = Date().timeIntervalSince(start)
        XCTAssertTrue(reply.text.contains("tối đa 2000"), "a \(line.count)-character line was answered as \(reply.intent)")
        XCTAssertLessThan(seconds, 0.1, "Assistant.respond took \(seconds) s on a 20 KB line")
    }

    // MARK: The CLI

    func testInvalidUTF8EmptyLinesAndAMegabyteLineThroughAsk() throws {
        let cli = try CLI(self)
        var input = Data("hạn báo cáo\n\n   \n".utf8)
        input.append(contentsOf: [0xC3, 0x28, 0x0A, 0xFF, 0xFE, 0xFD, 0x0A, 0xED, 0xA0, 0x80, 0x0A])  // bad UTF-8, a surrogate
        input.append(Data(String(repeating: "x", count: 1_048_576).utf8))
        input.append(Data("\n\u{1B}]0;pwned\u{07}chỉ thị 33\n".utf8))
        let r = try cli.run(["ask", "--today", "2025-09-10", "--store", cli.home.appendingPathComponent("t.sqlite").path],
                            input: input, limit: 60)
        XCTAssertEqual(r.status, 0, r.stderr)
        OutputRules.assertClean(r.stdout, "ask over hostile stdin")
        let answers = r.stdout.components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        XCTAssertEqual(answers.count, 6, "one answer per non-empty line: \(answers.map { $0.prefix(60) })")
        XCTAssertEqual(answers.filter { $0.contains(Msg.invalidUTF8) }.count, 3)
        XCTAssertTrue(answers[4].contains("tối đa 2.000") && answers[4].contains("1,0 MB"), answers[4])
        XCTAssertTrue(answers[5].contains("26/11/2021"), answers[5])
    }

    func testEscapeSequencesInArgumentsAndJSON() throws {
        let cli = try CLI(self)
        let store = cli.home.appendingPathComponent("t.sqlite").path
        for args in [["ask", "--store", store, "\u{1B}[2J\u{1B}]0;x\u{07}nghị định 61"], ["ask", "--store", store, "   "],
                     ["ask", "--store", store, "--json", "\u{1B}[31mubnd là gì"]] {
            let r = try cli.run(args)
            XCTAssertEqual(r.status, 0, r.stderr)
            OutputRules.assertClean(r.stdout, "\(args)")
            if args.contains("--json") {
                let object = try XCTUnwrap(JSONSerialization.jsonObject(with: r.out) as? [String: Any])
                OutputRules.assertClean(try XCTUnwrap(object["answer"] as? String), "JSON answer")
            }
        }
    }
}
