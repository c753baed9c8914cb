import Foundation
import LearnerModel
internal import StoreRecords

extension ClinicStore {
    /// The tables a station's data lives in: a benchmark may only run where every one of them is empty, or on a
    /// database a benchmark marked as its own (`teachback_benchmark`).
    static let dataTables = ["learner", "session", "attempt", "review_state", "plan", "teach_back"]

    /// Makes sure this database is a benchmark's own: marked as one, or empty (then marked), under the migration
    /// lock so stations starting benchmarks together agree.
    /// - Throws: `StoreError.notForBenchmark` when it holds anything a benchmark did not create; nothing is changed.
    package func claimForBenchmark() throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.run(raw: "SELECT pg_advisory_xact_lock(7346110)")
            let marked = try connection.run(raw: "SELECT to_regclass('teachback_benchmark') IS NOT NULL AS marked")
            if try marked.first?.bool("marked") == true { return }
            for table in Self.dataTables {
                if try !connection.run(raw: "SELECT 1 FROM \(table) LIMIT 1").isEmpty {
                    throw StoreError.notForBenchmark(location: place)
                }
            }
            try connection.run(raw: "CREATE TABLE teachback_benchmark (marked_at DOUBLE PRECISION NOT NULL)")
            try connection.run("INSERT INTO teachback_benchmark VALUES (\(Date().timeIntervalSince1970))")
        }
    }

    /// Fills the server with `learners` × `items` review states (for benchmarks only), as the SQLite store's
    /// benchmark file is filled: due dates spread from 30 days ago to a year ahead, so about 8% are due. Returns
    /// false, doing nothing, if the review states are already there.
    package func populateForBenchmark(learners: Int, items: Int, now: Date) throws(StoreError) -> Bool {
        try claimForBenchmark()
        let have = try connection.run(raw: "SELECT COUNT(*) AS n FROM review_state").first?.int("n") ?? 0
        guard have < Int64(learners * items) else { return false }
        let t = now.timeIntervalSince1970
        try connection.withoutDeadline { () throws(StoreError) in try fill(learners: learners, items: items, t: t) }
        return true
    }

    func fill(learners: Int, items: Int, t: Double) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.run(raw: "TRUNCATE plan, review_state, attempt, session, learner RESTART IDENTITY CASCADE")
            try connection.run(
                """
                INSERT INTO learner (id, name, name_key, created_at)
                SELECT i, 'learner-' || i, 'learner-' || i, \(t) FROM generate_series(1, \(learners)) AS i
                """)
            try connection.run("SELECT setval('learner_id_seq', \(learners))")
            try connection.run(
                """
                \(ReviewStateRows.insertSelecting(ReviewStateRows.benchmarkValues(t: t)))
                FROM generate_series(1, \(learners)) AS i, generate_series(1, \(items)) AS j
                """)
        }
        try connection.run(raw: "ANALYZE review_state")
    }
}
