import Foundation
import LearnerModel
import PostgresNIO
import Scheduling

/// The clinic's learner store: the same records as the SQLite store, on a PostgreSQL server every station shares.
///
/// Every answer is one transaction, committed with `synchronous_commit` on before `recordAnswer` returns. A learner's
/// review state is written under a row lock (`SELECT … FOR UPDATE`), so two stations answering for one learner at
/// once never overwrite each other's state. Schema changes are migrations, one transaction each, recorded in
/// `teachback_schema`; a server with a newer schema is refused untouched.
public final class ClinicStore: LearnerDatabase {
    let connection: ClinicConnection
    public let location: ClinicLocation
    /// An answer whose COMMIT got no reply (the server went away) and could not be checked: it was reported as not
    /// saved, so if the server did commit it, it is taken out at the next connection. Never both, never silent.
    var unconfirmedAttempt: AnswerRecord?

    /// The migrations, in order. Never edit one that shipped: add a new one.
    static let migrations: [(description: String, sql: String)] = [
        ("v1: learners, sessions, answers, review states and plans, by topic", schemaV1),
        ("v2: teach-back results, with their session", schemaV2),
        (
            "v3: a learner's read-aloud setting",
            "ALTER TABLE learner ADD COLUMN read_aloud BOOLEAN NOT NULL DEFAULT false"
        ),
        ("v4: learners' names in one Unicode form (NFC)", schemaV4),
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

    /// Opens the server's store, migrating its schema if needed. `schema` gives it a schema of its own (tests).
    public static func open(_ location: ClinicLocation, schema: String? = nil) throws(StoreError) -> ClinicStore {
        let store = ClinicStore(
            connection: try ClinicConnection(location: location, schema: schema), location: location)
        try store.migrate()
        return store
    }

    init(connection: ClinicConnection, location: ClinicLocation) {
        self.connection = connection
        self.location = location
    }

    public func close() { connection.close() }

    var place: String { location.description }

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
            try connection.run("SELECT pg_advisory_xact_lock(7346110)")
            try connection.run(
                """
                CREATE TABLE IF NOT EXISTS teachback_schema (
                    version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at DOUBLE PRECISION NOT NULL)
                """)
        }
        let current = try schemaVersion()
        guard current <= Self.migrations.count else { throw StoreError.newerSchema(path: place) }
        for (n, migration) in Self.migrations.enumerated() where n + 1 > current {
            try connection.transaction { () throws(StoreError) in
                try connection.run("SELECT pg_advisory_xact_lock(7346110)")
                // Another station may have applied it while this one waited for the lock.
                let done = try connection.run(
                    "SELECT 1 FROM teachback_schema WHERE version = $1", [.int(Int64(n + 1))])
                guard done.isEmpty else { return }
                for statement in migration.sql.components(separatedBy: ";\n") {
                    let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !trimmed.isEmpty { try connection.run(trimmed) }
                }
                try connection.run(
                    "INSERT INTO teachback_schema (version, description, applied_at) VALUES ($1, $2, $3)",
                    [.int(Int64(n + 1)), .text(migration.description), .double(Date().timeIntervalSince1970)])
            }
        }
    }

    /// The schema version the server is at: 0 when Teachback has never been there.
    public func schemaVersion() throws(StoreError) -> Int {
        let exists = try connection.run("SELECT to_regclass('teachback_schema') IS NOT NULL AS present")
        guard try exists.first?.bool("present") == true else { return 0 }
        let rows = try connection.run("SELECT COALESCE(MAX(version), 0)::BIGINT AS v FROM teachback_schema")
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

    /// SQLite's NOCASE: ASCII letters folded, nothing else.
    static func nameKey(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32) ?? $0 : $0 }))
    }
}

// MARK: - The quiz

extension ClinicStore {
    public func reviewStates(learnerID: Int64, bankID: String) throws(StoreError) -> [String: ReviewState] {
        var states: [String: ReviewState] = [:]
        for row in try connection.run(
            "SELECT * FROM review_state WHERE learner_id = $1 AND bank_id = $2", [.int(learnerID), .text(bankID)])
        {
            if let state = try Self.reviewState(row) { states[try row.text("item_id")] = state }
        }
        return states
    }

