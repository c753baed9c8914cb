import Foundation
import GRDB
import LearnerModel
import Scheduling

extension LearnerStore {
    /// Teaching points of the bank due for the learner at `date`, soonest first. Uses the (learner_id, bank_id, due)
    /// index.
    public func dueItems(learnerID: Int64, bankID: String, at date: Date, limit: Int = 1000) throws(StoreError)
        -> [String]
    {
        try read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT item_id FROM review_state WHERE learner_id = ? AND bank_id = ? AND due <= ?
                    ORDER BY due LIMIT ?
                    """,
                arguments: [learnerID, bankID, date.timeIntervalSince1970, limit])
        }
    }

    /// The learner's sessions, oldest first, with how many questions were asked and how many were right the first time.
    public func sessions(learnerID: Int64, bankID: String?, since: Date? = nil) throws(StoreError)
        -> [SessionSummary]
    {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT session.*, COUNT(first.id) AS attempted, COALESCE(SUM(first.correct), 0) AS right
                    FROM session LEFT JOIN (
                        -- The first answer to each question in a session: questions asked again after a miss count once.
                        SELECT id, session_id, correct FROM attempt
                        WHERE id IN (
                            SELECT MIN(attempt.id) FROM \(Self.attemptsOfSessions(where: "session.learner_id = ?1"))
                                AND (?3 IS NULL OR attempt.bank_id = ?3)
                            GROUP BY attempt.session_id, attempt.bank_id, attempt.item_id)
                    ) AS first ON first.session_id = session.id
                    WHERE session.learner_id = ?1 AND session.started_at >= ?2
                    GROUP BY session.id
                    -- In one topic: its sessions, and sessions across topics that asked something of it.
                    HAVING ?3 IS NULL OR session.bank_id = ?3 OR COUNT(first.id) > 0
                    ORDER BY session.started_at, session.id
                    """,
                arguments: [learnerID, since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude, bankID]
            ).map { row in
                SessionSummary(
                    id: row["id"], mode: SessionMode(rawValue: row["mode"]) ?? .review, bankID: row["bank_id"],
                    section: row["section"],
                    facilitator: row["facilitator"], startedAt: Date(timeIntervalSince1970: row["started_at"]),
                    endedAt: (row["ended_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
                    attempted: row["attempted"],
                    correct: row["right"])
            }
        }
    }

    /// Every answer the learner gave, oldest first.
    public func attempts(learnerID: Int64, bankID: String?, since: Date? = nil) throws(StoreError)
        -> [StoredAttempt]
    {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT attempt.* FROM \(Self.attemptsOfSessions(where: "session.learner_id = ?1"))
                        AND attempt.answered_at >= ?2 AND (?3 IS NULL OR attempt.bank_id = ?3) ORDER BY attempt.id
                    """,
                arguments: [learnerID, since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude, bankID]
            ).map(Self.attempt(from:))
        }
    }

    /// Every answer by everyone, for item analysis, grouped by session in order.
    public func allAttempts() throws(StoreError) -> [StoredAttempt] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM attempt ORDER BY session_id, id").map(Self.attempt(from:))
        }
    }

    static func attempt(from row: Row) -> StoredAttempt {
        StoredAttempt(
            id: row["id"], sessionID: row["session_id"], bankID: row["bank_id"] ?? builtInBankID,
            itemID: row["item_id"], itemVersion: row["item_version"],
            section: row["section"], chosen: row["chosen"], chosenText: row["chosen_text"], correct: row["correct"],
            confidence: row["confidence"], responseMilliseconds: row["response_ms"],
            answeredAt: Date(timeIntervalSince1970: row["answered_at"]))
    }

    /// The number of schema migrations applied (SQLite: 5 since topics).
    public func schemaVersion() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") ?? 0 }
    }

    /// Runs SQLite's full integrity check; "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    /// Everything kept about one learner, as rows of each table (for `learner export`).
    public func export(learnerID: Int64) throws(StoreError) -> [ExportedTable] {
        try read { db in
            var result: [ExportedTable] = []
            for (table, column) in [
                ("learner", "id"), ("session", "learner_id"), ("attempt", "learner_id"),
                ("review_state", "learner_id"), ("plan", "learner_id"), ("teach_back", "learner_id"),
            ] {
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM \(table) WHERE \(column) = ? ORDER BY 1", arguments: [learnerID])
                result.append(
                    ExportedTable(
                        table: table,
                        rows: rows.map { row in
                            Dictionary(
                                uniqueKeysWithValues: row.columnNames.map { ($0, Self.storedValue(row[$0])) })
                        }))
            }
            return result
        }
    }

    static func storedValue(_ value: DatabaseValue) -> StoredValue {
        switch value.storage {
        case .null: .null
        case .int64(let i): .integer(i)
        case .double(let d): .real(d)
        case .string(let s): .text(s)
        case .blob(let b): .bytes([UInt8](b))
        }
    }
}
