import DanVanText

/// The zones of a plan's paragraphs: header, title, preamble, body (numbered sections), closing.
///
///     header   ỦY BAN NHÂN DÂN / THÀNH PHỐ HÀ NỘI / … / Số: 308/KH-UBND / Hà Nội, ngày …
///     heading  KẾ HOẠCH
///     title    TRIỂN KHAI THỰC HIỆN …
///     preamble Thực hiện … ; Căn cứ …
///     body     I. MỤC ĐÍCH, YÊU CẦU … III. TỔ CHỨC THỰC HIỆN …
///     closing  Nơi nhận: … / TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / … / name
struct PlanLayout {
    var header: ArraySlice<String>
    /// The "KẾ HOẠCH" paragraph's own text after the word, when the title shares its line.
    var headingRest: String?
    var title: ArraySlice<String>
    var preamble: ArraySlice<String>
    var body: ArraySlice<String>
    var closing: ArraySlice<String>

    /// Splits `paragraphs`; nil when they are not a plan (no "KẾ HOẠCH" heading and no numbered sections).
    init?(paragraphs: [String], vocabulary: PlanVocabulary) {
        let headingIndex = Self.headingIndex(paragraphs, vocabulary: vocabulary)
        let searchFrom = headingIndex.map { $0 + 1 } ?? 0
        let romanStart = paragraphs[searchFrom...].firstIndex { LineShape.heading($0)?.roman != nil }
        let hasRoman = romanStart != nil
        let bodyStart = romanStart ?? paragraphs[searchFrom...].firstIndex { LineShape.heading($0) != nil }
        guard let bodyStart, headingIndex != nil || hasRoman else { return nil }
        let closingStart = paragraphs[bodyStart...].firstIndex { Self.opensClosing($0, vocabulary: vocabulary) } ?? paragraphs.count

        let titleStart: Int
        if let h = headingIndex {
            header = paragraphs[0..<h]
            let rest = Self.textAfterHeading(paragraphs[h], vocabulary: vocabulary)
            headingRest = rest.isEmpty ? nil : rest
            titleStart = h + 1
        } else {
            header = paragraphs[0..<0]
            headingRest = nil
            titleStart = 0
        }
        // A title in capitals runs over the following capital paragraphs; a mixed-case one is one
        // paragraph (its broken lines are already joined), unless the preamble starts at once.
        var titleEnd = titleStart
        let capsTitle = headingRest.map(LineShape.isAllCaps)
            ?? (titleStart < bodyStart && LineShape.isAllCaps(paragraphs[titleStart]))
        if capsTitle {
            while titleEnd < bodyStart, LineShape.isAllCaps(paragraphs[titleEnd]) { titleEnd += 1 }
        } else if headingRest == nil, titleStart < bodyStart,
                  !vocabulary.preambleOpeners.contains(where: { paragraphs[titleStart].hasPrefix($0 + " ") }) {
            titleEnd = titleStart + 1
        }
        title = paragraphs[titleStart..<titleEnd]
        preamble = paragraphs[titleEnd..<bodyStart]
        body = paragraphs[bodyStart..<closingStart]
        closing = paragraphs[closingStart...]
    }

    private static func headingIndex(_ paragraphs: [String], vocabulary: PlanVocabulary) -> Int? {
        for (i, p) in paragraphs.prefix(60).enumerated() {
            let letters = Folding.fold(p).filter { $0.isLetter }
            for heading in vocabulary.planHeading {
                let key = heading.filter { $0.isLetter }
                if letters == key { return i }
                if LineShape.isAllCaps(String(p.prefix(12))), letters.hasPrefix(key),
                   Folding.fold(p).hasPrefix(heading + " ") { return i }
            }
        }
        return nil
    }

    private static func textAfterHeading(_ p: String, vocabulary: PlanVocabulary) -> String {
        let words = p.split(separator: " ")
        // "K Ế  H O Ạ C H" spaced out: the heading alone.
        let compact = Folding.fold(p.filter { !$0.isWhitespace })
        if vocabulary.planHeading.contains(where: { $0.filter { !$0.isWhitespace } == compact }) { return "" }
        return words.dropFirst(2).joined(separator: " ")
    }

    static func opensClosing(_ p: String, vocabulary: PlanVocabulary) -> Bool {
        let folded = Folding.fold(String(p.prefix(20)))
        if vocabulary.recipientsHeading.contains(where: { folded.hasPrefix($0) }) { return true }
        return vocabulary.signerModes.contains { mode in
            p.hasPrefix(mode) && LineShape.isAllCaps(String(p.dropFirst(mode.count)))
        }
    }
}