    public func lastResults(learnerID: Int64, bankID: String) throws(StoreError) -> [String: Bool] {
        var results: [String: Bool] = [:]
        for row in try connection.run(
            """
            SELECT DISTINCT ON (point_id) point_id, correct FROM attempt
            WHERE learner_id = $1 AND bank_id = $2 ORDER BY point_id, id DESC
            """, [.int(learnerID), .text(bankID)])
        {
            results[try row.text("point_id")] = try row.bool("correct")
        }
        return results
    }

    public func lapsedItems(learnerID: Int64, bankID: String, since: Date) throws(StoreError) -> Set<String> {
        Set(
            try connection.run(
                """
                SELECT DISTINCT point_id FROM attempt
                WHERE learner_id = $1 AND bank_id = $2 AND answered_at >= $3 AND scheduled AND rating = 1
                    AND prev_phase = 'Review'
                """, [.int(learnerID), .text(bankID), .double(since.timeIntervalSince1970)]
            ).map { row throws(StoreError) in try row.text("point_id") })
    }

    public func introducedCount(learnerID: Int64, bankID: String, since: Date) throws(StoreError) -> Int {
        let rows = try connection.run(
            "SELECT COUNT(*) AS n FROM review_state WHERE learner_id = $1 AND bank_id = $2 AND introduced_at >= $3",
            [.int(learnerID), .text(bankID), .double(since.timeIntervalSince1970)])
        return Int(try rows.first?.int("n") ?? 0)
    }

    public func answerTimes(learnerID: Int64, bankID: String) throws(StoreError) -> [String: [Date]] {
        var times: [String: [Date]] = [:]
        for row in try connection.run(
            """
            SELECT point_id, answered_at FROM attempt WHERE learner_id = $1 AND bank_id = $2 AND scheduled ORDER BY id
            """, [.int(learnerID), .text(bankID)])
        {
            times[try row.text("point_id"), default: []].append(
                Date(timeIntervalSince1970: try row.double("answered_at")))
        }
        return times
    }

    public func startSession(_ s: NewSession) throws(StoreError) -> Int64 {
        let rows = try connection.run(
            """
            INSERT INTO session (learner_id, mode, section, facilitator, bank_id, started_at)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """,
            [
                .int(s.learnerID), .text(s.mode.rawValue), .text(s.section), .text(s.facilitator), .text(s.bankID),
                .double(s.startedAt.timeIntervalSince1970),
            ])
        return try rows.first?.int("id") ?? -1
    }

    public func endSession(_ id: Int64, at date: Date) throws(StoreError) {
        try connection.run(
            "UPDATE session SET ended_at = $1 WHERE id = $2", [.double(date.timeIntervalSince1970), .int(id)])
    }

    /// The attempt and the new review state in one transaction, the state's row locked while it is written.
    /// Records the answer in one round trip when it can: one statement (so one transaction) that writes the review
    /// state only if it is still the one the answer was computed from, and the attempt only if the state was written.
    /// When another station changed the state, the answer is rebased under a row lock in a transaction of its own.
    /// If the connection fails with the answer sent, the server is asked (on a new connection) whether it was saved:
    /// if it was, it counts; if not, it is sent once more; if the server cannot be asked, it is reported as not saved
    /// and taken out later should it turn out to have been saved after all.
    public func recordAnswer(_ record: AnswerRecord) throws(StoreError) -> Int64 {
        try settleUnconfirmed()
        do {
            if let id = try answerInOneStatement(record) { return id }
        } catch .serverUnreachable(let location, let detail) {
            guard let found = askWhetherSaved(record) else {
                unconfirmedAttempt = record
                throw StoreError.serverUnreachable(location: location, detail: detail)
            }
            if let found { return found }
            if let id = try answerInOneStatement(record) { return id }
        }
        try connection.beginRetryingOnce()
        let id: Int64
        do {
            id = try writeAnswer(record)
        } catch {
            if connection.isOpen { _ = try? connection.run("ROLLBACK") }
            throw error
        }
        do {
            try connection.run("COMMIT")
            return id
        } catch {
            // No reply to COMMIT: the server may or may not have committed. Ask it, on a new connection.
            if let found = askWhetherSaved(record) {
                if let found { return found }
                throw error
            }
            unconfirmedAttempt = record
            throw error
        }
    }

