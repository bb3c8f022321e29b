import DanVanKnowledge
import DanVanText
import Foundation

/// The `.docx` reader: the input becomes `word/document.xml` (and, when it holds a NUL byte, the
/// part after it becomes `word/numbering.xml`) of a zip built in memory; an input that already
/// starts like a zip is read as the whole file. Text comes out, or an `ImportError` with a clean
/// Vietnamese message — never a crash, a hang or unbounded memory (the size limits hold).
final class DocxFuzzer {
    static let shared = DocxFuzzer()

    func run(_ bytes: UnsafeRawBufferPointer) {
        guard let file = FuzzPackage.file(from: Data(bytes), parts: ["word/document.xml", "word/numbering.xml"]) else { return }
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
