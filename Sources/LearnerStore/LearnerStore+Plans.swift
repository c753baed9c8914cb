import Foundation
import GRDB
import LearnerModel
import Scheduling

extension LearnerStore {
    public func plan(learnerID: Int64) throws(StoreError) -> [PlanEntry] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM plan WHERE learner_id = ? ORDER BY position",
                arguments: [learnerID]
            ).map { row in
                PlanEntry(
                    bankID: row["bank_id"], readyBy: (row["ready_by"] as String?).flatMap { CalendarDay($0) },
                    assignedAt: Date(timeIntervalSince1970: row["assigned_at"]), assignedBy: row["assigned_by"])
            }
        }
    }

    /// Adds the topic, or changes its date and nurse; a topic keeps the time it was first assigned.
    public func setPlanEntry(_ entry: PlanEntry, learnerID: Int64) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO plan (learner_id, bank_id, ready_by, assigned_at, assigned_by, position)
                    VALUES (?1, ?2, ?3, ?4, ?5, (SELECT COALESCE(MAX(position), 0) + 1 FROM plan WHERE learner_id = ?1))
                    ON CONFLICT (learner_id, bank_id) DO UPDATE SET ready_by = excluded.ready_by,
                        assigned_by = COALESCE(excluded.assigned_by, plan.assigned_by)
                    """,
                arguments: [
                    learnerID, entry.bankID, entry.readyBy?.description, entry.assignedAt.timeIntervalSince1970,
                    entry.assignedBy,
                ])
        }
    }

    public func removePlanEntry(bankID: String, learnerID: Int64) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(
                sql: "DELETE FROM plan WHERE learner_id = ? AND bank_id = ?", arguments: [learnerID, bankID])
            return db.changesCount > 0
        }
    }

    public func banksAnswered(learnerID: Int64) throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT attempt.bank_id FROM \(Self.attemptsOfSessions(where: "session.learner_id = ?"))
                    GROUP BY attempt.bank_id ORDER BY MIN(attempt.id)
                    """, arguments: [learnerID])
        }
    }
}
