import GRDB

extension TaskStore {
    /// The secondary indexes of the tables a large import fills, set aside while it writes into an
    /// empty table and built again at its end, in the same transaction: one sort per index instead
    /// of a million scattered inserts into each, and the same schema afterwards. An error before the
    /// end rolls the transaction back, the dropped indexes with it.
    ///
    ///     let indexes = try ImportIndexes.setAside(db)   // task is empty: its six plain indexes dropped
    ///     …                                              // the rows written
    ///     try indexes.rebuild(db)                        // CREATE INDEX … as they were
    ///
    /// Unique indexes stay (they answer the import's lookups and enforce their rule as it goes), and so
    /// does every index of a table that already holds rows (rebuilding it would cost more than the import).
    struct ImportIndexes {
        /// The tables whose indexes may be set aside.
        static let tables = ["task", "journal_entry"]

        /// The `CREATE INDEX` statements of the indexes dropped.
        let statements: [String]
        /// The tables of `tables` that held no row.
        var emptyTables: Set<String> = []

        /// Drops the plain indexes of every table of `tables` that holds no row.
        static func setAside(_ db: Database) throws -> ImportIndexes {
            var statements: [String] = []
            var empty: Set<String> = []
            for table in tables where try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") == false {
                empty.insert(table)
                // Indexes made by CREATE INDEX (origin "c"), not unique.
                let indexes = try Row.fetchAll(db, sql: """
                    SELECT list.name AS name, master.sql AS sql
                    FROM pragma_index_list(?) AS list JOIN sqlite_master AS master ON master.name = list.name
                    WHERE list.origin = 'c' AND list."unique" = 0 AND master.sql IS NOT NULL
                    ORDER BY list.name
                    """, arguments: [table])
                for index in indexes {
                    let name: String = index["name"], sql: String = index["sql"]
                    try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
                    statements.append(sql)
                }
            }
            return ImportIndexes(statements: statements, emptyTables: empty)
        }

        /// Creates the indexes `setAside` dropped, as they were.
        func rebuild(_ db: Database) throws {
            for sql in statements { try db.execute(sql: sql) }
        }
    }
}