    /// Connects again and asks whether the answer was saved: nil if the server cannot be asked, else the attempt's
    /// id if it is there (nil inside if it is not).
    func askWhetherSaved(_ record: AnswerRecord) -> Int64?? {
        do {
            try connection.connect(quickly: 3)
            return .some(try savedAttempt(record))
        } catch {
            return nil
        }
    }

    /// The answer's attempt if the server has it (an answer is its session, its time and its question).
    func savedAttempt(_ a: AnswerRecord) throws(StoreError) -> Int64? {
        try connection.run(
            "SELECT id FROM attempt WHERE session_id = $1 AND answered_at = $2 AND item_id = $3 ORDER BY id LIMIT 1",
            [.int(a.sessionID), .double(a.answeredAt.timeIntervalSince1970), .text(a.itemID)]
        ).first?.int("id")
    }

    /// The answer as one statement; nil when the review state was not the one it was computed from (nothing written).
    func answerInOneStatement(_ a: AnswerRecord) throws(StoreError) -> Int64? {
        let attempt = Self.attemptBinds(a)
        let columns = Self.attemptColumns
        // Each parameter's type, so the statements can be prepared once.
        func typed(_ binds: [Bind], from first: Int) -> String {
            binds.enumerated().map { n, bind in
                let type =
                    switch bind {
                    case .int: "bigint"
                    case .double: "double precision"
                    case .text: "text"
                    case .bool: "boolean"
                    }
                return "$\(first + n)::\(type)"
            }.joined(separator: ", ")
        }
        guard let new = a.newState else {
            let values = typed(attempt, from: 1)
            return try connection.runPrepared(
                "teachback_exam_answer", "INSERT INTO attempt (\(columns)) VALUES (\(values)) RETURNING id", attempt
            ).first?.int("id")
        }
        let values = typed(attempt, from: 20)
        let stateBinds =
            Self.stateBinds(
                new, learnerID: a.learnerID, bankID: a.bankID, pointID: a.pointID, introducedAt: a.answeredAt)
            + [
                .bool(a.previousState != nil), .double(a.previousState?.due.timeIntervalSince1970),
                .int(a.previousState.map { Int64($0.reps) }),
                .double(a.previousState?.lastReview?.timeIntervalSince1970),
                .double(a.previousState?.stability), .text(a.previousState?.phase.rawValue),
            ]
        let rows = try connection.runPrepared(
            "teachback_answer",
            """
            WITH written AS (
                INSERT INTO review_state AS r (learner_id, bank_id, item_id, phase, step, stability, difficulty, due,
                    last_review, reps, lapses, streak, introduced_at)
                SELECT \(typed(Array(stateBinds.prefix(13)), from: 1))
                ON CONFLICT (learner_id, bank_id, item_id) DO UPDATE SET phase = excluded.phase, step = excluded.step,
                    stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,
                    last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses,
                    streak = excluded.streak
                WHERE $14::boolean AND r.due IS NOT DISTINCT FROM $15::double precision
                    AND r.reps IS NOT DISTINCT FROM $16::bigint
                    AND r.last_review IS NOT DISTINCT FROM $17::double precision
                    AND r.stability IS NOT DISTINCT FROM $18::double precision AND r.phase IS NOT DISTINCT FROM $19::text
                RETURNING 1
            )
            INSERT INTO attempt (\(columns)) SELECT \(values) WHERE EXISTS (SELECT 1 FROM written) RETURNING id
            """,
            stateBinds + attempt)
        return try rows.first?.int("id")
    }

    /// Takes out an answer that was reported as not saved but that the server may have committed after all.
    func settleUnconfirmed() throws(StoreError) {
        guard let record = unconfirmedAttempt else { return }
        try connection.transaction { () throws(StoreError) in
            guard let id = try savedAttempt(record),
                let a = try connection.run("SELECT * FROM attempt WHERE id = $1 FOR UPDATE", [.int(id)]).first
            else { return }
            let learnerID = try a.int("learner_id")
            let bankID = try a.text("bank_id")
            let pointID = try a.text("point_id")
            // Its state goes back to the one before it, unless a later answer has moved it on since.
            if try a.bool("scheduled"),
                let state = try connection.run(
                    "SELECT * FROM review_state WHERE learner_id = $1 AND bank_id = $2 AND item_id = $3 FOR UPDATE",
                    [.int(learnerID), .text(bankID), .text(pointID)]
                ).first, try state.optionalDouble("last_review") == (try a.double("answered_at"))
            {
                try restoreState(before: a)
            }
            try connection.run("DELETE FROM attempt WHERE id = $1", [.int(id)])
        }
        unconfirmedAttempt = nil
    }

