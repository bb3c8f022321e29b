import DanVanKnowledge
import DanVanText
import Foundation
import ZIPFoundation

/// The `.docx` reader: the input becomes `word/document.xml` (and, when it holds a NUL byte, the
/// part after it becomes `word/numbering.xml`) of a zip built in memory; an input that already
/// starts like a zip is read as the whole file. Text comes out, or an `ImportError` with a clean
/// Vietnamese message — never a crash, a hang or unbounded memory (the size limits hold).
final class DocxFuzzer {
    static let shared = DocxFuzzer()

    func run(_ bytes: UnsafeRawBufferPointer) {
        let input = Data(bytes)
        let file: Data
        if input.starts(with: [0x50, 0x4B]) {
            file = input
        } else {
            let parts = input.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
            guard let archive = try? Archive(data: Data(), accessMode: .create) else { preconditionFailure("no in-memory zip") }
            for (path, part) in zip(["word/document.xml", "word/numbering.xml"], parts) {
                let data = Data(part)
                try? archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                    position, size in data.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let built = archive.data else { return }
            file = built
        }
        do {
            let text = try DocxTextExtractor.text(of: file, name: "fuzz.docx")
            precondition(!text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "an empty text was not refused")
        } catch let error as ImportError {
            OutputCheck.require(error.message, "docx error \(error)")
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
    }
}
