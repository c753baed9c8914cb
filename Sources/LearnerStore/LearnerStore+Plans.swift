import Foundation
internal import GRDB
import LearnerModel
import Scheduling
internal import StoreRecords

extension LearnerStore {
    public func plan(learnerID: LearnerID) throws(StoreError) -> [PlanEntry] {
        try read { db in try db.rows(PlanRows.of(learnerID)).map { try PlanRows.entry(self.record($0)) } }
    }

    /// Adds the topic, or changes its date and nurse; a topic keeps the time it was first assigned.
    public func setPlanEntry(_ entry: PlanEntry, learnerID: LearnerID) throws(StoreError) {
        try write { db in
            try db.run(PlanRows.set(entry, learnerID: learnerID))
            try self.appendAudit(
                db, .planChanged, learnerID: learnerID, detail: AuditRows.detail(entry), at: entry.assignedAt)
        }
    }

    public func removePlanEntry(bankID: String, learnerID: LearnerID) throws(StoreError) -> Bool {
        try write { db in
            guard try db.value(PlanRows.remove(bankID: bankID, learnerID: learnerID), as: String.self) != nil else {
                return false
            }
            try self.appendAudit(
                // not a message: a stored audit detail: the record keeps the words it was written with.
                db, .planChanged, learnerID: learnerID, detail: "topic \(bankID) taken off the plan",
                at: auditContext.clock())
            return true
        }
    }

    public func banksAnswered(learnerID: LearnerID) throws(StoreError) -> [String] {
        try read { db in try db.values(AttemptRows.banks(learnerID), as: String.self) }
    }
}
