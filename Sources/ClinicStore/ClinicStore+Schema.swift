// not a message (whole file): each migration's identifier is recorded in every database it upgraded; changing one would run it again.
import Foundation
import LearnerModel
internal import StoreRecords

extension ClinicStore {
    /// The migrations, in order. Never edit one that shipped: add a new one.
    static let migrations: [(description: String, sql: String)] = [
        ("v1: learners, sessions, answers, review states and plans, by topic", schemaV1),
        ("v2: teach-back results, with their session", schemaV2),
        (
            "v3: a learner's read-aloud setting",
            "ALTER TABLE learner ADD COLUMN read_aloud BOOLEAN NOT NULL DEFAULT false"
        ),
        ("v4: learners' names in one Unicode form (NFC)", schemaV4),
        ("v5: an append-only audit trail, each event chained to the one before", schemaV5),
        ("v6: nurse accounts, named by the records nurses make", schemaV6),
    ]

    /// Names in NFC, as they are compared and stored from now on; a name whose NFC form another learner already has
    /// keeps its old form (both learners stay). `normalize` needs a UTF-8 database, as Teachback's are.
    static let schemaV4 = """
        DO $$ BEGIN IF current_setting('server_encoding') = 'UTF8' THEN \
        UPDATE learner SET name = normalize(name, NFC), \
        name_key = translate(normalize(name, NFC), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') \
        WHERE NOT (name IS NFC NORMALIZED) AND NOT EXISTS (SELECT 1 FROM learner AS other \
        WHERE other.id <> learner.id AND other.name_key = translate(normalize(learner.name, NFC), \
        'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')); END IF; END $$
        """

    /// Applies every migration not yet applied, each in its own transaction, under an advisory lock so two
    /// stations starting at once do not both migrate.
    ///
    /// The version is read first, with nothing but SELECT: a current server takes no lock and needs no privilege
    /// beyond a station's. Only a server that is behind is migrated, which needs the owner's role; a station's role
    /// gets `StoreError.serverBehind`, naming the command its administrator runs (`teachback db migrate`).
    func migrate() throws(StoreError) {
        let current = try schemaVersion()
        guard current <= Self.migrations.count else { throw StoreError.newerSchema(path: place) }
        if current == Self.migrations.count { return }
        do {
            try connection.withoutDeadline { () throws(StoreError) in try applyMigrations() }
        } catch .permissionDenied {
            throw StoreError.serverBehind(location: place)
        }
    }

