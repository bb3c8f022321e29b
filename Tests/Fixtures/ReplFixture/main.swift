// A scripted stand-in for the assistant, used only by the pseudo-terminal tests of DanVanREPL:
// it echoes each line, completes from a fixed list and can answer with a tall or a wide document.
//
//     danvan-repl-fixture [--color auto|always|never]
import DanVanREPL
import DanVanText
import Foundation

final class FixtureConversation: Conversation {
    let matcher = CompletionMatcher(phrases: [
        "Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Kinh tế", "Trung tâm Phục vụ hành chính công",
        "nhiệm vụ của", "hạn báo cáo",
    ])

    var welcome: AnswerDocument? {
        AnswerDocument(title: "Chào mừng", blocks: [.paragraph("Bản thử của danvan.")])
    }

    func respond(to line: String) -> ConversationReply {
        switch line {
        case "dài":
            return ConversationReply(document: AnswerDocument(title: "Danh sách dài",
                                                              blocks: [.bullets((1...200).map { "dòng \($0)" })]))
        case "chậm":  // a slow, long answer: Ctrl-C during it must stop it being shown
            Thread.sleep(forTimeInterval: 1.5)
            return ConversationReply(document: AnswerDocument(title: "Chậm", blocks: [.bullets((1...2000).map { "CHẬM \($0)" })]))
        case "rất chậm":  // answering that checks for Ctrl-C, as the assistant's long loops do: stops at once
            let start = Date()
            var rows: [String] = []
            while Date().timeIntervalSince(start) < 20 {
                if AnswerCancellation.isRequested { break }
                rows.append("RẤT CHẬM \(rows.count)")
                Thread.sleep(forTimeInterval: 0.01)
            }
            return ConversationReply(document: AnswerDocument(title: "Rất chậm", blocks: [.bullets(rows)]))
        case "rộng":
            let words = Array(repeating: "Đường", count: 60).joined(separator: " ")
            return ConversationReply(document: AnswerDocument(blocks: [.paragraph("RỘNG[ " + words + " ]")]))
        case let pages where pages.hasPrefix("trang "):
            // "trang 66": a numbered answer of 66 lines, ending with a marker line.
            let count = Int(pages.dropFirst("trang ".count)) ?? 1
            let lines = (1...max(1, count)).map { "mục \($0) của \(count)" } + ["HẾT-DANH-SÁCH"]
            return ConversationReply(document: AnswerDocument(blocks: [.bullets(lines)]))
        case "tạm biệt":
            return ConversationReply(document: AnswerDocument(blocks: [.paragraph("BYE")]), endsSession: true)
        default:
            return ConversationReply(document: AnswerDocument(title: "Đã nhận", blocks: [.paragraph("ECHO[\(line)]")]))
        }
    }

    func completions(for line: String) -> Completions {
        matcher.completions(for: line)
    }
}

// The product's exit words are data (danvan: `exit_words` of Intents/entities.yaml); the fixture names its own.
var options = REPLOptions(exitWords: ["thoát", "exit", "quit"])
let arguments = CommandLine.arguments
if let index = arguments.firstIndex(of: "--color"), index + 1 < arguments.count,
   let mode = ColorMode(rawValue: arguments[index + 1]) {
    options.color = mode
}
exit(REPL(conversation: FixtureConversation(), options: options).run())
