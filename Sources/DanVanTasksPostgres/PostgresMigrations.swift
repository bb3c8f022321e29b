/// The shared store's schema on PostgreSQL, one SQL migration per version (never edit a shipped one:
/// add one). `danvan admin init` applies the missing ones under an advisory lock, each in its own
/// transaction with its row in `danvan.schema_migration`.
///
/// The rules live in SQL: NOT NULL, CHECK and foreign keys as on SQLite, and the rights as row-level
/// security policies over the `danvan.official` table (who is who: login role → commune, unit, rights).
/// Officials get the `danvan_official` group role; they never read `official` or `commune` directly,
/// only through the SECURITY DEFINER functions below, which look up `session_user`.
enum PostgresMigrations {
    /// (version, SQL) in order.
    static let all: [(String, String)] = [("v1-shared-store", v1), ("v2-plan-rows", v2), ("v3-recurrence", v3), ("v4-shared-plans", v4)]

    /// The group role every official is a member of.
    static let officialRole = "danvan_official"

    static let v1 = """
        CREATE SCHEMA IF NOT EXISTS danvan;
        REVOKE ALL ON SCHEMA danvan FROM PUBLIC;

        CREATE TABLE danvan.commune (
            id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
            last_number integer NOT NULL DEFAULT 0 CHECK (last_number >= 0)
        );

        CREATE TABLE danvan.official (
            login name PRIMARY KEY,
            commune_id integer NOT NULL REFERENCES danvan.commune(id),
            unit text NOT NULL CHECK (length(btrim(unit)) > 0),
            rights text NOT NULL DEFAULT 'unit' CHECK (rights IN ('unit', 'commune'))
        );

        CREATE FUNCTION danvan.my_commune() RETURNS integer
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
            AS $$ SELECT commune_id FROM danvan.official WHERE login = session_user $$;

        CREATE FUNCTION danvan.my_unit() RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
            AS $$ SELECT unit FROM danvan.official WHERE login = session_user $$;

        CREATE FUNCTION danvan.my_rights() RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
            AS $$ SELECT rights FROM danvan.official WHERE login = session_user $$;

        CREATE FUNCTION danvan.my_commune_name() RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
            AS $$ SELECT c.name FROM danvan.official o JOIN danvan.commune c ON c.id = o.commune_id
                  WHERE o.login = session_user $$;

        -- Whether the connected official may change a task of this commune and unit.
        CREATE FUNCTION danvan.may_change(task_commune integer, task_unit text) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
            AS $$ SELECT EXISTS (SELECT 1 FROM danvan.official o
                                 WHERE o.login = session_user AND o.commune_id = task_commune
                                   AND (o.rights = 'commune' OR o.unit = task_unit)) $$;

        -- The next task number of the official's commune (row lock: numbers never repeat).
        CREATE FUNCTION danvan.next_number() RETURNS integer
            LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
            AS $$ UPDATE danvan.commune SET last_number = last_number + 1
                  WHERE id = danvan.my_commune() RETURNING last_number $$;

        CREATE TABLE danvan.task (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            commune_id integer NOT NULL DEFAULT danvan.my_commune() REFERENCES danvan.commune(id),
            number integer NOT NULL CHECK (number > 0),
            title text NOT NULL CHECK (length(btrim(title)) > 0),
            unit text CHECK (unit IS NULL OR length(btrim(unit)) > 0),
            co_units text,
            due date,
            product text,
            note text,
            status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'deleted')),
            created_at timestamptz NOT NULL,
            completed_at timestamptz,
            updated_at timestamptz NOT NULL,
            source text NOT NULL DEFAULT 'manual' CHECK (length(source) > 0),
            import_key text CHECK (import_key IS NULL OR length(import_key) > 0),
            UNIQUE (commune_id, number),
            UNIQUE (commune_id, import_key),
            CHECK (status <> 'done' OR completed_at IS NOT NULL)
        );
        CREATE INDEX task_in_list_order ON danvan.task (commune_id, status, due, number);
        CREATE INDEX task_of_unit_in_list_order ON danvan.task (commune_id, unit, status, due, number);

        CREATE TABLE danvan.progress_note (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            task_id bigint NOT NULL REFERENCES danvan.task(id),
            commune_id integer NOT NULL DEFAULT danvan.my_commune() REFERENCES danvan.commune(id),
            at timestamptz NOT NULL,
            user_name text NOT NULL DEFAULT session_user CHECK (length(user_name) > 0),
            text text NOT NULL CHECK (length(btrim(text)) > 0)
        );
        CREATE INDEX progress_note_on_task ON danvan.progress_note (task_id);

        CREATE TABLE danvan.change_group (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            commune_id integer NOT NULL DEFAULT danvan.my_commune() REFERENCES danvan.commune(id),
            change_id uuid NOT NULL UNIQUE,
            action text NOT NULL CHECK (action IN ('add', 'done', 'reopen', 'note', 'reschedule', 'reassign',
                                                   'delete', 'restore', 'import', 'undo')),
            at timestamptz NOT NULL,
            user_name text NOT NULL DEFAULT session_user CHECK (length(user_name) > 0),
            detail text,
            undoes_id bigint UNIQUE REFERENCES danvan.change_group(id),
            CHECK ((action = 'undo') = (undoes_id IS NOT NULL))
        );
        CREATE INDEX change_group_of_user ON danvan.change_group (commune_id, user_name, id);

        CREATE TABLE danvan.journal_entry (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            group_id bigint NOT NULL REFERENCES danvan.change_group(id),
            commune_id integer NOT NULL DEFAULT danvan.my_commune() REFERENCES danvan.commune(id),
            task_id bigint NOT NULL REFERENCES danvan.task(id),
            kind text NOT NULL CHECK (kind IN ('create', 'set', 'note')),
            field text CHECK (field IN ('title', 'unit', 'co_units', 'due', 'product', 'note', 'status',
                                        'completed_at', 'import_key')),
            old_value text,
            new_value text,
            note_id bigint,
            CHECK ((kind = 'set') = (field IS NOT NULL)),
            CHECK ((kind = 'note') = (note_id IS NOT NULL))
        );
        CREATE INDEX journal_entry_on_group ON danvan.journal_entry (group_id);
        CREATE INDEX journal_entry_on_task ON danvan.journal_entry (task_id);

        -- Rights: row-level security, for every role but the owner (the administrator).
        ALTER TABLE danvan.task ENABLE ROW LEVEL SECURITY;
        ALTER TABLE danvan.progress_note ENABLE ROW LEVEL SECURITY;
        ALTER TABLE danvan.change_group ENABLE ROW LEVEL SECURITY;
        ALTER TABLE danvan.journal_entry ENABLE ROW LEVEL SECURITY;

        CREATE POLICY task_read ON danvan.task FOR SELECT USING (commune_id = danvan.my_commune());
        CREATE POLICY task_add ON danvan.task FOR INSERT WITH CHECK (danvan.may_change(commune_id, unit));
        -- A task may be given to another unit of the commune by whoever may change it.
        CREATE POLICY task_change ON danvan.task FOR UPDATE
            USING (danvan.may_change(commune_id, unit)) WITH CHECK (commune_id = danvan.my_commune());

        CREATE POLICY note_read ON danvan.progress_note FOR SELECT USING (commune_id = danvan.my_commune());
        CREATE POLICY note_add ON danvan.progress_note FOR INSERT WITH CHECK (
            user_name = session_user AND EXISTS (SELECT 1 FROM danvan.task t WHERE t.id = task_id
                AND t.commune_id = progress_note.commune_id AND danvan.may_change(t.commune_id, t.unit)));
        CREATE POLICY note_remove ON danvan.progress_note FOR DELETE USING (
            EXISTS (SELECT 1 FROM danvan.task t WHERE t.id = task_id AND danvan.may_change(t.commune_id, t.unit)));

        CREATE POLICY group_read ON danvan.change_group FOR SELECT USING (commune_id = danvan.my_commune());
        CREATE POLICY group_add ON danvan.change_group FOR INSERT
            WITH CHECK (commune_id = danvan.my_commune() AND user_name = session_user);

        CREATE POLICY journal_read ON danvan.journal_entry FOR SELECT USING (commune_id = danvan.my_commune());
        CREATE POLICY journal_add ON danvan.journal_entry FOR INSERT WITH CHECK (
            commune_id = danvan.my_commune()
            AND EXISTS (SELECT 1 FROM danvan.change_group g WHERE g.id = group_id AND g.user_name = session_user)
            AND EXISTS (SELECT 1 FROM danvan.task t WHERE t.id = task_id AND danvan.may_change(t.commune_id, t.unit)));

        -- Grants: officials read and append; they never delete a task or a journal row, and never
        -- change a task's commune or number.
        GRANT USAGE ON SCHEMA danvan TO danvan_official;
        GRANT SELECT, INSERT ON danvan.task TO danvan_official;
        GRANT UPDATE (title, unit, co_units, due, product, note, status, completed_at, updated_at, import_key)
            ON danvan.task TO danvan_official;
        GRANT SELECT, INSERT, DELETE ON danvan.progress_note TO danvan_official;
        GRANT SELECT, INSERT ON danvan.change_group, danvan.journal_entry TO danvan_official;
        REVOKE ALL ON FUNCTION danvan.my_commune(), danvan.my_unit(), danvan.my_rights(), danvan.my_commune_name(),
            danvan.may_change(integer, text), danvan.next_number() FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION danvan.my_commune(), danvan.my_unit(), danvan.my_rights(), danvan.my_commune_name(),
            danvan.may_change(integer, text), danvan.next_number() TO danvan_official;
        """

