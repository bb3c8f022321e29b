import DanVanText

/// Why a file could not be imported as a plan; nothing is saved when one is thrown.
///
/// The Vietnamese wording lives in `Msg+Import.swift`; `message` picks it.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(path: String)
    case unreadable(path: String)
    case empty(name: String)
    case binary(name: String)
    case invalidUTF8(name: String)
    /// Text in a pre-Unicode Vietnamese encoding ("TCVN3", "VNI").
    case legacyEncoding(name: String, encoding: String)
    /// A format danvan does not read ("PDF", "Word 97-2003 (.doc)").
    case unsupportedFormat(name: String, format: String)
    case docxNotZip(name: String)
    case docxWithoutDocument(name: String)
    case notAPlan(name: String)
    /// The file is larger than `ImportLimits.fileBytes`.
    case tooLarge(name: String, limit: String)
    /// A part of a `.docx` inflates past `ImportLimits.xmlBytes` or `maxRatio`.
    case docxTooLarge(name: String, part: String, limit: String, ratio: Int)

    /// The sentence shown to the user.
    public var message: String {
        switch self {
        case .fileNotFound(let path): return Msg.importFileNotFound(path)
        case .unreadable(let path): return Msg.importFileUnreadable(path)
        case .empty(let name): return Msg.importEmpty(name)
        case .binary(let name): return Msg.importBinary(name)
        case .invalidUTF8(let name): return Msg.importInvalidUTF8(name)
        case .legacyEncoding(let name, let encoding): return Msg.importLegacyEncoding(name, encoding: encoding)
        case .unsupportedFormat(let name, let format): return Msg.importUnsupportedFormat(name, format: format)
        case .docxNotZip(let name): return Msg.importDocxNotZip(name)
        case .docxWithoutDocument(let name): return Msg.importDocxWithoutDocument(name)
        case .notAPlan(let name): return Msg.importNotAPlan(name)
        case .tooLarge(let name, let limit): return Msg.importTooLarge(name, limit: limit)
        case .docxTooLarge(let name, let part, let limit, let ratio): return Msg.importDocxTooLarge(name, part: part, limit: limit, ratio: ratio)
        }
    }

    public var description: String { message }
}
