import DanVanText
import Foundation

/// Turns a plan's raw text into paragraphs: NFC, stray spaces gone, PDF line breaks joined.
///
///     TextCleaner(vocabulary: v).paragraphs(of: "- Các phòng tuyên truyền và\ntriển khai.\n- Tiếp tục")
///     // ["- Các phòng tuyên truyền và triển khai.", "- Tiếp tục"]
///
/// A line continues the paragraph before it unless the paragraph ended a clause (".", ";", ":"),
/// the line starts a list item, a heading or an item "a)", one of them is in capitals (headers,
/// signer block), or it is one of the header lines ("Số: …", "Hà Nội, ngày …", "Nơi nhận:").
/// Blank lines break paragraphs only when they are rare: text copied from a PDF viewer has one
/// after almost every line. In such wrapped text a line that fills the width and ends with "." or
/// ";" goes on into the next one ("…nâng cao các chỉ số cải cách hành chính." / "Tập trung…").
struct TextCleaner {
    let vocabulary: PlanVocabulary

    func paragraphs(of text: String) -> [String] {
        var lines = Self.lines(of: text)
        if let first = lines.first, first.hasPrefix("# source:") { lines.removeFirst() }
        let nonBlank = lines.filter { !$0.isEmpty }.count
        var followedByBlank = 0
        for (i, line) in lines.enumerated() where !line.isEmpty && i + 1 < lines.count && lines[i + 1].isEmpty {
            followedByBlank += 1
        }
        let blanksAreBreaks = nonBlank == 0 || Double(followedByBlank) / Double(nonBlank) < 0.5
        let layout = Wrapping(lines: lines.filter { !$0.isEmpty && !LineShape.isSeparator($0) })

        var paragraphs: [String] = []
        var current: Paragraph?
        func flush() {
            if let c = current, !c.text.isEmpty { paragraphs.append(c.text) }
            current = nil
        }
        for line in lines {
            if line.isEmpty {
                if blanksAreBreaks { flush() }
                continue
            }
            if LineShape.isSeparator(line) { flush(); continue }
            if LineShape.isPageNumber(line) { continue }
            for piece in splitSignerColumns(line) {
                if var c = current, !startsNewParagraph(piece, after: c, wrapping: layout) {
                    c.text += " " + piece
                    c.lastLine = piece
                    c.isCaps = false
                    current = c
                } else {
                    flush()
                    current = Paragraph(first: piece, cleaner: self)
                }
            }
        }
        flush()
        return paragraphs
    }

    /// The paragraph being built, with what its first line says about it.
    private struct Paragraph {
        var text: String
        var lastLine: String
        var isCaps: Bool
        /// A heading or an item "a)": a capitalised next line is its body.
        var isHeading: Bool
        /// "Số: …", "Hà Nội, ngày …", "Nơi nhận:", "TM. …": nothing joins them.
        var isStandalone: Bool

        init(first: String, cleaner: TextCleaner) {
            text = first
            lastLine = first
            isCaps = LineShape.isAllCaps(first)
            isHeading = LineShape.heading(first) != nil || LineShape.isLetteredItem(first)
            isStandalone = cleaner.isStandalone(first)
        }
    }

    /// NFC lines with spaces normalised; form feeds and other separators are line breaks.
    static func lines(of text: String) -> [String] {
        var scalars = String.UnicodeScalarView()
        for s in Folding.nfc(text).unicodeScalars {
            switch s.value {
            case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x00AD: continue
            case 0x000D: scalars.append("\n")
            case 0x000C, 0x000B, 0x2028, 0x2029, 0x0085: scalars.append("\n")
            case 0x00F0: scalars.append("\u{0111}")
            case 0x0009, 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: scalars.append(" ")
            default: scalars.append(s)
            }
        }
        return String(scalars).split(separator: "\n", omittingEmptySubsequences: false).map { tidy(String($0)) }
    }

