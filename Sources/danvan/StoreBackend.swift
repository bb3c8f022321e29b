import DanVanTasks
import DanVanTasksPostgres

/// Chooses the store engine from the store location: SQLite unless it is a `postgresql://` URL.
enum StoreBackend {
    /// The opener for a location (`--store`, `$DANVAN_STORE`, or the default file).
    static func opener(for location: String) -> TaskStoreOpener {
        TaskStoreOpener.isPostgresURL(location) ? PostgresTaskStore.opener : .sqlite
    }
}
