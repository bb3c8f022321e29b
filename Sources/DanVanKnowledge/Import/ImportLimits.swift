/// How big a plan may be. A real plan is a few hundred kilobytes of text (the largest seen: about
/// 2 MB of Word XML); these limits are ten times that, and stop a "zip bomb" or a runaway file
/// before it is read into memory.
///
/// - a `.txt` or `.docx` file: at most `fileBytes` (20 MB) on disk;
/// - a part of a `.docx` (`word/document.xml`, `word/numbering.xml`): at most `xmlBytes` (20 MB)
///   uncompressed, both as declared in the zip and as actually inflated (counted while streaming);
/// - a part larger than `ratioFloor` (1 MB) may not inflate more than `maxRatio` (100×) its
///   compressed size (Word's XML compresses about 5–15×).
public enum ImportLimits {
    public static let fileBytes = 20 * 1024 * 1024
    public static let xmlBytes = 20 * 1024 * 1024
    public static let maxRatio = 100
    public static let ratioFloor = 1024 * 1024

    /// "20 MB": a byte count for a message.
    public static func megabytes(_ bytes: Int) -> String { "\(bytes / (1024 * 1024)) MB" }
}
