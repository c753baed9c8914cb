import Foundation
import LearnerModel

/// A session as the `session` table keeps it.
package struct SessionRow: Sendable {
    package var learnerID: LearnerID
    package var mode: String
    package var section: String?
    package var facilitator: String?
    /// The signed-in nurse's account (schema v10 on a file, v6 on a server).
    package var nurseID: NurseID?
    package var bankID: String?
    package var startedAt: Double
    package var endedAt: Double?
    /// PostgreSQL: for a session copied from a station's file (`db copy`), where it came from, so it is copied once.
    package var copiedFrom: String?

    package init(_ s: NewSession) {
        learnerID = s.learnerID
        mode = s.mode.rawValue
        section = s.section
        facilitator = s.facilitator
        nurseID = s.nurseID
        bankID = s.bankID
        startedAt = s.startedAt.timeIntervalSince1970
    }

    /// A row as read back (another store's, for a copy), given to another learner.
    package init(_ row: some RecordRow, learnerID: LearnerID, copiedFrom: String) throws(StoreError) {
        self.learnerID = learnerID
        mode = try row.text("mode") ?? SessionMode.review.rawValue
        section = try row.text("section")
        facilitator = try row.text("facilitator")
        // A station's accounts are not the server's: a copied session keeps its nurse's name, not verified there.
        nurseID = nil
        bankID = try row.text("bank_id")
        startedAt = try row.double(required: "started_at")
        endedAt = try row.double("ended_at")
        self.copiedFrom = copiedFrom
    }

    /// The table's columns, the one list of them.
    var columns: [Column] {
        [
            Column("learner_id", learnerID.rawValue), Column("mode", mode), Column("section", section),
            Column("facilitator", facilitator), Column("nurse_id", nurseID?.rawValue), Column("bank_id", bankID),
            Column("started_at", startedAt),
        ] + (endedAt.map { [Column("ended_at", $0)] } ?? [])
            + (copiedFrom.map { [Column("copied_from", $0, only: .postgres)] } ?? [])
    }
}

/// The `session` table's statements and rows, once for both stores.
package enum SessionRows {
    /// Starts a session; returns its id (none when it was copied before).
    package static func insert(_ row: SessionRow) -> StoreSQL {
        "\(StoreSQL.insert(into: "session", row.columns)) ON CONFLICT DO NOTHING RETURNING id"
    }

    /// Ends a session. SQLite also closes the range of ids its answers lie in.
    package static func end(_ id: SessionID, at date: Date) -> StoreSQL {
        """
        UPDATE session SET ended_at = \(date.timeIntervalSince1970)\(sqlite: ", last_attempt_id = (SELECT MAX(attempt.id) FROM \(AttemptRows.ofSession(id)))", postgres: "")
        WHERE id = \(id.rawValue)
        """
    }

    /// The learner's sessions since a time, oldest first, each question counted once by its first answer; with a
    /// bank, its sessions and sessions across topics that asked something of it, each counting only its answers.
    package static func summaries(_ learnerID: LearnerID, bankID: String?, since: Date?) -> StoreSQL {
        """
        SELECT session.*, COUNT(first.id) AS attempted,
            COALESCE(SUM(CASE WHEN first.correct THEN 1 ELSE 0 END), 0) AS right_count
        FROM session LEFT JOIN (
            -- The first answer to each question in a session: questions asked again after a miss count once.
            SELECT id, session_id, correct FROM attempt WHERE id IN (
                SELECT MIN(attempt.id) FROM \(AttemptRows.ofLearner(learnerID))
                    AND (\(bankID) IS NULL OR attempt.bank_id = \(bankID))
                GROUP BY attempt.session_id, attempt.bank_id, attempt.item_id)
        ) AS first ON first.session_id = session.id
        WHERE session.learner_id = \(learnerID.rawValue)
            AND session.started_at >= \(since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude)
        GROUP BY session.id
        HAVING \(bankID) IS NULL OR session.bank_id = \(bankID) OR COUNT(first.id) > 0
        ORDER BY session.started_at, session.id
        """
    }

    package static func summary(_ row: some RecordRow) throws(StoreError) -> SessionSummary {
        SessionSummary(
            id: SessionID(try row.int(required: "id")),
            mode: SessionMode(rawValue: try row.text(required: "mode")) ?? .review, bankID: try row.text("bank_id"),
            section: try row.text("section"), facilitator: try row.text("facilitator"),
            startedAt: Date(timeIntervalSince1970: try row.double(required: "started_at")),
            endedAt: try row.double("ended_at").map(Date.init(timeIntervalSince1970:)),
            attempted: Int(try row.int(required: "attempted")), correct: Int(try row.int(required: "right_count")),
            nurseID: try row.int("nurse_id").map { NurseID($0) })
    }
}