    /// The answer's statements when its state had changed, inside the transaction `recordAnswer` opened: the state's
    /// row is locked, the answer rebased onto it (`AnswerRecord.rebased`) and both written; returns the attempt id.
    func writeAnswer(_ record: AnswerRecord) throws(StoreError) -> Int64 {
        var a = record
        if a.newState != nil {
            let current = try connection.run(
                "SELECT * FROM review_state WHERE learner_id = $1 AND bank_id = $2 AND item_id = $3 FOR UPDATE",
                [.int(a.learnerID), .text(a.bankID), .text(a.pointID)]
            ).first.flatMap { row throws(StoreError) in try Self.reviewState(row) }
            if !a.wasComputed(from: current) {
                let settings =
                    try connection.run("SELECT * FROM learner WHERE id = $1", [.int(a.learnerID)]).first.map(
                        Self.learner)?.settings ?? LearnerSettings()
                a = a.rebased(onto: current, settings: settings)
            }
            if let new = a.newState {
                try saveState(
                    new, learnerID: a.learnerID, bankID: a.bankID, pointID: a.pointID, introducedAt: a.answeredAt)
            }
        }
        let values = (1...Self.attemptColumnCount).map { "$\($0)" }.joined(separator: ", ")
        let rows = try connection.run(
            "INSERT INTO attempt (\(Self.attemptColumns)) VALUES (\(values)) RETURNING id", Self.attemptBinds(a))
        return try rows.first?.int("id") ?? -1
    }

    static let attemptColumns = """
        session_id, learner_id, bank_id, item_id, point_id, item_version, section, chosen, chosen_text, correct,
        confidence, response_ms, answered_at, rating, scheduled, had_state, prev_phase, prev_step, prev_stability,
        prev_difficulty, prev_due, prev_last_review, prev_reps, prev_lapses, prev_streak
        """
    static let attemptColumnCount = 25

    /// The attempt's values, in `attemptColumns` order; the state it replaced only when the schedule moved.
    static func attemptBinds(_ a: AnswerRecord) -> [Bind] {
        let old = a.newState == nil ? nil : a.previousState
        return [
            .int(a.sessionID), .int(a.learnerID), .text(a.bankID), .text(a.itemID), .text(a.pointID),
            .text(a.itemVersion), .text(a.section), .int(Int64(a.chosen)), .text(a.chosenText), .bool(a.correct),
            .text(a.confidence?.rawValue), .int(Int64(a.responseMilliseconds)),
            .double(a.answeredAt.timeIntervalSince1970),
            .int(Int64(a.rating.rawValue)), .bool(a.newState != nil), .bool(a.newState == nil ? nil : old != nil),
            .text(old?.phase.rawValue), .int(old?.step.map(Int64.init)), .double(old?.stability),
            .double(old?.difficulty),
            .double(old?.due.timeIntervalSince1970), .double(old?.lastReview?.timeIntervalSince1970),
            .int(old.map { Int64($0.reps) }), .int(old.map { Int64($0.lapses) }), .int(old.map { Int64($0.streak) }),
        ]
    }

    /// Locks the learner's review state of one point (if it exists) until the transaction ends.
    func lockState(learnerID: Int64, bankID: String, pointID: String) throws(StoreError) {
        try connection.run(
            "SELECT 1 FROM review_state WHERE learner_id = $1 AND bank_id = $2 AND item_id = $3 FOR UPDATE",
            [.int(learnerID), .text(bankID), .text(pointID)])
    }

    static func stateBinds(_ s: ReviewState, learnerID: Int64, bankID: String, pointID: String, introducedAt: Date?)
        -> [Bind]
    {
        [
            .int(learnerID), .text(bankID), .text(pointID), .text(s.phase.rawValue), .int(s.step.map(Int64.init)),
            .double(s.stability), .double(s.difficulty), .double(s.due.timeIntervalSince1970),
            .double(s.lastReview?.timeIntervalSince1970), .int(Int64(s.reps)), .int(Int64(s.lapses)),
            .int(Int64(s.streak)), .double((introducedAt ?? s.lastReview ?? s.due).timeIntervalSince1970),
        ]
    }

