import Foundation
internal import GRDB
import LearnerModel
import Scheduling
internal import StoreRecords
import Words

extension LearnerStore {
    public func reviewStates(learnerID: LearnerID, bankID: String) throws(StoreError) -> [String: ReviewState] {
        try read { db in
            var states: [String: ReviewState] = [:]
            for row in try db.rows(ReviewStateRows.all(learnerID, bankID: bankID)) {
                if let state = try ReviewStateRows.state(self.record(row)) { states[row["item_id"]] = state }
            }
            return states
        }
    }

    public func lastResults(learnerID: LearnerID, bankID: String) throws -> [String: Bool] {
        try read { db in
            Dictionary(
                uniqueKeysWithValues: try db.rows(AttemptRows.lastResults(learnerID, bankID: bankID)).map {
                    ($0["point_id"], $0["correct"])
                })
        }
    }

    public func lapsedItems(learnerID: LearnerID, bankID: String, since: Date) throws -> Set<String> {
        try read { db in
            Set(try db.values(AttemptRows.lapsed(learnerID, bankID: bankID, since: since), as: String.self))
        }
    }

    public func introducedCount(learnerID: LearnerID, bankID: String, since: Date) throws -> Int {
        try read { db in
            try db.value(ReviewStateRows.introducedCount(learnerID, bankID: bankID, since: since), as: Int.self) ?? 0
        }
    }

    public func answerTimes(learnerID: LearnerID, bankID: String) throws -> [String: [Date]] {
        try read { db in
            var times: [String: [Date]] = [:]
            for row in try db.rows(AttemptRows.answerTimes(learnerID, bankID: bankID)) {
                times[row["point_id"], default: []].append(Date(timeIntervalSince1970: row["answered_at"]))
            }
            return times
        }
    }

    public func startSession(_ s: NewSession) throws -> SessionID {
        try write { db in
            guard let id = try db.value(SessionRows.insert(SessionRow(s)), as: Int64.self) else {
                throw StoreError.other(path: path, detail: Message("the new session got no id"))
            }
            // Its audit event, in the same transaction: the answers that follow write none.
            try self.appendAudit(
                db, .sessionStarted, learnerID: s.learnerID, detail: AuditRows.detail(s), at: s.startedAt,
                nurse: s.nurseID)
            return SessionID(id)
        }
    }

    public func endSession(_ id: SessionID, at date: Date) throws {
        try write { db in try db.run(SessionRows.end(id, at: date)) }
    }

    /// Writes the attempt (with the review state it replaced, for undo) and the new review state, in one
    /// transaction synced before it returns: two rows, four b-tree pages (each table and one index on each).
    ///
    /// The state is written only if it is still the one the answer was computed from; if another station (another
    /// process on this computer) changed it meanwhile, the answer is rebased onto that state first
    /// (`AnswerRecord.rebased`), so neither update is lost.
    public func recordAnswer(_ record: AnswerRecord) throws -> AttemptID {
        let id = try write { db in
            var a = record
            if let new = a.newState {
                let row = ReviewStateRow(
                    learnerID: a.learnerID, bankID: a.bankID, pointID: a.pointID, state: new, introducedAt: a.answeredAt
                )
                try db.run(ReviewStateRows.save(row, .unchanged(from: a.previousState)))
                if db.changesCount == 0 {
                    let current = try db.row(ReviewStateRows.state(a.learnerID, a.bankID, a.pointID)).flatMap {
                        try ReviewStateRows.state(self.record($0))
                    }
                    let settings =
                        try db.row(LearnerRows.withID(a.learnerID)).map { try LearnerRows.learner(self.record($0)) }?
                        .settings ?? LearnerSettings()
                    a = a.rebased(onto: current, settings: settings)
                    if let rebased = a.newState {
                        var row = row
                        row.state = rebased
                        try db.run(ReviewStateRows.save(row))
                    }
                }
            }
            try db.run(AttemptRows.insert(AttemptRow(a)))
            let attemptID = db.lastInsertedRowID
            // The session's first answer marks where its answers begin.
            if !sessionsBegun.contains(a.sessionID) {
                try db.cachedStatement(
                    sql: "UPDATE session SET first_attempt_id = ? WHERE id = ? AND first_attempt_id IS NULL"
                ).execute(arguments: [attemptID, a.sessionID.rawValue])
            }
            return AttemptID(attemptID)
        }
        // Only once committed: a failed transaction leaves the session unmarked.
        sessionsBegun.insert(record.sessionID)
        return id
    }

    public func undoLastAnswer(sessionID: SessionID) throws -> String? {
        try write { db in
            guard let attempt = try db.row(AttemptRows.last(ofSession: sessionID)) else { return nil }
            let attemptID: Int64 = attempt["id"]
            let learnerID = LearnerID(attempt["learner_id"])
            let itemID: String = attempt["item_id"]
            let pointID: String = attempt["point_id"] ?? itemID
            let bankID: String = attempt["bank_id"] ?? AttemptRows.builtInBankID
            if attempt["scheduled"] == true {
                if attempt["had_state"] == true,
                    let previous = try ReviewStateRows.state(self.record(attempt), prefix: "prev_")
                {
                    try db.run(
                        ReviewStateRows.save(
                            ReviewStateRow(
                                learnerID: learnerID, bankID: bankID, pointID: pointID, state: previous,
                                introducedAt: nil)))
                } else {
                    try db.run(ReviewStateRows.delete(learnerID, bankID, pointID))
                }
            }
            try db.run(AttemptRows.delete(AttemptID(attemptID)))
            sessionsBegun.remove(sessionID)
            // A session whose first answer was taken back begins at its next answer (its id may be reused).
            try db.execute(
                sql: """
                    UPDATE session SET first_attempt_id = (
                        SELECT MIN(id) FROM attempt WHERE id > ?1 AND session_id = ?2)
                    WHERE id = ?2 AND first_attempt_id = ?1
                    """, arguments: [attemptID, sessionID.rawValue])
            return itemID
        }
    }

    /// A GRDB row as the records read it.
    func record(_ row: Row) -> SQLiteRow { SQLiteRow(row: row, place: path) }
}

extension LearnerStore {
    /// Writes one review state as it is (no answer): for tests that start from a learner's history.
    package func saveReviewState(
        _ state: ReviewState, learnerID: LearnerID, bankID: String, pointID: String, introducedAt: Date?
    ) throws(StoreError) {
        try write { db in
            try db.run(
                ReviewStateRows.save(
                    ReviewStateRow(
                        learnerID: learnerID, bankID: bankID, pointID: pointID, state: state,
                        introducedAt: introducedAt)))
        }
    }
}
