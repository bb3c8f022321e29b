import DanVanText
import Foundation

/// Turns a file's bytes into text, or says why it cannot: binary, empty, not UTF-8, an old
/// Vietnamese encoding, a PDF or an old Word file. A `.docx` goes through `DocxTextExtractor`.
///
///     try PlanTextReader.text(of: Data("Kế hoạch".utf8), name: "a.txt")   // "Kế hoạch"
enum PlanTextReader {
    static func text(of data: Data, name: String) throws -> String {
        let bytes = [UInt8](data.prefix(8))
        let isDocxName = name.lowercased().hasSuffix(".docx")
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return try DocxTextExtractor.text(of: data, name: name)
        }
        if isDocxName {
            if data.isEmpty { throw ImportError.empty(name: name) }
            throw ImportError.docxNotZip(name: name)
        }
        if bytes.starts(with: Array("%PDF".utf8)) { throw ImportError.unsupportedFormat(name: name, format: "PDF") }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ImportError.unsupportedFormat(name: name, format: "Word 97-2003 (.doc)")
        }
        if bytes.starts(with: Array("{\\rtf".utf8)) { throw ImportError.unsupportedFormat(name: name, format: "RTF") }
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let t = String(data: data, encoding: .utf16) else { throw ImportError.invalidUTF8(name: name) }
            text = t
        } else if let encoding = utf16WithoutBOM(data) {
            guard let t = String(data: data, encoding: encoding), !looksBinary(t) else { throw ImportError.binary(name: name) }
            text = t
        } else if let t = String(data: data, encoding: .utf8) {
            guard !looksBinary(t) else { throw ImportError.binary(name: name) }
            text = t
        } else {
            if data.contains(0) || controlRatio(data) > 0.05 { throw ImportError.binary(name: name) }
            if let latin = String(data: data, encoding: .isoLatin1), let legacy = legacyEncoding(latin) {
                throw ImportError.legacyEncoding(name: name, encoding: legacy)
            }
            throw ImportError.invalidUTF8(name: name)
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}"))).isEmpty {
            throw ImportError.empty(name: name)
        }
        if let legacy = legacyEncoding(text) { throw ImportError.legacyEncoding(name: name, encoding: legacy) }
        return text
    }

    /// UTF-16 without a byte-order mark (Notepad's "Unicode" saved by some tools): text whose every
    /// other byte is mostly zero — the high byte of ASCII letters, digits, spaces — on one side only.
    ///
    ///     utf16WithoutBOM(Data("Kế hoạch".data(using: .utf16LittleEndian)!))  // .utf16LittleEndian
    static func utf16WithoutBOM(_ data: Data) -> String.Encoding? {
        let sample = [UInt8](data.prefix(8192))
        guard sample.count >= 4, sample.count.isMultiple(of: 2) || data.count > sample.count else { return nil }
        var evenZeros = 0, oddZeros = 0
        let pairs = sample.count / 2
        for i in 0..<pairs {
            if sample[2 * i] == 0 { evenZeros += 1 }
            if sample[2 * i + 1] == 0 { oddZeros += 1 }
        }
        guard data.count.isMultiple(of: 2) else { return nil }
        if oddZeros * 10 >= pairs * 3, evenZeros * 20 <= pairs { return .utf16LittleEndian }
        if evenZeros * 10 >= pairs * 3, oddZeros * 20 <= pairs { return .utf16BigEndian }
        return nil
    }

    /// NUL bytes or many control characters: not text.
    private static func looksBinary(_ text: String) -> Bool {
        var control = 0, total = 0
        for s in text.unicodeScalars {
            total += 1
            if s.value == 0 { return true }
            if s.value < 0x20, ![0x09, 0x0A, 0x0C, 0x0D].contains(s.value) { control += 1 }
            if s.value == 0xFFFD { control += 1 }
        }
        return total > 0 && Double(control) / Double(total) > 0.02
    }

    private static func controlRatio(_ data: Data) -> Double {
        let control = data.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }.count
        return data.isEmpty ? 0 : Double(control) / Double(data.count)
    }

    /// TCVN3 (".VnTime": "Uû ban nh©n d©n") or VNI text read as Latin-1 shows symbols where Vietnamese
    /// letters belong; Unicode Vietnamese never has them next to letters.
    static func legacyEncoding(_ text: String) -> String? {
        let tcvn3: Set<Character> = ["¨", "©", "ª", "«", "¬", "®", "µ", "¶", "·", "¸", "¹", "»", "¼", "½", "¾", "Æ", "Ç", "Ë", "Î", "Ï", "Ñ", "Ö", "×", "Ø", "Û", "Ü", "Þ", "ß", "ä", "å", "æ", "ç", "ë", "î", "ï", "ñ", "ö", "ø", "û", "ü", "þ"]
        var hits = 0, letters = 0
        var previous: Character = " "
        for c in text.prefix(20000) {
            if c.isLetter { letters += 1 }
            if tcvn3.contains(c), previous.isLetter { hits += 1 }
            previous = c
        }
        return hits >= 5 && Double(hits) / Double(max(letters, 1)) > 0.01 ? "TCVN3/VNI" : nil
    }
}