    func applyMigrations() throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.run(raw: "SELECT pg_advisory_xact_lock(7346110)")
            try connection.run(
                raw: """
                    CREATE TABLE IF NOT EXISTS teachback_schema (
                        version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at DOUBLE PRECISION NOT NULL)
                    """)
        }
        let current = try schemaVersion()
        guard current <= Self.migrations.count else { throw StoreError.newerSchema(path: place) }
        for (n, migration) in Self.migrations.enumerated() where n + 1 > current {
            try connection.transaction { () throws(StoreError) in
                try connection.run(raw: "SELECT pg_advisory_xact_lock(7346110)")
                // Another station may have applied it while this one waited for the lock.
                let done = try connection.run("SELECT 1 FROM teachback_schema WHERE version = \(n + 1)")
                guard done.isEmpty else { return }
                for statement in migration.sql.components(separatedBy: ";\n") {
                    let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !trimmed.isEmpty { try connection.run(raw: trimmed) }
                }
                try connection.run(
                    """
                    INSERT INTO teachback_schema (version, description, applied_at)
                    VALUES (\(n + 1), \(migration.description), \(Date().timeIntervalSince1970))
                    """)
            }
        }
    }

    /// The schema version the server is at: 0 when Teachback has never been there.
    package func schemaVersion() throws(StoreError) -> Int {
        let exists = try connection.run(raw: "SELECT to_regclass('teachback_schema') IS NOT NULL AS present")
        guard try exists.first?.bool("present") == true else { return 0 }
        let rows = try connection.run(raw: "SELECT COALESCE(MAX(version), 0)::BIGINT AS v FROM teachback_schema")
        return Int(try rows.first?.int("v") ?? 0)
    }

    static let schemaV1 = """
        CREATE TABLE learner (
            id BIGSERIAL PRIMARY KEY,
            name TEXT NOT NULL,
            -- The name with ASCII letters in lower case: unique, as SQLite's NOCASE makes it there.
            name_key TEXT NOT NULL UNIQUE,
            created_at DOUBLE PRECISION NOT NULL,
            algorithm TEXT NOT NULL DEFAULT 'fsrs' CHECK (algorithm IN ('fsrs', 'sm2')),
            desired_retention DOUBLE PRECISION NOT NULL DEFAULT 0.9
                CHECK (desired_retention > 0 AND desired_retention < 1),
            new_per_day INTEGER NOT NULL DEFAULT 10 CHECK (new_per_day >= 0),
            confidence_step BOOLEAN NOT NULL DEFAULT false
        );
        CREATE TABLE session (
            id BIGSERIAL PRIMARY KEY,
            learner_id BIGINT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            mode TEXT NOT NULL,
            section TEXT,
            facilitator TEXT,
            bank_id TEXT,
            started_at DOUBLE PRECISION NOT NULL,
            ended_at DOUBLE PRECISION,
            -- For a session copied from a station's file (`db copy`): where it came from, so it is copied once.
            copied_from TEXT UNIQUE
        );
        CREATE INDEX session_learner ON session(learner_id, started_at);
        CREATE TABLE attempt (
            id BIGSERIAL PRIMARY KEY,
            session_id BIGINT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            learner_id BIGINT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            bank_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            point_id TEXT NOT NULL,
            item_version TEXT NOT NULL,
            section TEXT NOT NULL,
            chosen INTEGER NOT NULL,
            chosen_text TEXT NOT NULL,
            correct BOOLEAN NOT NULL,
            confidence TEXT,
            response_ms INTEGER NOT NULL,
            answered_at DOUBLE PRECISION NOT NULL,
            rating INTEGER NOT NULL,
            scheduled BOOLEAN NOT NULL,
            had_state BOOLEAN,
            prev_phase TEXT,
            prev_step INTEGER,
            prev_stability DOUBLE PRECISION,
            prev_difficulty DOUBLE PRECISION,
            prev_due DOUBLE PRECISION,
            prev_last_review DOUBLE PRECISION,
            prev_reps INTEGER,
            prev_lapses INTEGER,
            prev_streak INTEGER
        );
        CREATE INDEX attempt_session ON attempt(session_id, id);
        CREATE INDEX attempt_learner ON attempt(learner_id, bank_id, point_id, id);
        CREATE TABLE review_state (
            learner_id BIGINT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            bank_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            phase TEXT NOT NULL,
            step INTEGER,
            stability DOUBLE PRECISION,
            difficulty DOUBLE PRECISION,
            due DOUBLE PRECISION NOT NULL,
            last_review DOUBLE PRECISION,
            reps INTEGER NOT NULL,
            lapses INTEGER NOT NULL,
            streak INTEGER NOT NULL,
            introduced_at DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (learner_id, bank_id, item_id)
        );
        CREATE INDEX review_state_due ON review_state(learner_id, bank_id, due);
        CREATE TABLE plan (
            learner_id BIGINT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            bank_id TEXT NOT NULL,
            ready_by TEXT,
            assigned_at DOUBLE PRECISION NOT NULL,
            assigned_by TEXT,
            position INTEGER NOT NULL,
            PRIMARY KEY (learner_id, bank_id)
        )
        """

    /// The teach-back table (schema v2): each teaching point a nurse checked, with its session.
    static let schemaV2 = """
        CREATE TABLE teach_back (
            id BIGSERIAL PRIMARY KEY,
            session_id BIGINT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            learner_id BIGINT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            bank_id TEXT NOT NULL,
            point_id TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('own-words', 'after-reteaching', 'not-yet', 'skipped')),
            note TEXT,
            nurse TEXT NOT NULL,
            recorded_at DOUBLE PRECISION NOT NULL
        );
        CREATE INDEX teach_back_learner ON teach_back(learner_id, bank_id, id);
        CREATE INDEX teach_back_session ON teach_back(session_id)
        """

    /// The audit trail (schema v5). No foreign key to `learner`: a deleted learner's events keep their id. Rows can
    /// only be added: a trigger refuses UPDATE, DELETE and TRUNCATE to every role (the owner could drop it; `audit
    /// verify` would still find what was changed).
    static let schemaV5 = """
        CREATE TABLE audit_event (
            id BIGSERIAL PRIMARY KEY,
            at DOUBLE PRECISION NOT NULL,
            action TEXT NOT NULL,
            learner_id BIGINT,
            station TEXT NOT NULL,
            os_user TEXT NOT NULL,
            detail TEXT,
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_event_learner ON audit_event(learner_id, id);
        CREATE FUNCTION teachback_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = '42501'; END $$;
        CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION teachback_audit_append_only();
        CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION teachback_audit_append_only()
        """

    /// Nurse accounts (schema v6), and the account beside the typed name on every record a nurse makes. Rows from
    /// before keep their typed name and no account.
    static let schemaV6 = """
        CREATE TABLE nurse_account (
            id BIGSERIAL PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            secret_hash TEXT NOT NULL,
            disabled BOOLEAN NOT NULL DEFAULT false,
            failed_tries INTEGER NOT NULL DEFAULT 0,
            locked_until DOUBLE PRECISION,
            created_at DOUBLE PRECISION NOT NULL
        );
        ALTER TABLE session ADD COLUMN nurse_id BIGINT REFERENCES nurse_account(id);
        ALTER TABLE teach_back ADD COLUMN nurse_id BIGINT REFERENCES nurse_account(id);
        ALTER TABLE plan ADD COLUMN nurse_id BIGINT REFERENCES nurse_account(id);
        ALTER TABLE audit_event ADD COLUMN nurse_id BIGINT
        """
}
