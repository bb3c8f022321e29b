/// Reads one word typed with the input method off, as Telex or VNI keystrokes, into the syllable the
/// typist meant — only when the keystrokes make a valid syllable of the inventory.
///
///     let decoder = TypingDecoder(inventory: inventory)
///     decoder.decode("thowif")    // "thời"   (Telex: ow → ơ, f → huyền)
///     decoder.decode("d9i5nh")    // "định"   (VNI: d9 → đ, 5 → nặng)
///     decoder.decode("hello")     // nil
///
/// Telex: s f r x j are the tones (sắc, huyền, hỏi, ngã, nặng), typed after the vowel or at the end of
/// the word, once or twice; aa ee oo → â ê ô, dd → đ; w after a, o, u → ă, ơ, ư (after uo → ươ), w with
/// no vowel → ư, w typed late applies to the vowel it fits. VNI: 1–5 the tones, 6 circumflex, 7 horn,
/// 8 breve, 9 đ, each after its letter or at the end of the word.
public struct TypingDecoder: Sendable {
    public let inventory: SyllableInventory

    public init(inventory: SyllableInventory) {
        self.inventory = inventory
    }

    /// The syllable the ASCII keystrokes `word` (one syllable, either case) stand for, or nil.
    public func decode(_ word: String) -> String? {
        guard !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.isASCII }) else { return nil }
        let lower = word.lowercased()
        let hasDigit = lower.contains(where: \.isNumber)
        guard let parsed = hasDigit ? Self.vni(Array(lower)) : Self.telex(Array(lower)) else { return nil }
        for base in Self.variants(parsed.body) where inventory.isSyllable(base: base, tone: parsed.tone) {
            return Self.recase(parsed.tone.apply(to: base), like: word)
        }
        return nil
    }

    /// Keystrokes read into the letters with their vowel marks, and the tone.
    struct Keyed {
        var body: [Character]
        var tone: SyllableTone
    }

    static let vowels: Set<Character> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]

    /// Telex keystrokes (lower-case letters), or nil when they mark nothing.
    static func telex(_ keys: [Character]) -> Keyed? {
        var body: [Character] = []
        var tone = SyllableTone.level
        var changed = false
        var index = 0
        // dd at the start is đ.
        if keys.count >= 2, keys[0] == "d", keys[1] == "d" {
            body.append("đ")
            index = 2
            changed = true
        }
        let tones: [Character: SyllableTone] = ["s": .acute, "f": .grave, "r": .hook, "x": .tilde, "j": .dot]
        while index < keys.count {
            let k = keys[index]
            index += 1
            let afterVowel = body.contains(where: vowels.contains)
            if afterVowel, let t = tones[k] {
                tone = t
                changed = true
            } else if afterVowel, k == "z" {
                tone = .level
                changed = true
            } else if k == "w" {
                guard applyHorn(&body) else { return nil }
                changed = true
            } else if let last = body.last, last == k, k == "a" || k == "e" || k == "o" {
                body[body.count - 1] = k == "a" ? "â" : k == "e" ? "ê" : "ô"
                changed = true
            } else if let last = body.last, (last == "â" && k == "a") || (last == "ê" && k == "e") || (last == "ô" && k == "o") {
                // A third key undoes the circumflex: ooo is a plain oo (xoong).
                body[body.count - 1] = k
                body.append(k)
            } else if k == "d", body.last == "d", body.count == 1 {
                body[0] = "đ"
                changed = true
            } else if ("a"..."z").contains(k) {
                body.append(k)
            } else {
                return nil
            }
        }
        return changed ? Keyed(body: body, tone: tone) : nil
    }

    /// VNI keystrokes (lower-case letters and digits), or nil when a digit marks nothing.
    static func vni(_ keys: [Character]) -> Keyed? {
        var body: [Character] = []
        var tone = SyllableTone.level
        let tones: [Character: SyllableTone] = ["1": .acute, "2": .grave, "3": .hook, "4": .tilde, "5": .dot]
        for k in keys {
            if let t = tones[k] {
                guard body.contains(where: vowels.contains) else { return nil }
                tone = t
            } else if k == "6" {
                guard apply(&body, to: ["a": "â", "e": "ê", "o": "ô"]) else { return nil }
            } else if k == "7" {
                guard applyHorn(&body, breve: false) else { return nil }
            } else if k == "8" {
                guard apply(&body, to: ["a": "ă"]) else { return nil }
            } else if k == "9" {
                guard let d = body.firstIndex(of: "d"), d == 0 else { return nil }
                body[d] = "đ"
            } else if ("a"..."z").contains(k) {
                body.append(k)
            } else {
                return nil
            }
        }
        guard !body.isEmpty, !body.contains(where: \.isNumber) else { return nil }
        return Keyed(body: body, tone: tone)
    }

    /// The indices of the last run of vowels in `body`.
    static func lastVowelRun(_ body: [Character]) -> [Int] {
        guard let last = body.lastIndex(where: vowels.contains) else { return [] }
        var first = last
        while first > 0, vowels.contains(body[first - 1]) { first -= 1 }
        return Array(first...last)
    }

    /// The mark on the vowel just typed, else on the rightmost vowel of the word that takes it.
    static func apply(_ body: inout [Character], to map: [Character: Character]) -> Bool {
        if let last = body.last, let m = map[last] {
            body[body.count - 1] = m
            return true
        }
        for i in lastVowelRun(body).reversed() {
            if let m = map[body[i]] {
                body[i] = m
                return true
            }
        }
        return false
    }

    /// Telex w / VNI 7: the horn on o or u (both of uo), the breve on a (Telex only); Telex w with
    /// no vowel to mark is ư.
    static func applyHorn(_ body: inout [Character], breve: Bool = true) -> Bool {
        func mark(_ i: Int) -> Bool {
            switch body[i] {
            case "o":
                body[i] = "ơ"
                if i > 0, body[i - 1] == "u" { body[i - 1] = "ư" }
                return true
            case "u":
                body[i] = "ư"
                if i + 1 < body.count, body[i + 1] == "o" { body[i + 1] = "ơ" }
                return true
            case "a" where breve:
                body[i] = "ă"
                return true
            default:
                return false
            }
        }
        if let last = body.indices.last, mark(last) { return true }
        let run = lastVowelRun(body)
        // uo anywhere in the vowels takes the horn on both.
        if let u = run.first(where: { body[$0] == "u" && $0 + 1 < body.count && body[$0 + 1] == "o" }) { return mark(u) }
        for i in run.reversed() where mark(i) { return true }
        guard breve else { return false }
        if run.isEmpty || !body.contains(where: vowels.contains) {
            body.append("ư")
            return true
        }
        return false
    }

    /// The readings of marked letters to try, the typed one first: ưo and uơ are both typed for ươ,
    /// and ươ for the rare uơ (thuở).
    static func variants(_ body: [Character]) -> [String] {
        var out = [String(body)]
        for (from, to) in [(Array("ưo"), Array("ươ")), (Array("uơ"), Array("ươ")), (Array("ươ"), Array("uơ"))] where contains(body, from) {
            out.append(String(replacing(body, from, with: to)))
        }
        return out
    }

    // String search without Foundation (whose first use costs milliseconds of a cold start).

    /// Whether `chars` holds the run `part`.
    static func contains(_ chars: [Character], _ part: [Character]) -> Bool {
        guard !part.isEmpty, chars.count >= part.count else { return false }
        return (0...(chars.count - part.count)).contains { i in chars[i..<i + part.count].elementsEqual(part) }
    }

    /// `chars` with every run `part` replaced by `replacement`.
    static func replacing(_ chars: [Character], _ part: [Character], with replacement: [Character]) -> [Character] {
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            if i + part.count <= chars.count, chars[i..<i + part.count].elementsEqual(part) {
                out += replacement
                i += part.count
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    /// The line without blanks around it.
    static func trimmed(_ line: Substring) -> Substring {
        line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed()
            .reduce(into: Substring()) { $0.append($1) }
    }

    /// `decoded` in the case the word was typed in: capitalised, or all capitals.
    static func recase(_ decoded: String, like typed: String) -> String {
        let letters = typed.filter(\.isLetter)
        if letters.count > 1, letters.allSatisfy(\.isUppercase) { return decoded.uppercased() }
        guard let first = typed.first, first.isUppercase, let head = decoded.first else { return decoded }
        return head.uppercased() + decoded.dropFirst()
    }
}
