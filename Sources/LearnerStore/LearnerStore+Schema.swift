// not a message (whole file): each migration's identifier is recorded in every database file it upgraded; changing one would run it again.
internal import GRDB
internal import StoreRecords

extension LearnerStore {
    /// One schema change: its identifier (as recorded in `grdb_migrations`) and what it does.
    struct Migration: Sendable {
        var identifier: String
        var migrate: @Sendable (Database) throws -> Void
    }

    /// Every schema change, in order. Never edit a registered migration: add a new one.
    static let migrations: [Migration] = [
        Migration(identifier: "v1: learners, sessions, attempts, review states, review log", migrate: v1),
        Migration(
            identifier: "v2: each answer keeps the state it replaced; fewer indexes on the answer path", migrate: v2),
        Migration(identifier: "v3: review states by teaching point", migrate: v3),
        Migration(identifier: "v4: a session's answers found by their range of ids", migrate: v4),
        Migration(identifier: "v5: history by topic (bank), and education plans", migrate: v5),
        Migration(identifier: "v6: teach-back results, with their session", migrate: v6),
        Migration(identifier: "v7: a learner's read-aloud setting") { db in
            try db.execute(sql: "ALTER TABLE learner ADD COLUMN read_aloud INTEGER NOT NULL DEFAULT 0")
        },
        Migration(identifier: "v8: learners' names in one Unicode form (NFC)", migrate: v8),
        Migration(identifier: "v9: an append-only audit trail, each event chained to the one before", migrate: v9),
        Migration(identifier: "v10: nurse accounts, named by the records nurses make", migrate: v10),
    ]