    func saveState(_ s: ReviewState, learnerID: Int64, bankID: String, pointID: String, introducedAt: Date?)
        throws(StoreError)
    {
        try connection.run(
            """
            INSERT INTO review_state (learner_id, bank_id, item_id, phase, step, stability, difficulty, due, last_review,
                reps, lapses, streak, introduced_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            ON CONFLICT (learner_id, bank_id, item_id) DO UPDATE SET phase = excluded.phase, step = excluded.step,
                stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,
                last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses,
                streak = excluded.streak
            """,
            [
                .int(learnerID), .text(bankID), .text(pointID), .text(s.phase.rawValue), .int(s.step.map(Int64.init)),
                .double(s.stability), .double(s.difficulty), .double(s.due.timeIntervalSince1970),
                .double(s.lastReview?.timeIntervalSince1970), .int(Int64(s.reps)), .int(Int64(s.lapses)),
                .int(Int64(s.streak)), .double((introducedAt ?? s.lastReview ?? s.due).timeIntervalSince1970),
            ])
    }

    public func undoLastAnswer(sessionID: Int64) throws(StoreError) -> String? {
        try settleUnconfirmed()
        return try connection.transaction { () throws(StoreError) -> String? in
            guard
                let a = try connection.run(
                    "SELECT * FROM attempt WHERE session_id = $1 ORDER BY id DESC LIMIT 1 FOR UPDATE",
                    [.int(sessionID)]
                ).first
            else { return nil }
            let learnerID = try a.int("learner_id")
            let bankID = try a.text("bank_id")
            let pointID = try a.text("point_id")
            if try a.bool("scheduled") {
                try lockState(learnerID: learnerID, bankID: bankID, pointID: pointID)
                try restoreState(before: a)
            }
            try connection.run("DELETE FROM attempt WHERE id = $1", [.int(try a.int("id"))])
            return try a.text("item_id")
        }
    }

    /// Puts back the review state an attempt replaced (none, for a first answer), from the attempt's row.
    func restoreState(before a: PostgresRandomAccessRow) throws(StoreError) {
        let learnerID = try a.int("learner_id")
        let bankID = try a.text("bank_id")
        let pointID = try a.text("point_id")
        if try a.optionalBool("had_state") == true, let previous = try Self.reviewState(a, prefix: "prev_") {
            try saveState(previous, learnerID: learnerID, bankID: bankID, pointID: pointID, introducedAt: nil)
        } else {
            try connection.run(
                "DELETE FROM review_state WHERE learner_id = $1 AND bank_id = $2 AND item_id = $3",
                [.int(learnerID), .text(bankID), .text(pointID)])
        }
    }

    public func learnerNames() throws(StoreError) -> [String] { try learners().map(\.name) }

    public func findOrAddLearner(_ name: String, at date: Date) throws(StoreError) -> Learner {
        if let existing = try learner(named: name) { return existing }
        do {
            return try addLearner(name, at: date)
        } catch .learnerExists {
            // Another station added them a moment ago.
            if let existing = try learner(named: name) { return existing }
            throw StoreError.learnerExists(name: name)
        }
    }

    public func updateSettings(_ settings: LearnerSettings, learnerID: Int64) throws(StoreError) {
        try connection.run(
            """
            UPDATE learner SET algorithm = $1, desired_retention = $2, new_per_day = $3, confidence_step = $4,
                read_aloud = $5
            WHERE id = $6
            """,
            [
                .text(settings.algorithm.rawValue), .double(settings.desiredRetention),
                .int(Int64(settings.newPerDay)), .bool(settings.confidenceStep), .bool(settings.readAloud),
                .int(learnerID),
            ])
    }

    public func sessionSummaries(learnerID: Int64, bankID: String?) throws(StoreError) -> [SessionSummary] {
        try sessions(learnerID: learnerID, bankID: bankID, since: nil)
    }

    public func plan(learnerID: Int64) throws(StoreError) -> [PlanEntry] {
        try connection.run("SELECT * FROM plan WHERE learner_id = $1 ORDER BY position", [.int(learnerID)]).map {
            row throws(StoreError) in
            PlanEntry(
                bankID: try row.text("bank_id"), readyBy: try row.optionalText("ready_by").flatMap { CalendarDay($0) },
                assignedAt: Date(timeIntervalSince1970: try row.double("assigned_at")),
                assignedBy: try row.optionalText("assigned_by"))
        }
    }

