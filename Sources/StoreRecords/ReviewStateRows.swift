import Foundation
import LearnerModel
import Scheduling

/// A learner's review state of one teaching point, as the `review_state` table keeps it.
package struct ReviewStateRow: Sendable, Equatable {
    package var learnerID: LearnerID
    package var bankID: String
    /// The teaching point (the column is still called `item_id`: points were items before schema v3).
    package var pointID: String
    package var state: ReviewState
    /// When the point was first seen: kept by every later write.
    package var introducedAt: Date

    package init(learnerID: LearnerID, bankID: String, pointID: String, state: ReviewState, introducedAt: Date?) {
        self.learnerID = learnerID
        self.bankID = bankID
        self.pointID = pointID
        self.state = state
        self.introducedAt = introducedAt ?? state.lastReview ?? state.due
    }

    /// The table's columns, the one list of them.
    var columns: [Column] {
        [
            Column("learner_id", learnerID.rawValue), Column("bank_id", bankID), Column("item_id", pointID),
            Column("phase", state.phase.rawValue), Column("step", state.step), Column("stability", state.stability),
            Column("difficulty", state.difficulty), Column("due", state.due.timeIntervalSince1970),
            Column("last_review", state.lastReview?.timeIntervalSince1970), Column("reps", state.reps),
            Column("lapses", state.lapses), Column("streak", state.streak),
            Column("introduced_at", introducedAt.timeIntervalSince1970),
        ]
    }
}