    /// The same migrations as a GRDB migrator, for tests that build a file as an earlier release left it. The store
    /// itself migrates with `migrate(_:)`, which is safe with several processes.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier, migrate: migration.migrate)
        }
        return migrator
    }

    static func v1(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE learner (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    created_at REAL NOT NULL,
                    algorithm TEXT NOT NULL DEFAULT 'fsrs' CHECK (algorithm IN ('fsrs', 'sm2')),
                    desired_retention REAL NOT NULL DEFAULT 0.9 CHECK (desired_retention > 0 AND desired_retention < 1),
                    new_per_day INTEGER NOT NULL DEFAULT 10 CHECK (new_per_day >= 0),
                    confidence_step INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE session (
                    id INTEGER PRIMARY KEY,
                    learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    mode TEXT NOT NULL,
                    section TEXT,
                    facilitator TEXT,
                    bank_id TEXT NOT NULL,
                    started_at REAL NOT NULL,
                    ended_at REAL
                );
                CREATE INDEX session_learner ON session(learner_id, started_at);
                CREATE TABLE attempt (
                    id INTEGER PRIMARY KEY,
                    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    item_id TEXT NOT NULL,
                    item_version TEXT NOT NULL,
                    section TEXT NOT NULL,
                    chosen INTEGER NOT NULL,
                    chosen_text TEXT NOT NULL,
                    correct INTEGER NOT NULL,
                    confidence TEXT,
                    response_ms INTEGER NOT NULL,
                    answered_at REAL NOT NULL,
                    rating INTEGER NOT NULL
                );
                CREATE INDEX attempt_session ON attempt(session_id);
                CREATE INDEX attempt_learner_item ON attempt(learner_id, item_id, id);
                CREATE INDEX attempt_item ON attempt(item_id);
                CREATE TABLE review_state (
                    learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    item_id TEXT NOT NULL,
                    phase TEXT NOT NULL,
                    step INTEGER,
                    stability REAL,
                    difficulty REAL,
                    due REAL NOT NULL,
                    last_review REAL,
                    reps INTEGER NOT NULL,
                    lapses INTEGER NOT NULL,
                    streak INTEGER NOT NULL,
                    introduced_at REAL NOT NULL,
                    PRIMARY KEY (learner_id, item_id)
                ) WITHOUT ROWID;
                CREATE INDEX review_state_due ON review_state(learner_id, due);
                -- The state each scheduled answer replaced, so undo restores it exactly.
                CREATE TABLE review_log (
                    attempt_id INTEGER PRIMARY KEY REFERENCES attempt(id) ON DELETE CASCADE,
                    learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    item_id TEXT NOT NULL,
                    rating INTEGER NOT NULL,
                    reviewed_at REAL NOT NULL,
                    had_state INTEGER NOT NULL,
                    phase TEXT,
                    step INTEGER,
                    stability REAL,
                    difficulty REAL,
                    due REAL,
                    last_review REAL,
                    reps INTEGER,
                    lapses INTEGER,
                    streak INTEGER,
                    introduced_at REAL
                );
                CREATE INDEX review_log_learner ON review_log(learner_id, reviewed_at);
                """)
    }

    static func v2(_ db: Database) throws {
        // Recording an answer wrote eight b-tree pages: the attempt, three indexes on it, the review log and
        // its index, the review state and its due index. The log moves into the attempt's row, and the two
        // attempt indexes no query needs go (reads by learner go through the learner's sessions). The log's
        // introduced_at is not kept: it always equals the review state's, which no answer changes.
        try db.execute(
            sql: """
                ALTER TABLE attempt ADD COLUMN scheduled INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE attempt ADD COLUMN had_state INTEGER;
                ALTER TABLE attempt ADD COLUMN prev_phase TEXT;
                ALTER TABLE attempt ADD COLUMN prev_step INTEGER;
                ALTER TABLE attempt ADD COLUMN prev_stability REAL;
                ALTER TABLE attempt ADD COLUMN prev_difficulty REAL;
                ALTER TABLE attempt ADD COLUMN prev_due REAL;
                ALTER TABLE attempt ADD COLUMN prev_last_review REAL;
                ALTER TABLE attempt ADD COLUMN prev_reps INTEGER;
                ALTER TABLE attempt ADD COLUMN prev_lapses INTEGER;
                ALTER TABLE attempt ADD COLUMN prev_streak INTEGER;
                UPDATE attempt SET scheduled = 1, had_state = log.had_state, prev_phase = log.phase,
                    prev_step = log.step, prev_stability = log.stability, prev_difficulty = log.difficulty,
                    prev_due = log.due, prev_last_review = log.last_review, prev_reps = log.reps,
                    prev_lapses = log.lapses, prev_streak = log.streak
                FROM review_log AS log WHERE log.attempt_id = attempt.id;
                DROP TABLE review_log;
                DROP INDEX attempt_learner_item;
                DROP INDEX attempt_item;
                """)
    }

    /// The teaching point of an item id, in SQL: what `TeachingPoint.id(ofItem:)` gives, for ids written before v3.
    static let pointOfItem = """
        CASE
            WHEN item_id LIKE 'term-definition:%' THEN 'concept:' || substr(item_id, 17)
            WHEN item_id LIKE 'definition-term:%' THEN 'concept:' || substr(item_id, 17)
            WHEN item_id LIKE 'group-member:%:%' THEN 'group:' || substr(item_id, 14, instr(substr(item_id, 14), ':') - 1)
            WHEN item_id LIKE 'group-member:%' THEN 'group:' || substr(item_id, 14)
            WHEN item_id LIKE 'group-not:%' THEN 'group:' || substr(item_id, 11)
            WHEN item_id LIKE 'fact-completion:%' THEN 'fact:' || substr(item_id, 17)
            WHEN item_id LIKE 'fact:%' THEN 'fact:' || substr(item_id, 6)
            WHEN item_id LIKE 'true-false:%' THEN 'claim:' || substr(item_id, 12)
            WHEN item_id LIKE 'faq:%' THEN 'faq:' || substr(item_id, 5)
            WHEN item_id LIKE 'scenario:%' THEN 'action:' || substr(item_id, 10)
            ELSE item_id
        END
        """

    /// The forms of a teaching point (a concept's two questions, a fact's question and sentence) share one review
    /// state. Every attempt is kept and names its point; each learner's review states of one point's forms become
    /// one: the most recently reviewed, first seen when the earliest was.
    static func v3(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE attempt ADD COLUMN point_id TEXT;
                UPDATE attempt SET point_id = \(pointOfItem);
                CREATE TABLE review_state_by_point (
                    learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    item_id TEXT NOT NULL,
                    phase TEXT NOT NULL,
                    step INTEGER,
                    stability REAL,
                    difficulty REAL,
                    due REAL NOT NULL,
                    last_review REAL,
                    reps INTEGER NOT NULL,
                    lapses INTEGER NOT NULL,
                    streak INTEGER NOT NULL,
                    introduced_at REAL NOT NULL,
                    PRIMARY KEY (learner_id, item_id)
                ) WITHOUT ROWID;
                INSERT INTO review_state_by_point
                SELECT learner_id, point, phase, step, stability, difficulty, due, last_review, reps, lapses, streak,
                    first_seen
                FROM (
                    SELECT *, \(pointOfItem) AS point,
                        MIN(introduced_at) OVER (PARTITION BY learner_id, \(pointOfItem)) AS first_seen,
                        ROW_NUMBER() OVER (
                            PARTITION BY learner_id, \(pointOfItem)
                            ORDER BY COALESCE(last_review, 0) DESC, due DESC) AS place
                    FROM review_state
                ) WHERE place = 1;
                DROP TABLE review_state;
                ALTER TABLE review_state_by_point RENAME TO review_state;
                CREATE INDEX review_state_due ON review_state(learner_id, due);
                """)
    }

    /// The answers of the sessions matched by `sessionFilter` (a condition on `session`), found by each session's
    /// range of attempt ids; `attempt` is the answer row. Answers are appended in id order and a session's all lie
    /// between its first and its last (other stations' answers may lie between them too: `session_id` sorts them).

    /// Recording an answer wrote four b-tree pages: the attempt and its session index, the review state and its due
    /// index. A session's answers are found instead by the range of ids they lie in, kept on the session's row (set by
    /// its first answer and when it ends), so an answer writes three.
    static func v4(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE session ADD COLUMN first_attempt_id INTEGER;
                ALTER TABLE session ADD COLUMN last_attempt_id INTEGER;
                UPDATE session SET
                    first_attempt_id = (SELECT MIN(id) FROM attempt WHERE attempt.session_id = session.id),
                    last_attempt_id = CASE WHEN ended_at IS NULL THEN NULL
                        ELSE (SELECT MAX(id) FROM attempt WHERE attempt.session_id = session.id) END;
                DROP INDEX attempt_session;
                """)
    }

    /// History by topic. Before v5 the store assumed one bank: answers and review states named no bank, so two banks
    /// with a teaching point id in common shared one history. Every answer now names its bank (the one its session
    /// names), and a review state is keyed by (learner, bank, teaching point). Each existing state goes to the bank of
    /// the point's latest scheduled answer; for any other bank that answered the point too, its own state is the one
    /// recorded just before the next answer after its last (the state its last answer left), so no bank's history
    /// is lost. Sessions may span topics (bank_id NULL). Plans: a learner's topics, each with a date to be ready by.
    static func v5(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE attempt ADD COLUMN bank_id TEXT;
                -- For the lookups below only: each review state's answers, by learner and point.
                CREATE INDEX attempt_v5_point ON attempt(learner_id, point_id, id);
                UPDATE attempt SET bank_id = COALESCE(
                    (SELECT session.bank_id FROM session WHERE session.id = attempt.session_id), '\(AttemptRows.builtInBankID)');
                CREATE TABLE session_v5 (
                    id INTEGER PRIMARY KEY,
                    learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    mode TEXT NOT NULL,
                    section TEXT,
                    facilitator TEXT,
                    bank_id TEXT,
                    started_at REAL NOT NULL,
                    ended_at REAL,
                    first_attempt_id INTEGER,
                    last_attempt_id INTEGER
                );
                INSERT INTO session_v5 (id, learner_id, mode, section, facilitator, bank_id, started_at, ended_at,
                    first_attempt_id, last_attempt_id)
                SELECT id, learner_id, mode, section, facilitator, bank_id, started_at, ended_at, first_attempt_id,
                    last_attempt_id FROM session;
                DROP TABLE session;
                ALTER TABLE session_v5 RENAME TO session;
                CREATE INDEX session_learner ON session(learner_id, started_at);
                CREATE TABLE review_state_v5 (
                    learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    bank_id TEXT NOT NULL,
                    item_id TEXT NOT NULL,
                    phase TEXT NOT NULL,
                    step INTEGER,
                    stability REAL,
                    difficulty REAL,
                    due REAL NOT NULL,
                    last_review REAL,
                    reps INTEGER NOT NULL,
                    lapses INTEGER NOT NULL,
                    streak INTEGER NOT NULL,
                    introduced_at REAL NOT NULL,
                    PRIMARY KEY (learner_id, bank_id, item_id)
                ) WITHOUT ROWID;
                INSERT INTO review_state_v5
                SELECT learner_id, COALESCE(
                        (SELECT a.bank_id FROM attempt AS a
                         WHERE a.learner_id = rs.learner_id AND a.point_id = rs.item_id AND a.scheduled
                         ORDER BY a.id DESC LIMIT 1),
                        (SELECT s.bank_id FROM session AS s WHERE s.learner_id = rs.learner_id AND s.bank_id IS NOT NULL
                         ORDER BY s.started_at DESC, s.id DESC LIMIT 1),
                        '\(AttemptRows.builtInBankID)'),
                    item_id, phase, step, stability, difficulty, due, last_review, reps, lapses, streak, introduced_at
                FROM review_state AS rs;
                INSERT OR IGNORE INTO review_state_v5
                SELECT x.learner_id, x.bank_id, x.point_id, y.prev_phase, y.prev_step, y.prev_stability,
                    y.prev_difficulty, y.prev_due, y.prev_last_review, y.prev_reps, y.prev_lapses, y.prev_streak,
                    (SELECT MIN(z.answered_at) FROM attempt AS z WHERE z.learner_id = x.learner_id
                        AND z.bank_id = x.bank_id AND z.point_id = x.point_id AND z.scheduled)
                FROM attempt AS x JOIN attempt AS y ON y.id = (
                    SELECT MIN(w.id) FROM attempt AS w
                    WHERE w.learner_id = x.learner_id AND w.point_id = x.point_id AND w.scheduled AND w.id > x.id)
                WHERE x.scheduled AND y.had_state AND y.prev_phase IS NOT NULL AND x.id = (
                    SELECT MAX(v.id) FROM attempt AS v
                    WHERE v.learner_id = x.learner_id AND v.bank_id = x.bank_id AND v.point_id = x.point_id AND v.scheduled);
                DROP INDEX attempt_v5_point;
                DROP TABLE review_state;
                ALTER TABLE review_state_v5 RENAME TO review_state;
                CREATE INDEX review_state_due ON review_state(learner_id, bank_id, due);
                CREATE TABLE plan (
                    learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    bank_id TEXT NOT NULL,
                    ready_by TEXT,
                    assigned_at REAL NOT NULL,
                    assigned_by TEXT,
                    -- The order the topics were assigned in.
                    position INTEGER NOT NULL,
                    PRIMARY KEY (learner_id, bank_id)
                ) WITHOUT ROWID;
                """)
    }
}
