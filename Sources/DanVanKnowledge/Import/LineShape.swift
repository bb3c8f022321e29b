/// The shape of one line or paragraph of a plan: heading number, list marker, capitals.
///
///     LineShape.heading("1.1. Xây dựng…")?.numbers   // [1, 1]
///     LineShape.heading("II. NỘI DUNG")?.roman        // 2
enum LineShape {
    /// A numbered heading: a roman numeral ("II.") or arabic numbers ("1.", "1.1.", "2.3.1").
    struct Heading: Equatable {
        var roman: Int?
        var numbers: [Int]
        /// The text after the number.
        var title: String
    }

    static func heading(_ line: String) -> Heading? {
        let chars = Array(line)
        var i = 0
        // Roman: I. II. … XXXIX.
        while i < chars.count, "IVXL".contains(chars[i]) { i += 1 }
        if i > 0, i <= 6, i < chars.count, chars[i] == "." || chars[i] == ")",
           let value = romanValue(String(chars[0..<i])), value <= 39 {
            var j = i + 1
            guard j < chars.count, chars[j] == " " else { return nil }
            while j < chars.count, chars[j] == " " { j += 1 }
            guard j < chars.count else { return nil }
            return Heading(roman: value, numbers: [], title: String(chars[j...]))
        }
        // Arabic: 1. / 1.1. / 1.1 / 2.3.1.
        i = 0
        var numbers: [Int] = []
        while i < chars.count {
            var digits = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber, digits.count < 3 { digits.append(chars[i]); i += 1 }
            guard !digits.isEmpty, digits.count <= 2, let n = Int(digits) else { return nil }
            numbers.append(n)
            if i < chars.count, chars[i] == "." {
                i += 1
                if i < chars.count, chars[i].isASCII, chars[i].isNumber { continue }
                break
            }
            // "1.1 Title" (no final dot) is a heading only with two numbers or more.
            guard numbers.count >= 2, i < chars.count, chars[i] == " " else { return nil }
            break
        }
        guard !numbers.isEmpty, i < chars.count, chars[i] == " " else { return nil }
        while i < chars.count, chars[i] == " " { i += 1 }
        guard i < chars.count, !(chars[i].isNumber && numbers.count == 1 && lineLooksLikeAmount(chars, from: i)) else { return nil }
        return Heading(roman: nil, numbers: numbers, title: String(chars[i...]))
    }

    /// "1. 100% đội ngũ…" is still a numbered item; "3. 000 đồng" is not a heading.
    private static func lineLooksLikeAmount(_ chars: [Character], from i: Int) -> Bool {
        var j = i
        while j < chars.count, chars[j].isNumber { j += 1 }
        return j < chars.count && (chars[j] == "." || chars[j] == ",") && j + 1 < chars.count && chars[j + 1].isNumber
    }

    static func romanValue(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        var total = 0
        let digits = s.compactMap { values[$0] }
        guard digits.count == s.count else { return nil }
        for (index, v) in digits.enumerated() {
            if index + 1 < digits.count, v < digits[index + 1] { total -= v } else { total += v }
        }
        // Only canonical spellings: "IIII" or "VX" are not numerals.
        return toRoman(total) == s ? total : nil
    }

    static func toRoman(_ n: Int) -> String {
        let table: [(Int, String)] = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }

    /// A lettered item "a) …", "đ) …": stays inside its section's paragraphs.
    static func isLetteredItem(_ line: String) -> Bool {
        let chars = Array(line.prefix(3))
        guard chars.count >= 3, chars[0].isLowercase, chars[0].isLetter, chars[1] == ")", chars[2] == " " else { return false }
        return true
    }

    /// The list marker a paragraph starts with ("- ", "+ ", "• "), or nil.
    static func listMarker(_ line: String) -> String? {
        guard let first = line.first, "-+•–—*".contains(first) else { return nil }
        let second = line.dropFirst().first
        if second == " " { return String(first) + " " }
        if let second, second.isUppercase, first != "*" { return String(first) }
        return nil
    }

    /// The paragraph without its list marker or lettered-item prefix.
    static func stripMarker(_ line: String) -> String {
        if let marker = listMarker(line) { return String(line.dropFirst(marker.count)).trimmingSpaces() }
        if isLetteredItem(line) { return String(line.dropFirst(3)).trimmingSpaces() }
        return line
    }

    /// Letters in capitals (at least two letters): "KẾ HOẠCH", "TM. ỦY BAN NHÂN DÂN"; a long line
    /// may hold a symbol's lower-case letter ("… CHỈ THỊ SỐ 33/CT-TTg …").
    static func isAllCaps(_ line: String) -> Bool {
        var letters = 0, lower = 0
        for c in line where c.isLetter {
            if c.isLowercase { lower += 1 }
            letters += 1
        }
        return letters >= 2 && lower <= letters / 25
    }

    /// Only dashes, underscores, dots or stars: the rules under a header block.
    static func isSeparator(_ line: String) -> Bool {
        line.count >= 3 && line.allSatisfy { "-_=*.–—~".contains($0) || $0 == " " }
    }

    /// A page number left by a PDF viewer: "2", "- 2 -", "Trang 2", "2/5".
    static func isPageNumber(_ line: String) -> Bool {
        var s = line.replacingOccurrences(of: "Trang ", with: "")
        s = s.trimmingCharacters(in: CharacterSet(charactersIn: "-–— "))
        let parts = s.split(separator: "/")
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
    }

    /// Ends a sentence or a clause that ends a paragraph: ".", ";", ":", "!", "?", "…".
    static func endsClause(_ line: String) -> Bool {
        var s = Substring(line)
        while let last = s.last, "”\"')»’ ".contains(last) { s.removeLast() }
        guard let last = s.last else { return false }
        return ".;:!?…".contains(last)
    }
}

import Foundation

extension String {
    func trimmingSpaces() -> String { trimmingCharacters(in: .whitespaces) }
}
