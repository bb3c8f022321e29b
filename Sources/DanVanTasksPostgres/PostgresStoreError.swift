import DanVanTasks
import DanVanText

/// Why the shared store refused or failed; worded by `wording` (shown by `TaskErrorWording`).
public enum PostgresStoreError: WordedTaskError, Equatable, Sendable {
    /// The URL cannot be read.
    case badURL(url: String, reason: String)
    /// No connection (server down, refused, wrong password…): the reason from the client.
    case cannotConnect(url: String, reason: String)
    /// The database has no `danvan` schema yet.
    case notInitialised(url: String)
    /// The schema was written by a newer danvan.
    case newerSchema(url: String)
    /// The schema lacks migrations this danvan needs (`danvan admin init` applies them).
    case olderSchema(url: String)
    /// The connected role is no official of any commune.
    case notAnOfficial(role: String, url: String)
    /// The connection dropped during a request: it reconnects at the next one.
    case connectionLost(url: String)
    /// A row-level security policy or a grant refused a change: nothing changed.
    case refused(role: String, myUnit: String, action: String, number: Int?, unit: String?)
    /// `hoàn tác` with no change of this user's left to undo.
    case nothingOfMineToUndo
    /// Any other server error: the operation, SQLSTATE and the server's sentence.
    case server(operation: String, state: String, detail: String)

    public var wording: String {
        switch self {
        case .badURL(let url, let reason): return Msg.pgBadURL(url, reason: reason)
        case .cannotConnect(let url, let reason): return Msg.pgCannotConnect(url, reason: reason)
        case .notInitialised(let url): return Msg.pgNotInitialised(url)
        case .newerSchema(let url): return Msg.pgNewerSchema(url)
        case .olderSchema(let url): return Msg.pgOlderSchema(url)
        case .notAnOfficial(let role, let url): return Msg.pgNotAnOfficial(role, url: url)
        case .connectionLost(let url): return Msg.pgConnectionLost(url)
        case .refused(let role, let myUnit, let action, let number, let unit):
            return Msg.pgRefused(role: role, myUnit: myUnit, verb: Msg.pgActionVerb(action), number: number.map { "#\($0)" }, unit: unit)
        case .nothingOfMineToUndo: return Msg.pgNothingOfMineToUndo
        case .server(let operation, let state, let detail): return Msg.pgServerError(operation: operation, state: state, detail: detail)
        }
    }
}
