import Foundation
import GRDB
import LearnerModel
import Scheduling

extension LearnerStore {
    public func reviewStates(learnerID: Int64, bankID: String) throws(StoreError) -> [String: ReviewState] {
        try read { db in
            var states: [String: ReviewState] = [:]
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: "SELECT * FROM review_state WHERE learner_id = ? AND bank_id = ?"),
                arguments: [learnerID, bankID])
            while let row = try rows.next() {
                if let state = Self.reviewState(from: row) { states[row["item_id"]] = state }
            }
            return states
        }
    }

    public func lastResults(learnerID: Int64, bankID: String) throws -> [String: Bool] {
        try read { db in
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT point_id, correct FROM attempt WHERE id IN (
                            SELECT MAX(attempt.id) FROM \(Self.attemptsOfSessions(where: "session.learner_id = ?"))
                                AND attempt.bank_id = ?
                            GROUP BY attempt.point_id)
                        """), arguments: [learnerID, bankID])
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["point_id"], $0["correct"]) })
        }
    }

    public func lapsedItems(learnerID: Int64, bankID: String, since: Date) throws -> Set<String> {
        try read { db in
            Set(
                try String.fetchAll(
                    db.cachedStatement(
                        sql: """
                            SELECT DISTINCT attempt.point_id FROM \(Self.attemptsOfSessions(where: "session.learner_id = ?"))
                                AND attempt.answered_at >= ? AND attempt.scheduled AND attempt.rating = 1
                                AND attempt.prev_phase = 'Review' AND attempt.bank_id = ?
                            """), arguments: [learnerID, since.timeIntervalSince1970, bankID]))
        }
    }

    public func introducedCount(learnerID: Int64, bankID: String, since: Date) throws -> Int {
        try read { db in
            try Int.fetchOne(
                db.cachedStatement(
                    sql: "SELECT COUNT(*) FROM review_state WHERE learner_id = ? AND bank_id = ? AND introduced_at >= ?"
                ), arguments: [learnerID, bankID, since.timeIntervalSince1970]) ?? 0
        }
    }

    public func answerTimes(learnerID: Int64, bankID: String) throws -> [String: [Date]] {
        try read { db in
            var times: [String: [Date]] = [:]
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT attempt.point_id, attempt.answered_at
                        FROM \(Self.attemptsOfSessions(where: "session.learner_id = ?"))
                            AND attempt.bank_id = ? AND attempt.scheduled
                        ORDER BY attempt.id
                        """), arguments: [learnerID, bankID])
            while let row = try rows.next() {
                times[row["point_id"], default: []].append(Date(timeIntervalSince1970: row["answered_at"]))
            }
            return times
        }
    }

    public func startSession(_ s: NewSession) throws -> Int64 {
        try write { db in
            try db.execute(
                sql:
                    "INSERT INTO session (learner_id, mode, section, facilitator, bank_id, started_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    s.learnerID, s.mode.rawValue, s.section, s.facilitator, s.bankID, s.startedAt.timeIntervalSince1970,
                ])
            return db.lastInsertedRowID
        }
    }

    public func endSession(_ id: Int64, at date: Date) throws {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE session SET ended_at = ?1, last_attempt_id = (
                        SELECT MAX(attempt.id) FROM \(Self.attemptsOfSessions(where: "session.id = ?2")))
                    WHERE id = ?2
                    """, arguments: [date.timeIntervalSince1970, id])
        }
    }

    /// Writes the attempt (with the review state it replaced, for undo) and the new review state, in one
    /// transaction synced before it returns: two rows, four b-tree pages (each table and one index on each).
    ///
    /// The state is written only if it is still the one the answer was computed from; if another station (another
    /// process on this computer) changed it meanwhile, the answer is rebased onto that state first
    /// (`AnswerRecord.rebased`), so neither update is lost.
    public func recordAnswer(_ record: AnswerRecord) throws -> Int64 {
        let id = try write { db in
            var a = record
            if let new = a.newState {
                let applied = try Self.saveStateIfUnchanged(
                    new, expected: a.previousState, learnerID: a.learnerID, bankID: a.bankID, itemID: a.pointID,
                    introducedAt: a.answeredAt, db: db)
                if !applied {
                    let current = try Row.fetchOne(
                        db, sql: "SELECT * FROM review_state WHERE learner_id = ? AND bank_id = ? AND item_id = ?",
                        arguments: [a.learnerID, a.bankID, a.pointID]
                    ).flatMap { Self.reviewState(from: $0) }
                    let settings =
                        try Row.fetchOne(db, sql: "SELECT * FROM learner WHERE id = ?", arguments: [a.learnerID])
                        .map { Self.learner(from: $0).settings } ?? LearnerSettings()
                    a = a.rebased(onto: current, settings: settings)
                    if let rebased = a.newState {
                        try Self.saveState(
                            rebased, learnerID: a.learnerID, bankID: a.bankID, itemID: a.pointID,
                            introducedAt: a.answeredAt, db: db)
                    }
                }
            }
            // Cached statements: SQLite compiles each once per connection, not once per answer.
            let old = a.newState == nil ? nil : a.previousState
            try db.cachedStatement(
                sql: """
                    INSERT INTO attempt (session_id, learner_id, bank_id, item_id, point_id, item_version, section, chosen, chosen_text,
                        correct, confidence, response_ms, answered_at, rating, scheduled, had_state, prev_phase, prev_step,
                        prev_stability, prev_difficulty, prev_due, prev_last_review, prev_reps, prev_lapses, prev_streak)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    a.sessionID, a.learnerID, a.bankID, a.itemID, a.pointID, a.itemVersion, a.section, a.chosen,
                    a.chosenText,
                    a.correct,
                    a.confidence?.rawValue, a.responseMilliseconds, a.answeredAt.timeIntervalSince1970,
                    a.rating.rawValue, a.newState != nil, a.newState == nil ? nil : old != nil,
                    old?.phase.rawValue, old?.step, old?.stability, old?.difficulty, old?.due.timeIntervalSince1970,
                    old?.lastReview?.timeIntervalSince1970, old?.reps, old?.lapses, old?.streak,
                ])
            let attemptID = db.lastInsertedRowID
            // The session's first answer marks where its answers begin.
            if !sessionsBegun.contains(a.sessionID) {
                try db.cachedStatement(
                    sql: "UPDATE session SET first_attempt_id = ? WHERE id = ? AND first_attempt_id IS NULL"
                ).execute(arguments: [attemptID, a.sessionID])
            }
            return attemptID
        }
        // Only once committed: a failed transaction leaves the session unmarked.
        sessionsBegun.insert(record.sessionID)
        return id
    }

    /// Writes the new state only if the stored one is `expected` (none, for a point never seen); true if written.
    static func saveStateIfUnchanged(
        _ s: ReviewState, expected: ReviewState?, learnerID: Int64, bankID: String, itemID: String, introducedAt: Date,
        db: Database
    ) throws -> Bool {
        try db.cachedStatement(
            sql: """
                INSERT INTO review_state (learner_id, bank_id, item_id, phase, step, stability, difficulty, due, last_review,
                    reps, lapses, streak, introduced_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (learner_id, bank_id, item_id) DO UPDATE SET phase = excluded.phase, step = excluded.step,
                    stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,
                    last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses,
                    streak = excluded.streak
                WHERE ? AND review_state.due IS ? AND review_state.reps IS ? AND review_state.last_review IS ?
                    AND review_state.stability IS ? AND review_state.phase IS ?
                """
        ).execute(
            arguments: [
                learnerID, bankID, itemID, s.phase.rawValue, s.step, s.stability, s.difficulty,
                s.due.timeIntervalSince1970,
                s.lastReview?.timeIntervalSince1970, s.reps, s.lapses, s.streak, introducedAt.timeIntervalSince1970,
                expected != nil, expected?.due.timeIntervalSince1970, expected?.reps,
                expected?.lastReview?.timeIntervalSince1970, expected?.stability, expected?.phase.rawValue,
            ])
        return db.changesCount > 0
    }

    public func undoLastAnswer(sessionID: Int64) throws -> String? {
        try write { db in
            guard
                let attempt = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT attempt.* FROM \(Self.attemptsOfSessions(where: "session.id = ?"))
                        ORDER BY attempt.id DESC LIMIT 1
                        """, arguments: [sessionID])
            else { return nil }
            let attemptID: Int64 = attempt["id"]
            let learnerID: Int64 = attempt["learner_id"]
            let itemID: String = attempt["item_id"]
            let pointID: String = attempt["point_id"] ?? itemID
            let bankID: String = attempt["bank_id"] ?? Self.builtInBankID
            if attempt["scheduled"] == true {
                if attempt["had_state"] == true, let previous = Self.reviewState(from: attempt, prefix: "prev_") {
                    try Self.saveState(
                        previous, learnerID: learnerID, bankID: bankID, itemID: pointID, introducedAt: nil, db: db)
                } else {
                    try db.execute(
                        sql: "DELETE FROM review_state WHERE learner_id = ? AND bank_id = ? AND item_id = ?",
                        arguments: [learnerID, bankID, pointID])
                }
            }
            try db.execute(sql: "DELETE FROM attempt WHERE id = ?", arguments: [attemptID])
            sessionsBegun.remove(sessionID)
            // A session whose first answer was taken back begins at its next answer (its id may be reused).
            try db.execute(
                sql: """
                    UPDATE session SET first_attempt_id = (
                        SELECT MIN(id) FROM attempt WHERE id > ?1 AND session_id = ?2)
                    WHERE id = ?2 AND first_attempt_id = ?1
                    """, arguments: [attemptID, sessionID])
            return itemID
        }
    }

    /// Writes an item's review state. A new row is introduced at `introducedAt`; an existing row keeps the time it
    /// was first seen, so no answer (and no undo) ever changes it.
    static func saveState(
        _ s: ReviewState, learnerID: Int64, bankID: String, itemID: String, introducedAt: Date?, db: Database
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO review_state (learner_id, bank_id, item_id, phase, step, stability, difficulty, due, last_review,
                    reps, lapses, streak, introduced_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (learner_id, bank_id, item_id) DO UPDATE SET phase = excluded.phase, step = excluded.step,
                    stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,
                    last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses,
                    streak = excluded.streak
                """
        ).execute(
            arguments: [
                learnerID, bankID, itemID, s.phase.rawValue, s.step, s.stability, s.difficulty,
                s.due.timeIntervalSince1970,
                s.lastReview?.timeIntervalSince1970, s.reps, s.lapses, s.streak,
                (introducedAt ?? s.lastReview ?? s.due).timeIntervalSince1970,
            ])
    }

    /// A review state from a row's columns, each named `prefix` + the column of `review_state`.
    static func reviewState(from row: Row, prefix: String = "") -> ReviewState? {
        guard let phaseText: String = row[prefix + "phase"], let phase = ReviewState.Phase(rawValue: phaseText),
            let due: Double = row[prefix + "due"]
        else { return nil }
        return ReviewState(
            phase: phase, step: row[prefix + "step"], stability: row[prefix + "stability"],
            difficulty: row[prefix + "difficulty"], due: Date(timeIntervalSince1970: due),
            lastReview: (row[prefix + "last_review"] as Double?).map(Date.init(timeIntervalSince1970:)),
            reps: row[prefix + "reps"] ?? 0, lapses: row[prefix + "lapses"] ?? 0, streak: row[prefix + "streak"] ?? 0)
    }
}
