import DanVanText
import Foundation

/// Reads the closing blocks: "Nơi nhận" and the signature.
///
///     "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Trương Việt Dũng"
///     → Signer(mode "KT.", authority "Ủy ban nhân dân", title "Phó Chủ tịch", name …, signsFor "Chủ tịch")
struct ClosingReader {
    let vocabulary: PlanVocabulary
    let caser: VietnameseCaser

    func recipients(_ closing: ArraySlice<String>) -> [String] {
        var out: [String] = []
        var inList = false
        for p in closing {
            if isAppendixHeading(p) { break }
            let folded = Folding.fold(String(p.prefix(12)))
            if let heading = vocabulary.recipientsHeading.first(where: { folded.hasPrefix($0) }) {
                inList = true
                var rest = String(p.dropFirst(heading.count)).trimmingCharacters(in: CharacterSet(charactersIn: " :"))
                if rest.hasPrefix("-") { rest = String(rest.dropFirst()) }
                out.append(contentsOf: rest.components(separatedBy: " - ").map(clean).filter { !$0.isEmpty })
                continue
            }
            // The signer block may stand between recipients when two columns were copied line by line.
            if inList, LineShape.listMarker(p) != nil { out.append(clean(LineShape.stripMarker(p))) }
        }
        return out.filter { !$0.isEmpty }
    }

    func signer(_ closing: ArraySlice<String>) -> Signer? {
        var modes: [(mode: String, rest: String)] = []
        var titles: [String] = []
        var name: String?
        var inRecipients = false
        var nameAfterModes = false
        for raw in closing {
            // The appendix after the signature ("PHỤ LỤC", "Mẫu biểu số 01") and the notes are not the signer.
            if isAppendixHeading(raw) { break }
            if Footnotes.mark(of: raw) != nil { continue }
            // The block ends with the signer's name: what follows (a table, a note) is something else.
            if nameAfterModes, !vocabulary.signerModes.contains(where: { raw.hasPrefix($0) }) { break }
            // "(Đã ký)", "[daky]" notes go, what follows them stays ("(Đã ký) Nguyễn Thị Hoa").
            let p = withoutNotes(raw)
            guard !p.isEmpty else { continue }
            let folded = Folding.fold(p)
            if vocabulary.recipientsHeading.contains(where: { folded.hasPrefix($0) }) { inRecipients = true; continue }
            if LineShape.listMarker(p) != nil { continue }
            if let mode = vocabulary.signerModes.first(where: { p.hasPrefix($0) }) {
                inRecipients = false
                modes.append((mode, String(p.dropFirst(mode.count)).trimmingSpaces()))
                continue
            }
            if vocabulary.signerNotes.contains(where: { folded.contains($0) }) { continue }
            if p.hasPrefix("(") || p.hasPrefix("[") { continue }
            if LineShape.isAllCaps(p) {
                let known = vocabulary.titles.contains { Folding.fold($0) == folded }
                if known || titles.isEmpty && !modes.isEmpty {
                    titles.append(caser.title(p))
                } else if isPersonName(p) {
                    name = caser.personName(p)
                    nameAfterModes = !modes.isEmpty
                }
                inRecipients = false
                continue
            }
            if inRecipients { continue }
            if isPersonName(p) {
                name = caser.personName(p)
                nameAfterModes = !modes.isEmpty
            }
        }
        guard name != nil || !modes.isEmpty else { return nil }
        var signer = Signer(title: titles.first ?? "", name: name ?? "")
        if let tm = modes.first(where: { $0.mode == "TM." }) { signer.authority = caser.organisation(tm.rest) }
        if let delegated = modes.first(where: { $0.mode != "TM." }) {
            signer.mode = delegated.mode
            signer.signsFor = delegated.rest.isEmpty ? nil : caser.title(delegated.rest)
        } else if let first = modes.first {
            signer.mode = first.mode
        }
        return signer
    }

    /// "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục 2", "Mẫu biểu số 01", "PHỤ LỤC KÈM THEO …": a heading that opens
    /// an appendix.
    func isAppendixHeading(_ p: String) -> Bool {
        let words = Folding.fold(p).split { !$0.isLetter && !$0.isNumber }
        guard !words.isEmpty else { return false }
        for heading in vocabulary.appendixHeadings {
            let h = heading.split(separator: " ")
            guard words.starts(with: h) else { continue }
            // In capitals it is a heading whatever follows; written plainly, only with its number.
            if LineShape.isAllCaps(p) { return true }
            guard words.count <= 5 else { continue }
            // What may follow: a number, a roman numeral or "số …" ("Mẫu biểu số 01", "PHỤ LỤC II").
            let rest = words.dropFirst(h.count)
            if rest.allSatisfy({ w in w.allSatisfy(\.isNumber) || LineShape.romanValue(w.uppercased()) != nil || vocabulary.foldedNumberWords.contains(String(w)) }) { return true }
        }
        return false
    }

    private func withoutNotes(_ p: String) -> String {
        var out = ""
        var depth = 0
        var note = ""
        for c in p {
            if c == "(" || c == "[" { depth += 1; note = ""; continue }
            if c == ")" || c == "]", depth > 0 {
                depth -= 1
                let f = Folding.fold(note)
                if !vocabulary.signerNotes.contains(where: { f.contains($0) }) { out += "(" + note + ")" }
                continue
            }
            if depth > 0 { note.append(c) } else { out.append(c) }
        }
        return TextCleaner.tidy(out)
    }

    /// "Đào Đức Vỹ": two to six capitalised words, no digits or punctuation.
    private func isPersonName(_ p: String) -> Bool {
        let words = p.split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        return words.allSatisfy { w in w.first?.isUppercase == true && w.allSatisfy { $0.isLetter } }
    }

    private func clean(_ line: String) -> String {
        line.trimmingCharacters(in: CharacterSet(charactersIn: " ;,.")).trimmingSpaces()
    }
}
