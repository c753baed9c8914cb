import Foundation
import LearnerModel
import Scheduling

/// One answer as the `attempt` table keeps it: the answer, and the review state it replaced (for undo).
package struct AttemptRow: Sendable {
    package var sessionID: SessionID
    package var learnerID: LearnerID
    package var bankID: String
    package var itemID: String
    package var pointID: String
    package var itemVersion: String
    package var section: String
    package var chosen: Int
    package var chosenText: String
    package var correct: Bool
    package var confidence: String?
    package var responseMilliseconds: Int
    package var answeredAt: Double
    package var rating: Int
    /// Whether the answer moved the schedule (not in an exam).
    package var scheduled: Bool
    /// Whether the point had a state before (nil when the schedule did not move).
    package var hadState: Bool?
    /// The state the answer replaced, when it moved the schedule.
    package var previous: ReviewState?

    /// The row an answer writes.
    package init(_ a: AnswerRecord) {
        sessionID = a.sessionID
        learnerID = a.learnerID
        bankID = a.bankID
        itemID = a.itemID
        pointID = a.pointID
        itemVersion = a.itemVersion
        section = a.section
        chosen = a.chosen
        chosenText = a.chosenText
        correct = a.correct
        confidence = a.confidence?.rawValue
        responseMilliseconds = a.responseMilliseconds
        answeredAt = a.answeredAt.timeIntervalSince1970
        rating = a.rating.rawValue
        scheduled = a.newState != nil
        previous = scheduled ? a.previousState : nil
        hadState = scheduled ? previous != nil : nil
    }

    /// A row as read back (another store's, for a copy), given to another session and learner. Every column the
    /// table has always had NOT NULL is required; `point_id` (schema v3) and `bank_id` (v5) are absent from older
    /// rows, which were the item's own point and the built-in bank.
    package init(_ row: some RecordRow, sessionID: SessionID, learnerID: LearnerID) throws(StoreError) {
        self.sessionID = sessionID
        self.learnerID = learnerID
        bankID = try row.text("bank_id") ?? AttemptRows.builtInBankID
        itemID = try row.text(required: "item_id")
        pointID = try row.text("point_id") ?? itemID
        itemVersion = try row.text(required: "item_version")
        section = try row.text(required: "section")
        chosen = Int(try row.int(required: "chosen"))
        chosenText = try row.text(required: "chosen_text")
        correct = try row.bool(required: "correct")
        confidence = try row.text("confidence")
        responseMilliseconds = Int(try row.int(required: "response_ms"))
        answeredAt = try row.double(required: "answered_at")
        rating = Int(try row.int(required: "rating"))
        scheduled = try row.bool(required: "scheduled")
        hadState = try row.bool("had_state")
        previous = try ReviewStateRows.state(row, prefix: "prev_")
    }

    /// The table's columns, the one list of them.
    var columns: [Column] {
        [
            Column("session_id", sessionID.rawValue), Column("learner_id", learnerID.rawValue),
            Column("bank_id", bankID), Column("item_id", itemID), Column("point_id", pointID),
            Column("item_version", itemVersion), Column("section", section), Column("chosen", chosen),
            Column("chosen_text", chosenText), Column("correct", correct), Column("confidence", confidence),
            Column("response_ms", responseMilliseconds), Column("answered_at", answeredAt), Column("rating", rating),
            Column("scheduled", scheduled), Column("had_state", hadState),
            Column("prev_phase", previous?.phase.rawValue), Column("prev_step", previous?.step),
            Column("prev_stability", previous?.stability), Column("prev_difficulty", previous?.difficulty),
            Column("prev_due", previous?.due.timeIntervalSince1970),
            Column("prev_last_review", previous?.lastReview?.timeIntervalSince1970),
            Column("prev_reps", previous?.reps), Column("prev_lapses", previous?.lapses),
            Column("prev_streak", previous?.streak),
        ]
    }
}