/// The `review_state` table's statements and rows, once for both stores.
package enum ReviewStateRows {
    /// When an upsert may change a row that is there.
    package enum Condition: Sendable {
        /// Whatever it holds.
        case always
        /// Only while it is still `expected` (nil: no row, a point never seen), the state an answer was computed
        /// from; else nothing is written.
        case unchanged(from: ReviewState?)
        /// Never: a row already there is kept (a copy).
        case never
    }

    /// Writes a review state. A new row is introduced at its `introducedAt`; a row already there keeps the time it
    /// was first seen, so no answer (and no undo) ever changes it. On PostgreSQL it returns a row when it wrote one;
    /// SQLite's `changes()` says the same.
    package static func save(_ row: ReviewStateRow, _ condition: Condition = .always) -> StoreSQL {
        let insert = StoreSQL.insert(into: "review_state", row.columns)
        switch condition {
        case .never:
            let sql: StoreSQL = "\(insert) ON CONFLICT (learner_id, bank_id, item_id) DO NOTHING"
            return sql.shaped("review_state.keep")
        case .always:
            let sql: StoreSQL = """
                \(insert) ON CONFLICT (learner_id, bank_id, item_id) DO UPDATE SET \(updates(row))\(dialect: { $0.returning("1") })
                """
            return sql.shaped("review_state.save")
        case .unchanged(let expected):
            let sql: StoreSQL = """
                \(insert) ON CONFLICT (learner_id, bank_id, item_id) DO UPDATE SET \(updates(row))
                WHERE \(expected != nil) AND review_state.due \(isSame) \(expected?.due.timeIntervalSince1970)
                    AND review_state.reps \(isSame) \(expected?.reps)
                    AND review_state.last_review \(isSame) \(expected?.lastReview?.timeIntervalSince1970)
                    AND review_state.stability \(isSame) \(expected?.stability)
                    AND review_state.phase \(isSame) \(expected?.phase.rawValue)\(dialect: { $0.returning("1") })
                """
            return sql.shaped("review_state.save-unchanged")
        }
    }

    /// The table's column names, in the order of `ReviewStateRow.columns`.
    static let columnNames = ReviewStateRow(
        learnerID: 0, bankID: "", pointID: "", state: ReviewState(due: Date(timeIntervalSince1970: 0)),
        introducedAt: nil
    ).columns.map(\.name)

    /// `INSERT INTO review_state (columns) SELECT values` for rows made by a query (a benchmark's many rows): a
    /// column without an expression is NULL. The query's `FROM` follows.
    package static func insertSelecting(_ expressions: [String: StoreSQL]) -> StoreSQL {
        "INSERT INTO review_state (\(raw: columnNames.joined(separator: ", "))) SELECT \(StoreSQL.joined(columnNames.map { expressions[$0] ?? "NULL" }, separator: ", "))"
    }

    /// A benchmark's review states, learner `i` and item `j` from the query, at time `t`: in Review, due dates spread
    /// from 30 days ago to a year ahead, so about 8% are due.
    package static func benchmarkValues(t: Double) -> [String: StoreSQL] {
        [
            "learner_id": "i", "bank_id": "'benchmark'", "item_id": "'item-' || j", "phase": "'Review'",
            "stability": "10.0", "difficulty": "5.0",
            "due": "\(t) + ((i * 7919 + j * 104729) % 395) * 86400.0 - 30 * 86400.0",
            "last_review": "\(t) - 86400.0", "reps": "3", "lapses": "0", "streak": "3",
            "introduced_at": "\(t) - 86400.0 * 30",
        ]
    }

    static func updates(_ row: ReviewStateRow) -> StoreSQL {
        .updateFromExcluded(row.columns, except: ["learner_id", "bank_id", "item_id", "introduced_at"])
    }

    static let isSame: StoreSQL = .dialect { $0.isSameAs }

    static func key(_ learnerID: LearnerID, _ bankID: String, _ pointID: String) -> StoreSQL {
        "learner_id = \(learnerID.rawValue) AND bank_id = \(bankID) AND item_id = \(pointID)"
    }

    /// One point's state, locked until the transaction ends.
    package static func state(_ learnerID: LearnerID, _ bankID: String, _ pointID: String) -> StoreSQL {
        "SELECT * FROM review_state WHERE \(key(learnerID, bankID, pointID))\(dialect: { $0.forUpdate })"
    }

    package static func delete(_ learnerID: LearnerID, _ bankID: String, _ pointID: String) -> StoreSQL {
        "DELETE FROM review_state WHERE \(key(learnerID, bankID, pointID))"
    }

    package static func all(_ learnerID: LearnerID, bankID: String) -> StoreSQL {
        "SELECT * FROM review_state WHERE learner_id = \(learnerID.rawValue) AND bank_id = \(bankID)"
    }

    package static func introducedCount(_ learnerID: LearnerID, bankID: String, since: Date) -> StoreSQL {
        """
        SELECT COUNT(*) AS n FROM review_state WHERE learner_id = \(learnerID.rawValue) AND bank_id = \(bankID)
            AND introduced_at >= \(since.timeIntervalSince1970)
        """
    }

    /// Points due at `date`, soonest first (the (learner_id, bank_id, due) index).
    package static func due(_ learnerID: LearnerID, bankID: String, at date: Date, limit: Int) -> StoreSQL {
        """
        SELECT item_id FROM review_state WHERE learner_id = \(learnerID.rawValue) AND bank_id = \(bankID)
            AND due <= \(date.timeIntervalSince1970) ORDER BY due LIMIT \(limit)
        """
    }

    /// A review state from a row's columns, each named `prefix` + the column of `review_state` (an attempt keeps
    /// the state it replaced as `prev_…`); nil when the row has none.
    package static func state(_ row: some RecordRow, prefix: String = "") throws(StoreError) -> ReviewState? {
        guard let phaseText = try row.text(prefix + "phase"), let phase = ReviewState.Phase(rawValue: phaseText),
            let due = try row.double(prefix + "due")
        else { return nil }
        return ReviewState(
            phase: phase, step: try row.int(prefix + "step").map(Int.init),
            stability: try row.double(prefix + "stability"),
            difficulty: try row.double(prefix + "difficulty"), due: Date(timeIntervalSince1970: due),
            lastReview: try row.double(prefix + "last_review").map(Date.init(timeIntervalSince1970:)),
            reps: Int(try row.int(prefix + "reps") ?? 0), lapses: Int(try row.int(prefix + "lapses") ?? 0),
            streak: Int(try row.int(prefix + "streak") ?? 0))
    }

    /// A whole row (for a copy); nil when it holds no state.
    package static func row(_ row: some RecordRow, learnerID: LearnerID) throws(StoreError) -> ReviewStateRow? {
        guard let state = try state(row) else { return nil }
        return ReviewStateRow(
            learnerID: learnerID, bankID: try row.text("bank_id") ?? AttemptRows.builtInBankID,
            pointID: try row.text(required: "item_id"), state: state,
            introducedAt: try row.double("introduced_at").map(Date.init(timeIntervalSince1970:)))
    }
}
