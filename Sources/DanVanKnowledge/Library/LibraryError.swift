import DanVanText

/// Why the plan library or a data file could not be used; the library is unchanged when one is thrown.
public enum LibraryError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotCreateDirectory(path: String)
    case cannotWrite(path: String)
    case cannotRemove(path: String)
    /// A saved or curated plan, or a vocabulary file, that does not decode; `line` when the decoder says.
    case brokenDataFile(file: String, line: Int?, detail: String?)
    case planNotFound(reference: String)
    /// Several plans answer to a number; `candidates` are their ids.
    case ambiguousReference(reference: String, candidates: [String])

    /// The sentence shown to the user.
    public var message: String {
        switch self {
        case .cannotCreateDirectory(let path): return Msg.libraryCannotCreateDirectory(path)
        case .cannotWrite(let path): return Msg.libraryCannotWrite(path)
        case .cannotRemove(let path): return Msg.libraryCannotRemove(path)
        case .brokenDataFile(let file, let line, let detail): return Msg.libraryBrokenFile(file, line: line, detail: detail)
        case .planNotFound(let reference): return Msg.libraryPlanNotFound(reference)
        case .ambiguousReference(let reference, let candidates): return Msg.libraryAmbiguous(reference, candidates: candidates)
        }
    }

    public var description: String { message }
}
