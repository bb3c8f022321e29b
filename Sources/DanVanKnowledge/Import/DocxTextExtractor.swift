import Foundation
import ZIPFoundation

/// Reads the text of a Word `.docx`: one line per paragraph (`w:p`), tabs and line breaks kept, and
/// Word's automatic numbering ("I.", "1.", "a)") written out so the importer sees the section numbers.
/// Footnotes (`word/footnotes.xml`) are called "[1]" where the text calls them and written "[1] …" after it.
///
///     let text = try DocxTextExtractor.text(of: data, name: "ke-hoach.docx")
public enum DocxTextExtractor {
    /// The plain text of a `.docx`'s main document.
    ///
    /// - Throws: `ImportError.docxNotZip` when `data` is not a zip archive, `.docxWithoutDocument`
    ///   when it has no `word/document.xml`, `.empty` when the document has no text.
    public static func text(of data: Data, name: String) throws -> String {
        guard let archive = ZipReader.archive(data) else { throw ImportError.docxNotZip(name: name) }
        guard let entry = archive["word/document.xml"] else { throw ImportError.docxWithoutDocument(name: name) }
        let document = try read(entry, from: archive, name: name)
        let numbering = archive["word/numbering.xml"].flatMap { try? read($0, from: archive, name: name) }
        var (lines, calls) = WordXML.paragraphsAndNotes(document, numbering: numbering.map(WordNumbering.init(xml:)))
        // The notes go after the text, "[1] …" a line, as in a plan pasted as text: the importer keeps
        // each with the paragraph that calls it.
        if !calls.isEmpty, let entry = archive["word/footnotes.xml"] {
            let xml = try read(entry, from: archive, name: name)
            let notes = WordXML.footnotes(xml)
            for (k, id) in calls.enumerated() {
                if let note = notes[id] { lines.append("[\(k + 1)] " + note) }
            }
        }
        let text = lines.joined(separator: "\n")
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ImportError.empty(name: name) }
        return text
    }

    /// An entry's bytes, refused past `ImportLimits`: the declared size and ratio are checked before
    /// inflating, the actual size and ratio while streaming (a zip may lie about its sizes).
    /// Also the reader of an `.xlsx` workbook's parts (`XlsxReader`).
    static func read(_ entry: Entry, from archive: Archive, name: String) throws -> [UInt8] {
        let limit = UInt64(ImportLimits.xmlBytes)
        let compressed = max(entry.compressedSize, 1)
        func tooBig(_ size: UInt64) -> Bool {
            size > limit || (size > UInt64(ImportLimits.ratioFloor) && size / compressed > UInt64(ImportLimits.maxRatio))
        }
        let refusal = ImportError.docxTooLarge(name: name, part: entry.path, limit: ImportLimits.megabytes(ImportLimits.xmlBytes),
                                               ratio: ImportLimits.maxRatio)
        if tooBig(entry.uncompressedSize) { throw refusal }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(entry.uncompressedSize, limit)))
        var exceeded = false
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                if tooBig(UInt64(bytes.count + chunk.count)) {
                    exceeded = true
                    throw refusal
                }
                bytes.append(contentsOf: chunk)
            }
        } catch {
            if exceeded { throw refusal }
            throw ImportError.docxNotZip(name: name)
        }
        return bytes
    }
}