    public func setPlanEntry(_ entry: PlanEntry, learnerID: Int64) throws(StoreError) {
        try connection.run(
            """
            INSERT INTO plan (learner_id, bank_id, ready_by, assigned_at, assigned_by, position)
            VALUES ($1, $2, $3, $4, $5, (SELECT COALESCE(MAX(position), 0) + 1 FROM plan WHERE learner_id = $1))
            ON CONFLICT (learner_id, bank_id) DO UPDATE SET ready_by = excluded.ready_by,
                assigned_by = COALESCE(excluded.assigned_by, plan.assigned_by)
            """,
            [
                .int(learnerID), .text(entry.bankID), .text(entry.readyBy?.description),
                .double(entry.assignedAt.timeIntervalSince1970), .text(entry.assignedBy),
            ])
    }

    public func removePlanEntry(bankID: String, learnerID: Int64) throws(StoreError) -> Bool {
        !(try connection.run(
            "DELETE FROM plan WHERE learner_id = $1 AND bank_id = $2 RETURNING bank_id",
            [.int(learnerID), .text(bankID)]
        ).isEmpty)
    }

    public func banksAnswered(learnerID: Int64) throws(StoreError) -> [String] {
        try connection.run(
            "SELECT bank_id FROM attempt WHERE learner_id = $1 GROUP BY bank_id ORDER BY MIN(id)", [.int(learnerID)]
        ).map { row throws(StoreError) in try row.text("bank_id") }
    }
}

// MARK: - Reports and commands

extension ClinicStore {
    @discardableResult
    public func addLearner(_ rawName: String, at date: Date, settings: LearnerSettings) throws(StoreError) -> Learner {
        let name = try LearnerName.validated(rawName)
        let rows = try connection.run(
            """
            INSERT INTO learner (name, name_key, created_at, algorithm, desired_retention, new_per_day, confidence_step,
                read_aloud)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (name_key) DO NOTHING RETURNING id
            """,
            [
                .text(name), .text(Self.nameKey(name)), .double(date.timeIntervalSince1970),
                .text(settings.algorithm.rawValue), .double(settings.desiredRetention), .int(Int64(settings.newPerDay)),
                .bool(settings.confidenceStep), .bool(settings.readAloud),
            ])
        guard let id = try rows.first?.int("id") else { throw StoreError.learnerExists(name: name) }
        return Learner(id: id, name: name, created: date, settings: settings)
    }

    public func learner(named name: String) throws(StoreError) -> Learner? {
        let key = Self.nameKey(LearnerName.normalized(name))
        return try connection.run("SELECT * FROM learner WHERE name_key = $1", [.text(key)]).first.map(Self.learner)
    }

    public func learners() throws(StoreError) -> [Learner] {
        try connection.run("SELECT * FROM learner ORDER BY name_key, id").map(Self.learner)
    }

    public func learnerListings(at date: Date) throws(StoreError) -> [LearnerListing] {
        try connection.run(
            """
            SELECT learner.*,
                (SELECT COUNT(*) FROM attempt WHERE attempt.learner_id = learner.id) AS attempts,
                (SELECT COUNT(*) FROM review_state WHERE review_state.learner_id = learner.id AND due <= $1) AS due_count,
                (SELECT MAX(answered_at) FROM attempt WHERE attempt.learner_id = learner.id) AS last_active
            FROM learner ORDER BY name_key, id
            """, [.double(date.timeIntervalSince1970)]
        ).map { row throws(StoreError) in
            LearnerListing(
                learner: try Self.learner(row), attempts: Int(try row.int("attempts")),
                due: Int(try row.int("due_count")),
                lastActive: try row.optionalDouble("last_active").map(Date.init(timeIntervalSince1970:)))
        }
    }

    public func renameLearner(_ old: String, to new: String) throws(StoreError) {
        let newName = try LearnerName.validated(new)
        guard let learner = try learner(named: old) else { throw StoreError.noSuchLearner(name: old) }
        if let other = try self.learner(named: newName), other.id != learner.id {
            throw StoreError.learnerExists(name: newName)
        }
        try connection.run(
            "UPDATE learner SET name = $1, name_key = $2 WHERE id = $3",
            [.text(newName), .text(Self.nameKey(newName)), .int(learner.id)])
    }

