import Foundation
import LearnerModel
import Scheduling

/// The `plan` table's statements and rows, once for both stores.
package enum PlanRows {
    /// The table's columns, the one list of them; a new entry goes after the learner's others unless `position`
    /// says where (a copy).
    static func columns(_ entry: PlanEntry, learnerID: LearnerID, position: Int?) -> [Column] {
        [
            Column("learner_id", learnerID.rawValue), Column("bank_id", entry.bankID),
            Column("ready_by", entry.readyBy?.description),
            Column("assigned_at", entry.assignedAt.timeIntervalSince1970),
            Column("assigned_by", entry.assignedBy), Column("nurse_id", entry.assignedByID?.rawValue),
            position.map { Column("position", $0) }
                ?? Column(
                    "position",
                    expression:
                        "(SELECT COALESCE(MAX(position), 0) + 1 FROM plan WHERE learner_id = \(learnerID.rawValue))"),
        ]
    }

    /// Adds the topic, or changes its date and nurse; a topic keeps the time it was first assigned.
    package static func set(_ entry: PlanEntry, learnerID: LearnerID) -> StoreSQL {
        """
        \(StoreSQL.insert(into: "plan", columns(entry, learnerID: learnerID, position: nil)))
        ON CONFLICT (learner_id, bank_id) DO UPDATE SET ready_by = excluded.ready_by,
            assigned_by = COALESCE(excluded.assigned_by, plan.assigned_by),
            nurse_id = CASE WHEN excluded.assigned_by IS NULL THEN plan.nurse_id ELSE excluded.nurse_id END
        """
    }

    /// Adds the topic at `position` unless it is on the plan already (a copy).
    package static func insertKeeping(_ entry: PlanEntry, learnerID: LearnerID, position: Int) -> StoreSQL {
        """
        \(StoreSQL.insert(into: "plan", columns(entry, learnerID: learnerID, position: position)))
        ON CONFLICT (learner_id, bank_id) DO NOTHING
        """
    }

    package static func remove(bankID: String, learnerID: LearnerID) -> StoreSQL {
        "DELETE FROM plan WHERE learner_id = \(learnerID.rawValue) AND bank_id = \(bankID) RETURNING bank_id"
    }

    package static func of(_ learnerID: LearnerID) -> StoreSQL {
        "SELECT * FROM plan WHERE learner_id = \(learnerID.rawValue) ORDER BY position"
    }

    /// An entry as read back from another store, for a copy: a station's accounts are not the server's, so it keeps
    /// the nurse's name, not verified there.
    package static func copiedEntry(_ row: some RecordRow) throws(StoreError) -> PlanEntry {
        var entry = try entry(row)
        entry.assignedByID = nil
        return entry
    }

    package static func entry(_ row: some RecordRow) throws(StoreError) -> PlanEntry {
        PlanEntry(
            bankID: try row.text(required: "bank_id"), readyBy: try row.text("ready_by").flatMap { CalendarDay($0) },
            assignedAt: Date(timeIntervalSince1970: try row.double(required: "assigned_at")),
            assignedBy: try row.text("assigned_by"), assignedByID: try row.int("nurse_id").map { NurseID($0) })
    }
}
