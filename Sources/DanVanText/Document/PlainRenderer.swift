/// Lays an answer out as plain text (no colour): what `ask` prints and what JSON carries.
///
///     PlainRenderer.render(AnswerDocument(title: "Mục đích", blocks: [.bullets(["Nâng cao nhận thức"])]))
///     // "Mục đích\n• Nâng cao nhận thức"
///
/// The same layout as `DocumentRenderer` without wrapping (a pipe, a file or JSON: the reader wraps),
/// without any escape code. Tables are still aligned.
public enum PlainRenderer {
    /// Wide enough that no sentence is broken: a line break inside a sentence would only hinder a script.
    public static let width = 100_000

    /// The answer as plain text, lines joined by `\n`, without a final newline.
    public static func render(_ doc: AnswerDocument) -> String {
        DocumentRenderer(width: width, color: false).render(doc)
    }
}