/// The `attempt` table's statements and rows, once for both stores.
///
/// SQLite finds a learner's or a session's answers by the range of ids kept on each session's row (schema v4: an
/// answer writes one index fewer); PostgreSQL by its index on `learner_id`. `ofLearner` and `ofSession` are that
/// difference; every statement is written once around them.
package enum AttemptRows {
    /// The bank every history row belongs to when nothing else says (the built-in bank: the only one before SQLite's
    /// schema v5).
    package static let builtInBankID = "immunotherapy-recurrence"

    /// Writes an answer; returns its id (PostgreSQL; SQLite reads the last row id). With `onlyIf`, only when that
    /// condition (an SQL expression) holds, and returning its id on both.
    package static func insert(_ row: AttemptRow, onlyIf condition: StoreSQL? = nil) -> StoreSQL {
        guard let condition else {
            let sql: StoreSQL = "\(StoreSQL.insert(into: "attempt", row.columns))\(dialect: { $0.returning("id") })"
            return sql.shaped("attempt.insert")
        }
        return """
            INSERT INTO attempt \(StoreSQL.columnList(row.columns)) SELECT \(StoreSQL.values(row.columns)) WHERE \(condition)
            RETURNING id
            """
    }

    /// `FROM` the answers of the learner whose id is in `column` (a correlated subquery's), with `WHERE` open.
    static func ofLearner(column: String) -> StoreSQL {
        """
        \(sqlite: "\(raw: sessionRange) WHERE session.learner_id = \(raw: column)", postgres: "attempt WHERE attempt.learner_id = \(raw: column)")
        """
    }

    /// `FROM` the learner's answers, with `WHERE` open.
    static func ofLearner(_ id: LearnerID) -> StoreSQL {
        """
        \(sqlite: "\(raw: sessionRange) WHERE session.learner_id = \(id.rawValue)", postgres: "attempt WHERE attempt.learner_id = \(id.rawValue)")
        """
    }

    /// `FROM` the session's answers, with `WHERE` open.
    static func ofSession(_ id: SessionID) -> StoreSQL {
        """
        \(sqlite: "\(raw: sessionRange) WHERE session.id = \(id.rawValue)", postgres: "attempt WHERE attempt.session_id = \(id.rawValue)")
        """
    }

    /// SQLite: each session's answers lie between its first answer's id and its last's (open while it runs).
    static let sessionRange = """
        session JOIN attempt ON attempt.id BETWEEN session.first_attempt_id
            AND COALESCE(session.last_attempt_id, 9223372036854775807) AND attempt.session_id = session.id
        """

    /// The session's last answer, locked until the transaction ends.
    package static func last(ofSession id: SessionID) -> StoreSQL {
        "SELECT attempt.* FROM \(ofSession(id)) ORDER BY attempt.id DESC LIMIT 1\(dialect: { $0.forUpdate })"
    }

    package static func withID(_ id: AttemptID) -> StoreSQL {
        "SELECT * FROM attempt WHERE id = \(id.rawValue)\(dialect: { $0.forUpdate })"
    }

    package static func delete(_ id: AttemptID) -> StoreSQL { "DELETE FROM attempt WHERE id = \(id.rawValue)" }

    /// The answer's row if the store has it (an answer is its session, its time and its question).
    package static func saved(_ a: AnswerRecord) -> StoreSQL {
        """
        SELECT id FROM attempt WHERE session_id = \(a.sessionID.rawValue)
            AND answered_at = \(a.answeredAt.timeIntervalSince1970) AND item_id = \(a.itemID) ORDER BY id LIMIT 1
        """
    }

    /// Each teaching point's last answer in the bank: right or wrong.
    package static func lastResults(_ learnerID: LearnerID, bankID: String) -> StoreSQL {
        """
        SELECT point_id, correct FROM attempt WHERE id IN (
            SELECT MAX(attempt.id) FROM \(ofLearner(learnerID)) AND attempt.bank_id = \(bankID)
            GROUP BY attempt.point_id)
        """
    }

    /// Points forgotten (rated Again from Review) since `since`.
    package static func lapsed(_ learnerID: LearnerID, bankID: String, since: Date) -> StoreSQL {
        """
        SELECT DISTINCT attempt.point_id FROM \(ofLearner(learnerID))
            AND attempt.answered_at >= \(since.timeIntervalSince1970) AND attempt.scheduled AND attempt.rating = 1
            AND attempt.prev_phase = 'Review' AND attempt.bank_id = \(bankID)
        """
    }

    /// When each point was answered with the schedule moving, oldest first.
    package static func answerTimes(_ learnerID: LearnerID, bankID: String) -> StoreSQL {
        """
        SELECT attempt.point_id, attempt.answered_at FROM \(ofLearner(learnerID))
            AND attempt.bank_id = \(bankID) AND attempt.scheduled
        ORDER BY attempt.id
        """
    }

    /// The learner's answers (in one bank, or all) since a time, oldest first.
    package static func of(_ learnerID: LearnerID, bankID: String?, since: Date?) -> StoreSQL {
        """
        SELECT attempt.* FROM \(ofLearner(learnerID))
            AND attempt.answered_at >= \(since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude)
            AND (\(bankID) IS NULL OR attempt.bank_id = \(bankID))
        ORDER BY attempt.id
        """
    }

    package static let all: StoreSQL = "SELECT * FROM attempt ORDER BY session_id, id"

    /// The banks the learner answered in, in the order first answered.
    package static func banks(_ learnerID: LearnerID) -> StoreSQL {
        "SELECT attempt.bank_id FROM \(ofLearner(learnerID)) GROUP BY attempt.bank_id ORDER BY MIN(attempt.id)"
    }

    /// Each session in which a point of the bank was missed, with the first miss's time.
    package static func misses(_ learnerID: LearnerID, bankID: String) -> StoreSQL {
        """
        SELECT attempt.point_id, attempt.session_id, MIN(attempt.answered_at) AS at
        FROM \(ofLearner(learnerID)) AND attempt.bank_id = \(bankID) AND NOT attempt.correct
        GROUP BY attempt.session_id, attempt.point_id ORDER BY at, attempt.point_id
        """
    }

    package static func attempt(_ row: some RecordRow) throws(StoreError) -> StoredAttempt {
        StoredAttempt(
            id: AttemptID(try row.int(required: "id")), sessionID: SessionID(try row.int(required: "session_id")),
            bankID: try row.text("bank_id") ?? builtInBankID, itemID: try row.text(required: "item_id"),
            itemVersion: try row.text(required: "item_version"), section: try row.text(required: "section"),
            chosen: Int(try row.int(required: "chosen")), chosenText: try row.text(required: "chosen_text"),
            correct: try row.bool(required: "correct"), confidence: try row.text("confidence"),
            responseMilliseconds: Int(try row.int(required: "response_ms")),
            answeredAt: Date(timeIntervalSince1970: try row.double(required: "answered_at")))
    }

    package static func miss(_ row: some RecordRow) throws(StoreError) -> PointMiss {
        PointMiss(
            pointID: try row.text(required: "point_id"), sessionID: SessionID(try row.int(required: "session_id")),
            at: Date(timeIntervalSince1970: try row.double(required: "at")))
    }
}
