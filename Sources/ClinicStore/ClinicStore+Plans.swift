import Foundation
import LearnerModel
import StoreRecords

extension ClinicStore {
    public func plan(learnerID: LearnerID) throws(StoreError) -> [PlanEntry] {
        try connection.run(PlanRows.of(learnerID)).map(PlanRows.entry)
    }

    public func setPlanEntry(_ entry: PlanEntry, learnerID: LearnerID) throws(StoreError) {
        try connection.run(PlanRows.set(entry, learnerID: learnerID))
    }

    public func removePlanEntry(bankID: String, learnerID: LearnerID) throws(StoreError) -> Bool {
        !(try connection.run(PlanRows.remove(bankID: bankID, learnerID: learnerID)).isEmpty)
    }

    public func banksAnswered(learnerID: LearnerID) throws(StoreError) -> [String] {
        try connection.run(AttemptRows.banks(learnerID)).map { row throws(StoreError) in
            try row.text(required: "bank_id")
        }
    }
}
