import Foundation
import LearnerModel
internal import StoreRecords

extension ClinicStore {
    package func plan(learnerID: LearnerID) throws(StoreError) -> [PlanEntry] {
        try connection.run(PlanRows.of(learnerID)).map(PlanRows.entry)
    }

    package func setPlanEntry(_ entry: PlanEntry, learnerID: LearnerID) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.run(PlanRows.set(entry, learnerID: learnerID))
            try appendAuditInTransaction(
                .planChanged, learnerID: learnerID, detail: AuditRows.detail(entry), at: entry.assignedAt)
        }
    }

    package func removePlanEntry(bankID: String, learnerID: LearnerID) throws(StoreError) -> Bool {
        try connection.transaction { () throws(StoreError) -> Bool in
            guard !(try connection.run(PlanRows.remove(bankID: bankID, learnerID: learnerID)).isEmpty) else {
                return false
            }
            try appendAuditInTransaction(
                // not a message: a stored audit detail: the record keeps the words it was written with.
                .planChanged, learnerID: learnerID, detail: "topic \(bankID) taken off the plan",
                at: auditContext.clock())
            return true
        }
    }

    package func banksAnswered(learnerID: LearnerID) throws(StoreError) -> [String] {
        try connection.run(AttemptRows.banks(learnerID)).map { row throws(StoreError) in
            try row.text(required: "bank_id")
        }
    }
}
