import ArgumentParser
import DanVanTasks
import DanVanText
import Foundation

/// `danvan tasks migrate --to postgresql://… --commune …`: moves the SQLite store (`--store` or the
/// default file) into a commune of the shared store, checked by counts; refuses to run twice.
struct TasksMigrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Chuyển sổ SQLite sang kho dùng chung PostgreSQL (một lần).")
    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "Địa chỉ postgresql://… của quản trị viên.")
    var to: String
    @Option(name: .long, help: "Tên xã nhận nhiệm vụ.")
    var commune: String

    func run() throws {
        // The source as every command finds the store: --store, $DANVAN_STORE, `store` of config.toml, the default.
        let environment = ProcessInfo.processInfo.environment
        let config = try DanvanConfig.load(environment: environment)
        let source = config.storeSetting(flag: common.store, environment: environment).value
            ?? TaskStore.defaultPath(environment: environment)
        guard !TaskStoreOpener.isPostgresURL(source), TaskStoreOpener.isPostgresURL(to) else {
            throw CLIError.exit(Msg.pgMigrateNeedsSQLite)
        }
        try ServerBackends.required().migrate(source: source, to: to, commune: commune)
    }
}
