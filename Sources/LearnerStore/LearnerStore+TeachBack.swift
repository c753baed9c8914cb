import Foundation
import GRDB
import LearnerModel

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

    public func recordTeachBack(_ record: TeachBackRecord) throws(StoreError) -> Int64 {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO teach_back (session_id, learner_id, bank_id, point_id, result, note, nurse, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    record.sessionID, record.learnerID, record.bankID, record.pointID, record.result.rawValue,
                    record.note, record.nurse, record.recordedAt.timeIntervalSince1970,
                ])
            return db.lastInsertedRowID
        }
    }

    public func removeTeachBack(id: Int64) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM teach_back WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    public func teachBacks(learnerID: Int64, bankID: String?) throws(StoreError) -> [TeachBackRecord] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM teach_back WHERE learner_id = ?1 AND (?2 IS NULL OR bank_id = ?2) ORDER BY id
                    """, arguments: [learnerID, bankID]
            ).map { row in
                TeachBackRecord(
                    id: row["id"], learnerID: row["learner_id"], sessionID: row["session_id"], bankID: row["bank_id"],
                    pointID: row["point_id"], result: TeachBackResult(rawValue: row["result"]) ?? .skipped,
                    note: row["note"], nurse: row["nurse"],
                    recordedAt: Date(timeIntervalSince1970: row["recorded_at"]))
            }
        }
    }

    public func pointMisses(learnerID: Int64, bankID: String) throws(StoreError) -> [PointMiss] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT attempt.point_id, attempt.session_id, MIN(attempt.answered_at) AS at
                    FROM \(Self.attemptsOfSessions(where: "session.learner_id = ?")) AND attempt.bank_id = ?
                        AND NOT attempt.correct
                    GROUP BY attempt.session_id, attempt.point_id ORDER BY at, attempt.point_id
                    """, arguments: [learnerID, bankID]
            ).map { row in
                PointMiss(
                    pointID: row["point_id"], sessionID: row["session_id"],
                    at: Date(timeIntervalSince1970: row["at"]))
            }
        }
    }
}
