import Foundation
import LearnerModel

extension ClinicStore {
    /// The teach-back table (schema v2): each teaching point a nurse checked, with its session.
    static let schemaV2 = """
        CREATE TABLE teach_back (
            id BIGSERIAL PRIMARY KEY,
            session_id BIGINT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            learner_id BIGINT NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
            bank_id TEXT NOT NULL,
            point_id TEXT NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('own-words', 'after-reteaching', 'not-yet', 'skipped')),
            note TEXT,
            nurse TEXT NOT NULL,
            recorded_at DOUBLE PRECISION NOT NULL
        );
        CREATE INDEX teach_back_learner ON teach_back(learner_id, bank_id, id);
        CREATE INDEX teach_back_session ON teach_back(session_id)
        """

    /// One statement, committed before it returns. If the server went away with it sent, the new connection is asked
    /// whether it is there (then it counts once) before it is sent again.
    public func recordTeachBack(_ r: TeachBackRecord) throws(StoreError) -> Int64 {
        let binds: [Bind] = [
            .int(r.sessionID), .int(r.learnerID), .text(r.bankID), .text(r.pointID), .text(r.result.rawValue),
            .text(r.note), .text(r.nurse), .double(r.recordedAt.timeIntervalSince1970),
        ]
        let insert = """
            INSERT INTO teach_back (session_id, learner_id, bank_id, point_id, result, note, nurse, recorded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
            """
        do {
            return try connection.run(insert, binds).first?.int("id") ?? 0
        } catch .serverUnreachable {
            let found = try connection.run(
                "SELECT id FROM teach_back WHERE session_id = $1 AND point_id = $2 AND recorded_at = $3",
                [.int(r.sessionID), .text(r.pointID), .double(r.recordedAt.timeIntervalSince1970)])
            if let id = try found.first?.int("id") { return id }
            return try connection.run(insert, binds).first?.int("id") ?? 0
        }
    }

    public func removeTeachBack(id: Int64) throws(StoreError) -> Bool {
        !(try connection.run("DELETE FROM teach_back WHERE id = $1 RETURNING id", [.int(id)]).isEmpty)
    }

    public func teachBacks(learnerID: Int64, bankID: String?) throws(StoreError) -> [TeachBackRecord] {
        try connection.run(
            """
            SELECT * FROM teach_back WHERE learner_id = $1 AND ($2::TEXT IS NULL OR bank_id = $2::TEXT) ORDER BY id
            """, [.int(learnerID), .text(bankID)]
        ).map { row throws(StoreError) in
            TeachBackRecord(
                id: try row.int("id"), learnerID: try row.int("learner_id"), sessionID: try row.int("session_id"),
                bankID: try row.text("bank_id"), pointID: try row.text("point_id"),
                result: TeachBackResult(rawValue: try row.text("result")) ?? .skipped,
                note: try row.optionalText("note"),
                nurse: try row.text("nurse"), recordedAt: Date(timeIntervalSince1970: try row.double("recorded_at")))
        }
    }

    public func pointMisses(learnerID: Int64, bankID: String) throws(StoreError) -> [PointMiss] {
        try connection.run(
            """
            SELECT point_id, session_id, MIN(answered_at) AS at FROM attempt
            WHERE learner_id = $1 AND bank_id = $2 AND NOT correct
            GROUP BY session_id, point_id ORDER BY at, point_id
            """, [.int(learnerID), .text(bankID)]
        ).map { row throws(StoreError) in
            PointMiss(
                pointID: try row.text("point_id"), sessionID: try row.int("session_id"),
                at: Date(timeIntervalSince1970: try row.double("at")))
        }
    }
}
