import Foundation
import LearnerModel
internal import StoreRecords
import Words

extension ClinicStore {
    /// One statement, committed before it returns. If the server went away with it sent, the new connection is asked
    /// whether it is there (then it counts once) before it is sent again.
    package func recordTeachBack(_ r: TeachBackRecord) throws(StoreError) -> TeachBackID {
        // The result and its audit event in one transaction: found after a lost reply means both were saved.
        func save() throws(StoreError) -> TeachBackID {
            try connection.transaction { () throws(StoreError) -> TeachBackID in
                let id = try newID(connection.run(TeachBackRows.insert(r)), TeachBackID.self)
                try appendAuditInTransaction(
                    .teachBackRecorded, learnerID: r.learnerID, detail: AuditRows.detail(r), at: r.recordedAt,
                    nurse: r.nurseID)
                return id
            }
        }
        do {
            return try save()
        } catch .serverUnreachable {
            if let id = try connection.run(TeachBackRows.saved(r)).first?.int("id") { return TeachBackID(id) }
            return try save()
        }
    }

    package func removeTeachBack(id: TeachBackID) throws(StoreError) -> Bool {
        try connection.transaction { () throws(StoreError) -> Bool in
            guard let learner = try connection.run(TeachBackRows.delete(id)).first?.int("learner_id") else {
                return false
            }
            try appendAuditInTransaction(
                // not a message: a stored audit detail: the record keeps the words it was written with.
                .teachBackRemoved, learnerID: LearnerID(learner), detail: "result \(id) taken back",
                at: auditContext.clock())
            return true
        }
    }

    package func teachBacks(learnerID: LearnerID, bankID: String?) throws(StoreError) -> [TeachBackRecord] {
        try connection.run(TeachBackRows.of(learnerID, bankID: bankID)).map(TeachBackRows.record)
    }

    package func pointMisses(learnerID: LearnerID, bankID: String) throws(StoreError) -> [PointMiss] {
        try connection.run(AttemptRows.misses(learnerID, bankID: bankID)).map(AttemptRows.miss)
    }

    /// The id a `RETURNING id` gave.
    func newID<Tag>(_ rows: [PostgresRow], _ type: RecordID<Tag>.Type) throws(StoreError) -> RecordID<Tag> {
        guard let id = try rows.first?.int("id") else {
            throw StoreError.other(path: place, detail: Message("the server gave the new row no id"))
        }
        return RecordID(id)
    }
}
