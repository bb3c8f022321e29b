/// Where the history file lives by default, per the XDG base directory rules.
///
///     HistoryLocation.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) // "/s/danvan/history"
///     HistoryLocation.defaultPath(environment: ["HOME": "/h"]) // "/h/.local/state/danvan/history"
///
/// A relative or empty `XDG_STATE_HOME` is ignored, as the specification asks.
enum HistoryLocation {
    static func defaultPath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/danvan/history"
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.local/state/danvan/history"
    }
}
