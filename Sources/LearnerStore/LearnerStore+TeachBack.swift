import Foundation
internal import GRDB
import LearnerModel
internal import StoreRecords
import Words

extension LearnerStore {
    /// The teach-back table (schema v6): each teaching point a nurse checked, with its session.
    static func v6(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE teach_back (
                    id INTEGER PRIMARY KEY,
                    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
                    learner_id INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
                    bank_id TEXT NOT NULL,
                    point_id TEXT NOT NULL,
                    result TEXT NOT NULL CHECK (result IN ('own-words', 'after-reteaching', 'not-yet', 'skipped')),
                    note TEXT,
                    nurse TEXT NOT NULL,
                    recorded_at REAL NOT NULL
                );
                CREATE INDEX teach_back_learner ON teach_back(learner_id, bank_id, id);
                CREATE INDEX teach_back_session ON teach_back(session_id);
                """)
    }

    public func recordTeachBack(_ record: TeachBackRecord) throws(StoreError) -> TeachBackID {
        try write { db in
            guard let id = try db.value(TeachBackRows.insert(record), as: Int64.self) else {
                throw StoreError.other(path: path, detail: Message("the teach-back result got no id"))
            }
            try self.appendAudit(
                db, .teachBackRecorded, learnerID: record.learnerID, detail: AuditRows.detail(record),
                at: record.recordedAt, nurse: record.nurseID)
            return TeachBackID(id)
        }
    }

    public func removeTeachBack(id: TeachBackID) throws(StoreError) -> Bool {
        try write { db in
            guard let learner = try db.value(TeachBackRows.delete(id), as: Int64.self) else { return false }
            try self.appendAudit(
                // not a message: a stored audit detail: the record keeps the words it was written with.
                db, .teachBackRemoved, learnerID: LearnerID(learner), detail: "result \(id) taken back",
                at: auditContext.clock())
            return true
        }
    }

    public func teachBacks(learnerID: LearnerID, bankID: String?) throws(StoreError) -> [TeachBackRecord] {
        try read { db in
            try db.rows(TeachBackRows.of(learnerID, bankID: bankID)).map { try TeachBackRows.record(self.record($0)) }
        }
    }

    public func pointMisses(learnerID: LearnerID, bankID: String) throws(StoreError) -> [PointMiss] {
        try read { db in
            try db.rows(AttemptRows.misses(learnerID, bankID: bankID)).map { try AttemptRows.miss(self.record($0)) }
        }
    }
}
