import DanVanTasks
import DanVanText
import Foundation
import TOMLKit

/// `$XDG_CONFIG_HOME/danvan/config.toml`: defaults for the store, the user, the unit, colour and the
/// pager. Command-line options and environment variables override it; `danvan config` shows where
/// each value came from.
///
///     # ~/.config/danvan/config.toml
///     store = "~/Documents/danvan/tasks.sqlite"
///     user = "lan"
///     unit = "Phòng Văn hóa - Xã hội"
///     color = "never"
///     pager = "less -S"
///     signer_position = "Trưởng phòng"        # the report's signature block (Nghị định 30)
///     signer_name = "Nguyễn Văn A"
///     signer_on_behalf = "KT. TRƯỞNG PHÒNG"   # optional: a KT./TM. line above the position
///
/// The TOML parser runs only when the file exists, so a run without one pays nothing for it.
struct DanvanConfig {
    /// The keys the file may hold.
    static let keys = ["store", "user", "unit", "color", "pager", "signer_on_behalf", "signer_position", "signer_name"]

    let path: String
    let exists: Bool
    /// Values from the file, by key.
    let values: [String: String]

    /// `$DANVAN_CONFIG`, else `$XDG_CONFIG_HOME/danvan/config.toml`, else `~/.config/danvan/config.toml`.
    static func path(environment: [String: String]) -> String {
        if let explicit = environment["DANVAN_CONFIG"], !explicit.isEmpty { return explicit }
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/danvan/config.toml"
    }

    /// Reads the file when there is one.
    ///
    /// - Throws: `CLIError` naming the file, the line and the problem (syntax, unknown key, a value
    ///   that is not a string, a colour that is not auto/always/never).
    static func load(environment: [String: String]) throws -> DanvanConfig {
        let path = path(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else { return DanvanConfig(path: path, exists: false, values: [:]) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CLIError(Msg.configUnreadable(path))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw CLIError(Msg.configBroken(path, line: error.source.begin.line, detail: error.description))
        }
        var values: [String: String] = [:]
        for key in table.keys {
            guard keys.contains(key) else { throw CLIError(Msg.configUnknownKey(path, key: key, known: keys)) }
            guard let value = table[key]?.string else { throw CLIError(Msg.configNotText(path, key: key)) }
            values[key] = key == "store" ? expandTilde(value, environment: environment) : value
        }
        if let color = values["color"], !["auto", "always", "never"].contains(color) {
            throw CLIError(Msg.configBadColor(path, value: color))
        }
        return DanvanConfig(path: path, exists: true, values: values)
    }

    private static func expandTilde(_ path: String, environment: [String: String]) -> String {
        guard path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
    }
}

/// One setting's value and where it came from.
struct ConfigSetting: Equatable {
    var key: String
    var value: String?
    var source: String
}

extension DanvanConfig {
    /// The first of: the option `flag` (when given), the environment variables `variables`, the
    /// file, `fallback` (evaluated only when it is the answer: the default store's folder is made then).
    func setting(_ key: String, flag: (name: String, value: String?)? = nil, variables: [String] = [],
                 environment: [String: String], fallback: @autoclosure () -> String? = nil) -> ConfigSetting {
        if let flag, let value = flag.value { return ConfigSetting(key: key, value: value, source: Msg.configFromFlag(flag.name)) }
        for name in variables {
            if let value = environment[name], !value.isEmpty {
                return ConfigSetting(key: key, value: value, source: Msg.configFromEnvironment(name))
            }
        }
        if let value = values[key] { return ConfigSetting(key: key, value: value, source: Msg.configFromFile) }
        return ConfigSetting(key: key, value: fallback(), source: Msg.configFromDefault)
    }
}

extension DanvanConfig {
    /// `--store`, `$DANVAN_STORE`, `store` of the file, or `$XDG_DATA_HOME/danvan/tasks.sqlite`: the one
    /// place the store's location is decided.
    func storeSetting(flag: String?, environment: [String: String]) -> ConfigSetting {
        setting("store", flag: ("--store", flag), variables: ["DANVAN_STORE"], environment: environment,
                fallback: TaskStore.defaultPath(environment: environment))
    }
}
