import DanVanText
import Foundation

/// The notes of a plan: "[1] Chương trình số 30-CTr/TU …" lines (usually after the signature), each
/// attached to the section of the first paragraph that calls its mark ("…Nghị quyết số 21-NQ/TW[1]").
enum Footnotes {
    /// The mark a note line starts with ("1" of "[1] Chương trình…"), or nil.
    static func mark(of line: String) -> String? {
        guard line.first == "[", let close = line.firstIndex(of: "]") else { return nil }
        let mark = line[line.index(after: line.startIndex)..<close]
        guard (1...3).contains(mark.count), mark.allSatisfy(\.isNumber) else { return nil }
        let after = line[line.index(after: close)...]
        guard after.first == " " || after.first == "\t", !after.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return String(mark)
    }

    /// The notes among `lines`, with the section whose text calls each (`calls`: section id → its texts).
    static func read(_ lines: ArraySlice<String>, calls: [(section: String, texts: [String])]) -> [Footnote] {
        var notes: [Footnote] = []
        for line in lines {
            guard let mark = mark(of: line) else { continue }
            let text = String(line.drop { $0 != "]" }.dropFirst()).trimmingCharacters(in: .whitespaces)
            let call = "[" + mark + "]"
            let section = calls.first { $0.texts.contains { $0.contains(call) && !$0.hasPrefix(call) } }?.section
            notes.append(Footnote(mark: mark, text: text, section: section))
        }
        return notes
    }
}
