import GRDB

/// The store's schema, one migration per version. Never edit a shipped migration: add one.
///
///     try TaskMigrations.migrator.migrate(pool)
///
/// - `v1-tasks`: the task table (the first store layout).
/// - `v2-journal`: provenance and import keys on tasks, progress notes, the change journal.
/// - `v3-list-indexes`: indexes in list order (status, deadline, number), overall and per unit, so a
///   list of 25 reads 25 rows of a store of 100,000.
/// - `v4-plan-rows`: the plan, appendix row and group of rows an imported task comes from (nullable:
///   tasks typed by hand and earlier imports have none).
/// - `v5-recurrence`: the recurrence rule of a recurring task ("monthly:15") and the occurrence a
///   scheduled one follows (both nullable).
enum TaskMigrations {
    static let identifiers = ["v1-tasks", "v2-journal", "v3-list-indexes", "v4-plan-rows", "v5-recurrence"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-tasks") { db in try db.execute(sql: v1) }
        migrator.registerMigration("v2-journal") { db in try db.execute(sql: v2) }
        migrator.registerMigration("v3-list-indexes") { db in try db.execute(sql: v3) }
        migrator.registerMigration("v4-plan-rows") { db in try db.execute(sql: v4) }
        migrator.registerMigration("v5-recurrence") { db in try db.execute(sql: v5) }
        return migrator
    }

    /// Exactly what the first danvan store ran (kept verbatim: tests rebuild a v1 store from it).
    static let v1 = """
        CREATE TABLE task (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            unit TEXT CHECK (unit IS NULL OR length(trim(unit)) > 0),
            co_units TEXT,
            due TEXT CHECK (due IS NULL OR (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(due, '+0 days') IS due)),
            product TEXT,
            note TEXT,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'deleted')),
            created_at DATETIME NOT NULL,
            completed_at DATETIME,
            updated_at DATETIME NOT NULL,
            CHECK (status <> 'done' OR completed_at IS NOT NULL)
        );
        -- date() alone echoes '2025-02-31'; with a modifier it normalises it, so the check above fails.
        CREATE INDEX task_on_unit ON task(unit);
        CREATE INDEX task_on_due ON task(due);
        """

    static let v2 = """
        ALTER TABLE task ADD COLUMN source TEXT NOT NULL DEFAULT 'manual' CHECK (length(source) > 0);
        ALTER TABLE task ADD COLUMN import_key TEXT CHECK (import_key IS NULL OR length(import_key) > 0);
        CREATE UNIQUE INDEX task_on_import_key ON task(import_key);
        CREATE TABLE progress_note (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            task_id INTEGER NOT NULL REFERENCES task(id),
            at DATETIME NOT NULL,
            user TEXT NOT NULL CHECK (length(user) > 0),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0)
        );
        CREATE INDEX progress_note_on_task ON progress_note(task_id);
        CREATE TABLE change_group (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            action TEXT NOT NULL CHECK (action IN ('add', 'done', 'reopen', 'note', 'reschedule', 'reassign',
                                                   'delete', 'restore', 'import', 'undo')),
            at DATETIME NOT NULL,
            user TEXT NOT NULL CHECK (length(user) > 0),
            detail TEXT,
            undoes_id INTEGER UNIQUE REFERENCES change_group(id),
            CHECK ((action = 'undo') = (undoes_id IS NOT NULL))
        );
        CREATE TABLE journal_entry (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            group_id INTEGER NOT NULL REFERENCES change_group(id),
            task_id INTEGER NOT NULL REFERENCES task(id),
            kind TEXT NOT NULL CHECK (kind IN ('create', 'set', 'note')),
            field TEXT CHECK (field IN ('title', 'unit', 'co_units', 'due', 'product', 'note', 'status',
                                        'completed_at', 'import_key')),
            old_value TEXT,
            new_value TEXT,
            note_id INTEGER,
            CHECK ((kind = 'set') = (field IS NOT NULL)),
            CHECK ((kind = 'note') = (note_id IS NOT NULL))
        );
        CREATE INDEX journal_entry_on_group ON journal_entry(group_id);
        CREATE INDEX journal_entry_on_task ON journal_entry(task_id);
        """

    static let v3 = """
        CREATE INDEX task_in_list_order ON task(status, due, id);
        CREATE INDEX task_of_unit_in_list_order ON task(unit, status, due, id);
        """

    static let v4 = """
        ALTER TABLE task ADD COLUMN plan_id TEXT CHECK (plan_id IS NULL OR length(plan_id) > 0);
        ALTER TABLE task ADD COLUMN plan_row INTEGER CHECK (plan_row IS NULL OR plan_row > 0);
        ALTER TABLE task ADD COLUMN plan_group TEXT;
        CREATE INDEX task_of_plan ON task(plan_id, plan_row);
        """

    static let v5 = """
        ALTER TABLE task ADD COLUMN recurrence TEXT CHECK (recurrence IS NULL OR length(recurrence) > 0);
        ALTER TABLE task ADD COLUMN recurs_from INTEGER REFERENCES task(id);
        CREATE INDEX task_recurs_from ON task(recurs_from);
        """
}