    /// The plan, appendix row and group of rows an imported task comes from (as SQLite's `v4-plan-rows`;
    /// nullable: tasks typed by hand and earlier imports have none). Officials insert them with the task
    /// (table-wide INSERT grant) and never update them.
    static let v2 = """
        ALTER TABLE danvan.task ADD COLUMN plan_id text CHECK (plan_id IS NULL OR length(plan_id) > 0);
        ALTER TABLE danvan.task ADD COLUMN plan_row integer CHECK (plan_row IS NULL OR plan_row > 0);
        ALTER TABLE danvan.task ADD COLUMN plan_group text;
        CREATE INDEX task_of_plan ON danvan.task (commune_id, plan_id, plan_row);
        """

    /// The recurrence rule of a recurring task ("monthly:15") and the occurrence a scheduled one follows
    /// (as SQLite's `v5-recurrence`; both nullable, written with the task, never updated).
    static let v3 = """
        ALTER TABLE danvan.task ADD COLUMN recurrence text CHECK (recurrence IS NULL OR length(recurrence) > 0);
        ALTER TABLE danvan.task ADD COLUMN recurs_from bigint REFERENCES danvan.task(id);
        CREATE INDEX task_recurs_from ON danvan.task (recurs_from);
        """

    /// The shared plan library: each imported plan once per commune (`commune_id`), or once for the whole
    /// city (`commune_id` NULL: imported by the administrator, read by every commune). `body` is the plan
    /// as danvan's library saves it (the JSON of `Plan`: its sections — the passages questions search —,
    /// its citations, units, deadlines and appendix). Officials read their commune's plans and the city's,
    /// never another commune's; they add, replace and remove only their commune's. A plan imported again
    /// (same id, or same number and issuer) replaces its row: one row per plan and scope.
    static let v4 = """
        CREATE TABLE danvan.plan (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            commune_id integer DEFAULT danvan.my_commune() REFERENCES danvan.commune(id),
            plan_id text NOT NULL CHECK (plan_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$'),
            number text,
            number_key text,
            number_folded text,
            issuer_folded text NOT NULL,
            issuer text NOT NULL,
            title text NOT NULL,
            body bytea NOT NULL CHECK (length(body) > 1),
            imported_by text NOT NULL DEFAULT session_user CHECK (length(imported_by) > 0),
            updated_at timestamptz NOT NULL DEFAULT clock_timestamp()
        );
        CREATE UNIQUE INDEX plan_once_per_scope ON danvan.plan ((coalesce(commune_id, 0)), plan_id);
        CREATE INDEX plan_identity ON danvan.plan ((coalesce(commune_id, 0)), number_folded, issuer_folded);
        CREATE INDEX plan_number_key ON danvan.plan (number_key);

        ALTER TABLE danvan.plan ENABLE ROW LEVEL SECURITY;
        CREATE POLICY plan_read ON danvan.plan FOR SELECT USING (commune_id IS NULL OR commune_id = danvan.my_commune());
        CREATE POLICY plan_add ON danvan.plan FOR INSERT
            WITH CHECK (commune_id = danvan.my_commune() AND imported_by = session_user);
        CREATE POLICY plan_change ON danvan.plan FOR UPDATE
            USING (commune_id = danvan.my_commune()) WITH CHECK (commune_id = danvan.my_commune() AND imported_by = session_user);
        CREATE POLICY plan_remove ON danvan.plan FOR DELETE USING (commune_id = danvan.my_commune());

        GRANT SELECT, INSERT, DELETE ON danvan.plan TO danvan_official;
        GRANT UPDATE (plan_id, number, number_key, number_folded, issuer_folded, issuer, title, body, imported_by, updated_at)
            ON danvan.plan TO danvan_official;
        """
}
