import DanVanText

extension AskCommand {
    /// `danvan ask` arguments read without ArgumentParser, for the usual forms only: `--today`, `--store`,
    /// `--data`, `--user` (each once, `--name value` or `--name=value`), `--json`, `--explain`, `--` and the
    /// question's words. Anything else (help, an unknown or repeated option, a bad date, a value that looks
    /// like an option) gives nil and goes through ArgumentParser, so its usage lines and error messages stay
    /// the one wording. Parsing even this one command with ArgumentParser reflects over its properties:
    /// about a quarter of a cold `ask`'s instructions.
    static func parsedByHand(_ rest: [String]) -> AskCommand? {
        var values: [String: String] = [:]
        var flags = Set<String>()
        var question: [String] = []
        var onlyWords = false
        var i = 0
        while i < rest.count {
            let a = rest[i]
            i += 1
            if onlyWords || !a.hasPrefix("-") || a == "-" {
                question.append(a)
                continue
            }
            if a == "--" { onlyWords = true; continue }
            var name = a
            var value: String?
            if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                value = String(a[a.index(after: eq)...])
            }
            guard values[name] == nil, !flags.contains(name) else { return nil }
            switch name {
            case "--json", "--explain":
                guard value == nil else { return nil }
                flags.insert(name)
            case "--today", "--store", "--data", "--user":
                if value == nil {
                    guard i < rest.count, !rest[i].hasPrefix("-") else { return nil }
                    value = rest[i]
                    i += 1
                }
                values[name] = value
            default:
                return nil
            }
        }
        if let t = values["--today"], CalendarDate(iso: t) == nil { return nil }
        var common = CommonOptions()
        common.today = values["--today"]
        common.store = values["--store"]
        common.data = values["--data"]
        common.user = values["--user"]
        var ask = AskCommand()
        ask.common = common
        ask.json = flags.contains("--json")
        ask.explain = flags.contains("--explain")
        ask.question = question
        return ask
    }
}