    public func deleteLearner(_ name: String) throws(StoreError) {
        guard let learner = try learner(named: name) else { throw StoreError.noSuchLearner(name: name) }
        try connection.transaction { () throws(StoreError) in
            for table in ["plan", "review_state", "attempt", "session"] {
                try connection.run("DELETE FROM \(table) WHERE learner_id = $1", [.int(learner.id)])
            }
            try connection.run("DELETE FROM learner WHERE id = $1", [.int(learner.id)])
        }
        // The deleted rows stay in the tables' pages as dead tuples until VACUUM reclaims them. A role that does not
        // own the tables gets a warning from the server, not an error: the delete stands either way (README, "What
        // a delete erases").
        try connection.withoutDeadline { () throws(StoreError) in
            for table in ["teach_back", "plan", "review_state", "attempt", "session", "learner"] {
                try connection.run("VACUUM \(table)")
            }
        }
    }

    public func sessions(learnerID: Int64, bankID: String?, since: Date?) throws(StoreError) -> [SessionSummary] {
        try connection.run(
            """
            SELECT session.*, COUNT(first.id) AS attempted,
                COALESCE(SUM(CASE WHEN first.correct THEN 1 ELSE 0 END), 0) AS right_count
            FROM session LEFT JOIN (
                -- The first answer to each question in a session: questions asked again count once.
                SELECT DISTINCT ON (session_id, bank_id, item_id) id, session_id, correct FROM attempt
                WHERE learner_id = $1 AND ($3::TEXT IS NULL OR bank_id = $3)
                ORDER BY session_id, bank_id, item_id, id
            ) AS first ON first.session_id = session.id
            WHERE session.learner_id = $1 AND session.started_at >= $2
            GROUP BY session.id
            HAVING $3::TEXT IS NULL OR session.bank_id = $3 OR COUNT(first.id) > 0
            ORDER BY session.started_at, session.id
            """,
            [.int(learnerID), .double(since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude), .text(bankID)]
        ).map { row throws(StoreError) in
            SessionSummary(
                id: try row.int("id"), mode: SessionMode(rawValue: try row.text("mode")) ?? .review,
                bankID: try row.optionalText("bank_id"), section: try row.optionalText("section"),
                facilitator: try row.optionalText("facilitator"),
                startedAt: Date(timeIntervalSince1970: try row.double("started_at")),
                endedAt: try row.optionalDouble("ended_at").map(Date.init(timeIntervalSince1970:)),
                attempted: Int(try row.int("attempted")), correct: Int(try row.int("right_count")))
        }
    }

    public func attempts(learnerID: Int64, bankID: String?, since: Date?) throws(StoreError) -> [StoredAttempt] {
        try connection.run(
            """
            SELECT * FROM attempt WHERE learner_id = $1 AND answered_at >= $2 AND ($3::TEXT IS NULL OR bank_id = $3)
            ORDER BY id
            """,
            [.int(learnerID), .double(since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude), .text(bankID)]
        ).map(Self.attempt)
    }

    public func allAttempts() throws(StoreError) -> [StoredAttempt] {
        try connection.run("SELECT * FROM attempt ORDER BY session_id, id").map(Self.attempt)
    }

    public func dueItems(learnerID: Int64, bankID: String, at date: Date, limit: Int) throws(StoreError) -> [String] {
        try connection.run(
            """
            SELECT item_id FROM review_state WHERE learner_id = $1 AND bank_id = $2 AND due <= $3
            ORDER BY due LIMIT $4
            """, [.int(learnerID), .text(bankID), .double(date.timeIntervalSince1970), .int(Int64(limit))]
        ).map { row throws(StoreError) in try row.text("item_id") }
    }

    public func export(learnerID: Int64) throws(StoreError) -> [ExportedTable] {
        var tables: [ExportedTable] = []
        for (table, column) in [
            ("learner", "id"), ("session", "learner_id"), ("attempt", "learner_id"), ("review_state", "learner_id"),
            ("plan", "learner_id"), ("teach_back", "learner_id"),
        ] {
            let rows = try connection.run(
                "SELECT * FROM \(table) WHERE \(column) = $1 ORDER BY 1", [.int(learnerID)])
            tables.append(
                ExportedTable(
                    table: table,
                    rows: try rows.map { row throws(StoreError) in
                        var values: [String: StoredValue] = [:]
                        for cell in row { values[cell.columnName] = try Self.storedValue(cell) }
                        return values
                    }))
        }
        return tables
    }

