import Foundation
import LearnerModel
internal import StoreRecords

extension ClinicStore {
    package func plan(learnerID: LearnerID) throws(StoreError) -> [PlanEntry] {
        try connection.run(PlanRows.of(learnerID)).map(PlanRows.entry)
    }

    package func setPlanEntry(_ entry: PlanEntry, learnerID: LearnerID) throws(StoreError) {
        try connection.run(PlanRows.set(entry, learnerID: learnerID))
    }

    package func removePlanEntry(bankID: String, learnerID: LearnerID) throws(StoreError) -> Bool {
        !(try connection.run(PlanRows.remove(bankID: bankID, learnerID: learnerID)).isEmpty)
    }

    package func banksAnswered(learnerID: LearnerID) throws(StoreError) -> [String] {
        try connection.run(AttemptRows.banks(learnerID)).map { row throws(StoreError) in
            try row.text(required: "bank_id")
        }
    }
}
