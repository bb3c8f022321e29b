import DanVanCLI

// `danvan-pg`: danvan with the shared store on a PostgreSQL server. `danvan` hands commands that need a
// server over to it; it registers the backend first, so it never hands over again.
ServerBackends.register(PostgresBackend())
DanvanMain.run()
