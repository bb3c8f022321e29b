@testable import DanVanText
import Foundation

/// The repository's typing data, and an encoder that types a syllable back as Telex or VNI keys.
enum TypingSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let data: TypingData = {
        let dir = root.appendingPathComponent("Intents")
        func read(_ name: String) -> String {
            (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        return TypingData(syllables: read("syllables.txt"), rules: read("typing.txt"))
    }()

    static let inventory = SyllableInventory(text: data.syllables)
    static let decoder = TypingDecoder(inventory: inventory)

    /// A repair with a small synthetic vocabulary (the real one comes from `Intents/`, in the assistant's tests).
    static let repair = TypingRepair(data: data) {
        ["văn bản căn cứ", "nhiệm vụ", "nơi nhận", "quyết định", "phòng kinh tế", "kế hoạch", "báo cáo", "lần 1", "lan1", "deadline", "là gì", "viết tắt của", "hạn"]
            .map(Tokenizer.foldedWords)
    }

    enum Layout { case telex, vni }
    enum TonePlace { case end, afterVowel }

    /// The keys a typist presses for `base` (lower case, vowel marks) with `tone`.
    static func keys(_ base: String, tone: SyllableTone, layout: Layout, place: TonePlace) -> String {
        let telex: [Character: String] = ["đ": "dd", "â": "aa", "ê": "ee", "ô": "oo", "ă": "aw", "ơ": "ow", "ư": "uw"]
        let vni: [Character: String] = ["đ": "d9", "â": "a6", "ê": "e6", "ô": "o6", "ă": "a8", "ơ": "o7", "ư": "u7"]
        let telexTones: [SyllableTone: String] = [.grave: "f", .acute: "s", .hook: "r", .tilde: "x", .dot: "j"]
        let vniTones: [SyllableTone: String] = [.grave: "2", .acute: "1", .hook: "3", .tilde: "4", .dot: "5"]
        let map = layout == .telex ? telex : vni
        let toneKey = (layout == .telex ? telexTones : vniTones)[tone] ?? ""
        let chars = Array(base)
        let toneAt = SyllableTone.toneIndex(chars)
        var out = ""
        for (i, c) in chars.enumerated() {
            if layout == .telex, c == "o", i + 1 < chars.count, chars[i + 1] == "o" {
                out += "oo"  // xoong: a third o keeps the pair plain
            } else {
                out += map[c] ?? String(c)
            }
            if place == .afterVowel, i == toneAt { out += toneKey }
        }
        if place == .end || toneAt == nil { out += toneKey }
        return out
    }
}
