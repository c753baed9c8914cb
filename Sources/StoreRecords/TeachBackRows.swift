import Foundation
import LearnerModel

/// The `teach_back` table's statements and rows, once for both stores.
package enum TeachBackRows {
    /// The table's columns, the one list of them.
    static func columns(_ r: TeachBackRecord) -> [Column] {
        [
            Column("session_id", r.sessionID.rawValue), Column("learner_id", r.learnerID.rawValue),
            Column("bank_id", r.bankID), Column("point_id", r.pointID), Column("result", r.result.rawValue),
            Column("note", r.note), Column("nurse", r.nurse), Column("nurse_id", r.nurseID?.rawValue),
            Column("recorded_at", r.recordedAt.timeIntervalSince1970),
        ]
    }

    /// Saves a result; returns its id.
    package static func insert(_ r: TeachBackRecord) -> StoreSQL {
        "\(StoreSQL.insert(into: "teach_back", columns(r))) RETURNING id"
    }

    /// The result's row if the store has it (a result is its session, its point and its time).
    package static func saved(_ r: TeachBackRecord) -> StoreSQL {
        """
        SELECT id FROM teach_back WHERE session_id = \(r.sessionID.rawValue) AND point_id = \(r.pointID)
            AND recorded_at = \(r.recordedAt.timeIntervalSince1970)
        """
    }

    /// Takes a result back; returns its learner (no row when there was none).
    package static func delete(_ id: TeachBackID) -> StoreSQL {
        "DELETE FROM teach_back WHERE id = \(id.rawValue) RETURNING learner_id"
    }

    package static func of(_ learnerID: LearnerID, bankID: String?) -> StoreSQL {
        """
        SELECT * FROM teach_back WHERE learner_id = \(learnerID.rawValue) AND (\(bankID) IS NULL OR bank_id = \(bankID))
        ORDER BY id
        """
    }

    package static func record(_ row: some RecordRow) throws(StoreError) -> TeachBackRecord {
        TeachBackRecord(
            id: TeachBackID(try row.int(required: "id")), learnerID: LearnerID(try row.int(required: "learner_id")),
            sessionID: SessionID(try row.int(required: "session_id")), bankID: try row.text(required: "bank_id"),
            pointID: try row.text(required: "point_id"),
            result: TeachBackResult(rawValue: try row.text(required: "result")) ?? .skipped, note: try row.text("note"),
            nurse: try row.text(required: "nurse"),
            recordedAt: Date(timeIntervalSince1970: try row.double(required: "recorded_at")),
            nurseID: try row.int("nurse_id").map { NurseID($0) })
    }

    /// A result as read back (another store's, for a copy), given to another session and learner.
    package static func copy(_ row: some RecordRow, sessionID: SessionID, learnerID: LearnerID) throws(StoreError)
        -> TeachBackRecord
    {
        TeachBackRecord(
            learnerID: learnerID, sessionID: sessionID, bankID: try row.text(required: "bank_id"),
            pointID: try row.text(required: "point_id"),
            result: TeachBackResult(rawValue: try row.text(required: "result")) ?? .skipped, note: try row.text("note"),
            nurse: try row.text(required: "nurse"),
            recordedAt: Date(timeIntervalSince1970: try row.double(required: "recorded_at")))
    }
}
