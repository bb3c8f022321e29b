import ArgumentParser
import DanVanCLI
import DanVanTasks
import DanVanTasksPostgres
import DanVanText
import Foundation

/// `danvan admin …` and `danvan tasks migrate`: the administrator's work on the server.
extension PostgresBackend {
    func adminInit(url: String, commune: String) throws {
        try administer(url) { admin in
            let applied = try admin.initialise(commune: commune)
            try Console.out(Msg.pgAdminInitDone(commune, url: admin.settings.displayURL, applied: applied))
        }
    }

    func adminAddOfficial(url: String, login: String, commune: String, unit: String, rights: String, password: String?) throws {
        try administer(url) { admin in
            try admin.addOfficial(login: login, commune: commune, unit: unit, rights: rights, password: password)
            try Console.out(Msg.pgOfficialAdded(login, commune: commune, unit: unit, rights: rights, password: password != nil))
        }
    }

    func adminListOfficials(url: String) throws {
        try administer(url) { admin in
            let officials = try admin.officials()
            guard !officials.isEmpty else { return try Console.out(Msg.pgNoOfficials) }
            try Console.out(Msg.pgOfficialListHeader)
            for o in officials { try Console.out("\(o.login) | \(o.commune) | \(o.unit) | \(o.rights)") }
        }
    }

    func adminReport(url: String, today: CalendarDate) throws {
        try administer(url) { admin in
            try Console.out(PostgresAdmin.cityReport(try admin.cityCounts(today: today)), terminator: "")
        }
    }

    func migrate(source: String, to url: String, commune: String) throws {
        try worded {
            guard FileManager.default.fileExists(atPath: source) else { throw TaskStoreError.cannotOpen(path: source, reason: "ENOENT") }
            let dump = try TaskStore(path: source, readOnly: true).dump()
            let counts = try PostgresAdmin(url: url).migrate(dump, commune: commune)
            try Console.out(Msg.pgMigrateDone(tasks: counts.tasks, notes: counts.notes, groups: counts.groups, entries: counts.entries,
                                              commune: commune))
        }
    }

    /// Connects as the administrator at `url` and runs `body`, worded as `worded` words it.
    private func administer(_ url: String, _ body: (PostgresAdmin) throws -> Void) throws {
        try worded { try body(try PostgresAdmin(url: url)) }
    }

    /// Runs `body`, printing a worded failure on standard error with exit status 2.
    private func worded(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            throw CLIError.exit(Msg.pgAdminFailed(TaskErrorWording.message(for: error)))
        }
    }
}
