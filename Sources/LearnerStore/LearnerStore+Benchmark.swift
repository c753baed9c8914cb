import Foundation
import GRDB
import LearnerModel

extension LearnerStore {
    /// Fills the database with `learners` × `items` review states (for benchmarks only): one statement, in SQLite.
    public func populateForBenchmark(learners: Int, items: Int, now: Date) throws(StoreError) {
        let t = now.timeIntervalSince1970
        try write { db in
            try db.execute(
                sql: """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                    INSERT INTO learner (id, name, created_at) SELECT i, 'learner-' || i, ? FROM n
                    """, arguments: [learners, t])
            // Due dates spread from 30 days ago to a year ahead, so about 8% of each learner's items are due.
            try db.execute(
                sql: """
                    WITH RECURSIVE l(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM l WHERE i < ?),
                    it(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM it WHERE j < ?)
                    INSERT INTO review_state (learner_id, item_id, phase, step, stability, difficulty, due, last_review, reps,
                        lapses, streak, introduced_at)
                    SELECT i, 'item-' || j, 'Review', NULL, 10.0, 5.0,
                        ? + ((i * 7919 + j * 104729) % 395) * 86400.0 - 30 * 86400.0, ? - 86400.0, 3, 0, 3, ? - 86400.0 * 30
                    FROM l, it
                    """, arguments: [learners, items, t, t, t])
        }
    }
}
