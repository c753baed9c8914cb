import Foundation
import LearnerModel
internal import StoreRecords

extension ClinicStore {
    /// One statement, committed before it returns. If the server went away with it sent, the new connection is asked
    /// whether it is there (then it counts once) before it is sent again.
    package func recordTeachBack(_ r: TeachBackRecord) throws(StoreError) -> TeachBackID {
        do {
            return try newID(connection.run(TeachBackRows.insert(r)), TeachBackID.self)
        } catch .serverUnreachable {
            if let id = try connection.run(TeachBackRows.saved(r)).first?.int("id") { return TeachBackID(id) }
            return try newID(connection.run(TeachBackRows.insert(r)), TeachBackID.self)
        }
    }

    package func removeTeachBack(id: TeachBackID) throws(StoreError) -> Bool {
        !(try connection.run(TeachBackRows.delete(id)).isEmpty)
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
            throw StoreError.other(path: place, detail: "the server gave the new row no id")
        }
        return RecordID(id)
    }
}
