import ArgumentParser
import DanVanKnowledge
import DanVanTasks
import DanVanText
import Foundation

/// Dynamic candidates for the shell completion scripts (`danvan completion install`): unit names
/// and task numbers read when Tab is pressed, from the data folder and the store the command line
/// names (`--data`, `--store`) or the defaults.
enum ShellCompletion {
    /// Unit names (the commune's units, full names and initials such as "vhxh") starting with `prefix`.
    @Sendable static func unitNames(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let workspace = try? Workspace(options(from: arguments)) else { return [] }
        let units = workspace.knowledge.units
        var names: [String] = []
        for unit in units.units where units.communeUnits.contains(unit.name) && unit.collective != true {
            names.append(unit.name)
            let initials = units.initials(of: Tokenizer.foldedWords(unit.name))
            if initials.count >= 2 { names.append(initials) }
        }
        let folded = Folding.fold(prefix)
        return names.filter { Folding.fold($0).hasPrefix(folded) }
    }

    /// Open task numbers starting with `prefix`, in order.
    @Sendable static func taskNumbers(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let workspace = try? Workspace(options(from: arguments)),
              workspace.storeExists,
              let store = try? workspace.storeOpener.open(workspace.storePath, true),
              let tasks = try? store.tasks(matching: TaskFilter(status: .open), today: .today(), limit: nil) else { return [] }
        return tasks.map(\.id).sorted().map(String.init).filter { $0.hasPrefix(prefix) }
    }

    /// `--data` and `--store` as typed so far on the command line.
    private static func options(from arguments: [String]) throws -> CommonOptions {
        var given: [String] = []
        for (i, argument) in arguments.enumerated() where i + 1 < arguments.count && ["--data", "--store"].contains(argument) {
            given += [argument, arguments[i + 1]]
        }
        return try CommonOptions.parse(given)
    }
}
