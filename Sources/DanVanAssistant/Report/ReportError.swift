import DanVanText

/// Why a report cannot be drafted or written; `message` words it for the person.
public enum ReportError: Error, Equatable {
    case unknownUnit(String, suggestions: [String])
    case collectiveUnit(String)
    case unitMissing
    case unitAndCompiled
    case noRounds
    case roundNotInPlan(Int, available: [Int])
    case noStore(path: String)
    /// The store failed; the reason is already worded.
    case store(String)
    case cannotWrite(path: String, reason: WriteFailure)
    case docxNeedsOutput
    case unknownFormat(String)
    case noPlan

    /// Why a file could not be written.
    public enum WriteFailure: Equatable, Sendable {
        case isDirectory, noFolder, denied
        /// Refused or failed by `SafeFileWriter` (a device, FIFO, existing file, full disk…).
        case refused(SafeFileWriter.Failure)
        case other(String)
    }

    /// The sentence shown to the person.
    public var message: String {
        switch self {
        case .unknownUnit(let typed, let suggestions): return Msg.reportUnknownUnit(typed, suggestions: suggestions)
        case .collectiveUnit(let unit): return Msg.reportCollectiveUnit(unit)
        case .unitMissing: return Msg.reportUnitMissing
        case .unitAndCompiled: return Msg.reportUnitAndCompiled
        case .noRounds: return Msg.reportNoRounds
        case .roundNotInPlan(let round, let available): return Msg.reportNoSuchRound(round, available: available)
        case .noStore(let path): return Msg.reportNoStore(path)
        case .store(let reason): return Msg.reportStoreFailed(reason)
        case .cannotWrite(let path, let reason):
            let why: String
            switch reason {
            case .isDirectory: why = Msg.reportReasonDirectory
            case .noFolder: why = Msg.reportReasonNoFolder
            case .denied: why = Msg.reportReasonDenied
            case .refused(let failure): why = failure.reason
            case .other(let s): why = s
            }
            return Msg.reportCannotWrite(path, reason: why)
        case .docxNeedsOutput: return Msg.reportDocxNeedsOutput
        case .unknownFormat(let typed): return Msg.reportUnknownFormat(typed)
        case .noPlan: return Msg.reportNoPlan
        }
    }
}
