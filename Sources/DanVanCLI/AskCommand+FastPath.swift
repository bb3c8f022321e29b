import DanVanText

extension AskCommand {
    /// `danvan ask …` read without ArgumentParser, for the usual forms only: `--today`, `--store`, `--data`,
    /// `--user` (each once, `--name value` or `--name=value`), `--json`, `--explain`, `--` and the question's
    /// words. Anything else (help, an unknown or repeated option, a bad date, a value that looks like an
    /// option) gives nil and goes through ArgumentParser, so its usage lines and error messages stay the one
    /// wording. Parsing even this one command with ArgumentParser reflects over its properties, and building
    /// its property wrappers (`AskCommand()`, `CommonOptions()`) costs as much again: neither is done here.
    struct Request: Equatable {
        var question: [String]
        var options: WorkspaceOptions
        var json: Bool
        var explain: Bool

        /// The request of a command line (without the program's name), or nil when it is not a plain `ask`.
        init?(_ arguments: ArraySlice<String>) {
            // "ask" is `AskCommand.configuration.commandName`; help, version and completion requests are
            // ArgumentParser's, wherever they are (as in `parsedAlone`).
            guard arguments.first == "ask", !arguments.dropFirst().contains(where: { a in
                ["-h", "--help", "-help", "--version", "help"].contains(a) || a.hasPrefix("--generate-completion") || a.hasPrefix("---")
            }) else { return nil }
            var values: [String: String] = [:]
            var flags: [String] = []
            var question: [String] = []
            var onlyWords = false
            var rest = arguments.dropFirst()
            while let a = rest.popFirst() {
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
                    flags.append(name)
                case "--today", "--store", "--data", "--user":
                    if value == nil {
                        guard let next = rest.first, !next.hasPrefix("-") else { return nil }
                        value = next
                        rest.removeFirst()
                    }
                    values[name] = value
                default:
                    return nil
                }
            }
            if let t = values["--today"], CalendarDate(iso: t) == nil { return nil }
            self.question = question
            options = WorkspaceOptions(today: values["--today"], store: values["--store"], data: values["--data"],
                                       user: values["--user"])
            json = flags.contains("--json")
            explain = flags.contains("--explain")
        }

        /// Answers it (`AskCommand.run`).
        func run() throws {
            try AskCommand.answer(question: question, options: options, json: json, explain: explain)
        }
    }

    /// The command of a request (`parsedAlone`, when ArgumentParser is not needed to read it).
    static func parsedByHand(_ rest: [String]) -> AskCommand? {
        guard let request = Request((["ask"] + rest)[...]) else { return nil }
        var common = CommonOptions()
        common.today = request.options.today
        common.store = request.options.store
        common.data = request.options.data
        common.user = request.options.user
        var ask = AskCommand()
        ask.common = common
        ask.json = request.json
        ask.explain = request.explain
        ask.question = request.question
        return ask
    }

    /// `answer(question:options:json:explain:)` with the options as ArgumentParser read them.
    static func answer(question: [String], common: CommonOptions, json: Bool, explain: Bool) throws {
        try answer(question: question, options: common.workspaceOptions, json: json, explain: explain)
    }
}
