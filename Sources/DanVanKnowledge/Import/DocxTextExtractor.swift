import Foundation
import ZIPFoundation

/// Reads the text of a Word `.docx`: one line per paragraph (`w:p`), tabs and line breaks kept, and
/// Word's automatic numbering ("I.", "1.", "a)") written out so the importer sees the section numbers.
///
///     let text = try DocxTextExtractor.text(of: data, name: "ke-hoach.docx")
public enum DocxTextExtractor {
    /// The plain text of a `.docx`'s main document.
    ///
    /// - Throws: `ImportError.docxNotZip` when `data` is not a zip archive, `.docxWithoutDocument`
    ///   when it has no `word/document.xml`, `.empty` when the document has no text.
    public static func text(of data: Data, name: String) throws -> String {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ImportError.docxNotZip(name: name)
        }
        guard let entry = archive["word/document.xml"] else { throw ImportError.docxWithoutDocument(name: name) }
        let document = try read(entry, from: archive, name: name)
        let numbering = archive["word/numbering.xml"].flatMap { try? read($0, from: archive, name: name) }
        let lines = WordXML.paragraphs(document, numbering: numbering.map(WordNumbering.init(xml:)))
        let text = lines.joined(separator: "\n")
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ImportError.empty(name: name) }
        return text
    }

    private static func read(_ entry: Entry, from archive: Archive, name: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in bytes.append(contentsOf: chunk) }
        } catch {
            throw ImportError.docxNotZip(name: name)
        }
        return bytes
    }
}
