/// Lays an answer out as plain text (no colour): what `ask` prints and what JSON carries.
///
///     PlainRenderer.render(AnswerDocument(title: "Mục đích", blocks: [.bullets(["Nâng cao nhận thức"])]))
///     // "Mục đích\n• Nâng cao nhận thức"
///
/// The same layout as `DocumentRenderer` at a generous width (100 columns), without any escape code.
public enum PlainRenderer {
    /// The width plain answers are wrapped to.
    public static let width = 100

    /// The answer as plain text, lines joined by `\n`, without a final newline.
    public static func render(_ doc: AnswerDocument) -> String {
        DocumentRenderer(width: width, color: false).render(doc)
    }
}