    /// One space between words, none before ",;:.)" or after "(".
    static func tidy(_ line: String) -> String {
        var out = ""
        out.reserveCapacity(line.count)
        var pendingSpace = false
        for c in line {
            if c == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                let glue = ",;:.)!?".contains(c) || out.last == "("
                if !glue { out.append(" ") }
                pendingSpace = false
            }
            out.append(c)
        }
        return out
    }

    /// A line that holds two columns of the closing block ("- Lưu: VT. TM. ỦY BAN NHÂN DÂN",
    /// "- UBND thành phố; CHÁNH VĂN PHÒNG") is two lines.
    private func splitSignerColumns(_ line: String) -> [String] {
        if LineShape.listMarker(line) != nil {
            for title in vocabulary.titles.sorted(by: { $0.count > $1.count }) {
                let caps = " " + title.uppercased()
                if line.hasSuffix(caps), line.count > caps.count + 2 {
                    return [String(line.dropLast(caps.count)), String(caps.dropFirst())]
                }
            }
        }
        for mode in vocabulary.signerModes {
            guard let r = line.range(of: " " + mode + " "), r.lowerBound > line.startIndex else { continue }
            let after = line[r.upperBound...]
            guard LineShape.isAllCaps(String(after)) else { continue }
            let before = String(line[..<r.lowerBound])
            return [before, mode + " " + after]
        }
        return [line]
    }

    private func startsNewParagraph(_ line: String, after paragraph: Paragraph, wrapping: Wrapping) -> Bool {
        if LineShape.listMarker(line) != nil || LineShape.isLetteredItem(line) || LineShape.heading(line) != nil { return true }
        if Footnotes.mark(of: line) != nil { return true }
        if paragraph.isCaps || paragraph.isStandalone || LineShape.isAllCaps(line) || isStandalone(line) { return true }
        if LineShape.endsClause(paragraph.lastLine) {
            return !(wrapping.isWrapped && wrapping.fillsWidth(paragraph.lastLine) && !paragraph.lastLine.hasSuffix(":"))
        }
        let opensWithCapital = startsWithCapital(line)
        if opensWithCapital, paragraph.isHeading { return true }
        if opensWithCapital, vocabulary.preambleOpeners.contains(where: { line.hasPrefix($0 + " ") }),
           let lastWord = paragraph.lastLine.split(separator: " ").last, !(lastWord.first?.isUppercase ?? false) {
            return true
        }
        return false
    }

    private func startsWithCapital(_ line: String) -> Bool {
        guard let c = line.first(where: { !"“\"'(«‘".contains($0) }) else { return false }
        return c.isUppercase
    }

    /// Header and closing lines that stand alone: "Số: …", "Hà Nội, ngày …", "Nơi nhận:".
    fileprivate func isStandalone(_ line: String) -> Bool {
        let folded = FastFold.fold(line.prefix(40))
        // "Số: 45/KH-UBND", "Số 45/KH-UBND".
        let first = folded.prefix { $0.isLetter }
        if vocabulary.foldedNumberWords.contains(String(first)) {
            let after = folded.dropFirst(first.count)
            if after.hasPrefix(":") || after.hasPrefix(" ") && after.dropFirst().first?.isNumber == true { return true }
        }
        if vocabulary.recipientsHeading.contains(where: { folded.hasPrefix($0) }) { return true }
        if vocabulary.signerModes.contains(where: { line.hasPrefix($0) }) { return true }
        return PlaceDate.parse(line) != nil
    }
}

/// Whether a text was wrapped at a fixed width (copied from a PDF viewer), and that width.
struct Wrapping {
    /// Many lines stop mid-sentence and go on in lower case on the next line.
    let isWrapped: Bool
    /// The width most full lines reach (the 80th percentile of line lengths).
    let width: Int

    init(lines: [String]) {
        var continued = 0
        for (a, b) in zip(lines, lines.dropFirst()) where !LineShape.endsClause(a) && (b.first?.isLowercase ?? false) {
            continued += 1
        }
        isWrapped = continued >= 5 && Double(continued) / Double(max(lines.count, 1)) >= 0.15
        let lengths = lines.map(\.count).sorted()
        width = lengths.isEmpty ? 0 : lengths[min(lengths.count - 1, lengths.count * 8 / 10)]
    }

    func fillsWidth(_ line: String) -> Bool {
        width > 0 && Double(line.count) >= Double(width) * 0.85
    }
}
