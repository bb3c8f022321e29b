import DanVanCLI

// `danvan`: SQLite only, without the PostgreSQL client (its start-up never pays for it). A command that
// needs a server hands over to `danvan-pg` (see PostgresHandOver).
DanvanMain.run()