    static func storedValue(_ cell: PostgresCell) throws(StoreError) -> StoredValue {
        do {
            guard cell.bytes != nil else { return .null }
            switch cell.dataType {
            case .int8: return .integer(try cell.decode(Int64.self))
            case .int4: return .integer(Int64(try cell.decode(Int32.self)))
            case .int2: return .integer(Int64(try cell.decode(Int16.self)))
            case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
            case .float8: return .real(try cell.decode(Double.self))
            case .float4: return .real(Double(try cell.decode(Float.self)))
            default: return .text(try cell.decode(String.self))
            }
        } catch {
            throw StoreError.other(path: "PostgreSQL", detail: "the column \(cell.columnName) could not be read")
        }
    }

    /// PostgreSQL has no file-level check like SQLite's: this checks what the schema promises and every row's links.
    public func integrityCheck() throws(StoreError) -> String {
        let checks = [
            (
                "answers of no session",
                "SELECT COUNT(*) AS n FROM attempt WHERE session_id NOT IN (SELECT id FROM session)"
            ),
            (
                "answers and sessions of different learners",
                "SELECT COUNT(*) AS n FROM attempt JOIN session ON session.id = attempt.session_id WHERE attempt.learner_id <> session.learner_id"
            ),
            (
                "review states of no learner",
                "SELECT COUNT(*) AS n FROM review_state WHERE learner_id NOT IN (SELECT id FROM learner)"
            ),
        ]
        var problems: [String] = []
        for (what, sql) in checks {
            let n = try connection.run(sql).first?.int("n") ?? 0
            if n > 0 { problems.append("\(n) \(what)") }
        }
        return problems.isEmpty ? "ok" : problems.joined(separator: "; ")
    }
}

// MARK: - Rows

extension ClinicStore {
    static func learner(_ row: PostgresRandomAccessRow) throws(StoreError) -> Learner {
        Learner(
            id: try row.int("id"), name: try row.text("name"),
            created: Date(timeIntervalSince1970: try row.double("created_at")),
            settings: LearnerSettings(
                algorithm: Algorithm(rawValue: try row.text("algorithm")) ?? .fsrs,
                desiredRetention: try row.double("desired_retention"), newPerDay: Int(try row.int32("new_per_day")),
                confidenceStep: try row.bool("confidence_step"), readAloud: try row.bool("read_aloud")))
    }

    static func attempt(_ row: PostgresRandomAccessRow) throws(StoreError) -> StoredAttempt {
        StoredAttempt(
            id: try row.int("id"), sessionID: try row.int("session_id"), bankID: try row.text("bank_id"),
            itemID: try row.text("item_id"), itemVersion: try row.text("item_version"),
            section: try row.text("section"),
            chosen: Int(try row.int32("chosen")), chosenText: try row.text("chosen_text"),
            correct: try row.bool("correct"),
            confidence: try row.optionalText("confidence"), responseMilliseconds: Int(try row.int32("response_ms")),
            answeredAt: Date(timeIntervalSince1970: try row.double("answered_at")))
    }

    static func reviewState(_ row: PostgresRandomAccessRow, prefix: String = "") throws(StoreError) -> ReviewState? {
        guard let phaseText = try row.optionalText(prefix + "phase"),
            let phase = ReviewState.Phase(rawValue: phaseText),
            let due = try row.optionalDouble(prefix + "due")
        else { return nil }
        return ReviewState(
            phase: phase, step: try row.optionalInt32(prefix + "step").map(Int.init),
            stability: try row.optionalDouble(prefix + "stability"),
            difficulty: try row.optionalDouble(prefix + "difficulty"), due: Date(timeIntervalSince1970: due),
            lastReview: try row.optionalDouble(prefix + "last_review").map(Date.init(timeIntervalSince1970:)),
            reps: Int(try row.optionalInt32(prefix + "reps") ?? 0),
            lapses: Int(try row.optionalInt32(prefix + "lapses") ?? 0),
            streak: Int(try row.optionalInt32(prefix + "streak") ?? 0))
    }
}
