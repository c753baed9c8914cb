import Foundation
import LearnerModel

extension ClinicStore {
    /// The tables a station's data lives in: a benchmark may only run where every one of them is empty, or on a
    /// database a benchmark marked as its own (`teachback_benchmark`).
    static let dataTables = ["learner", "session", "attempt", "review_state", "plan", "teach_back"]

    /// Makes sure this database is a benchmark's own: marked as one, or empty (then marked), under the migration
    /// lock so stations starting benchmarks together agree.
    /// - Throws: `StoreError.notForBenchmark` when it holds anything a benchmark did not create; nothing is changed.
    public func claimForBenchmark() throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.run("SELECT pg_advisory_xact_lock(7346110)")
            let marked = try connection.run("SELECT to_regclass('teachback_benchmark') IS NOT NULL AS marked")
            if try marked.first?.bool("marked") == true { return }
            for table in Self.dataTables {
                if try !connection.run("SELECT 1 FROM \(table) LIMIT 1").isEmpty {
                    throw StoreError.notForBenchmark(location: place)
                }
            }
            try connection.run("CREATE TABLE teachback_benchmark (marked_at DOUBLE PRECISION NOT NULL)")
            try connection.run(
                "INSERT INTO teachback_benchmark VALUES ($1)", [.double(Date().timeIntervalSince1970)])
        }
    }

    /// Fills the server with `learners` × `items` review states (for benchmarks only), as the SQLite store's
    /// benchmark file is filled: due dates spread from 30 days ago to a year ahead, so about 8% are due. Returns
    /// false, doing nothing, if the review states are already there.
    public func populateForBenchmark(learners: Int, items: Int, now: Date) throws(StoreError) -> Bool {
        try claimForBenchmark()
        let have = try connection.run("SELECT COUNT(*) AS n FROM review_state").first?.int("n") ?? 0
        guard have < Int64(learners * items) else { return false }
        let t = now.timeIntervalSince1970
        try connection.withoutDeadline { () throws(StoreError) in try fill(learners: learners, items: items, t: t) }
        return true
    }

    func fill(learners: Int, items: Int, t: Double) throws(StoreError) {
        try connection.transaction { () throws(StoreError) in
            try connection.run("TRUNCATE plan, review_state, attempt, session, learner RESTART IDENTITY CASCADE")
            try connection.run(
                """
                INSERT INTO learner (id, name, name_key, created_at)
                SELECT i, 'learner-' || i, 'learner-' || i, $1 FROM generate_series(1, $2::BIGINT) AS i
                """, [.double(t), .int(Int64(learners))])
            try connection.run("SELECT setval('learner_id_seq', $1::BIGINT)", [.int(Int64(learners))])
            try connection.run(
                """
                INSERT INTO review_state (learner_id, bank_id, item_id, phase, step, stability, difficulty, due,
                    last_review, reps, lapses, streak, introduced_at)
                SELECT i, 'benchmark', 'item-' || j, 'Review', NULL, 10.0, 5.0,
                    $1 + ((i * 7919 + j * 104729) % 395) * 86400.0 - 30 * 86400.0, $1 - 86400.0, 3, 0, 3, $1 - 86400.0 * 30
                FROM generate_series(1, $2::BIGINT) AS i, generate_series(1, $3::BIGINT) AS j
                """, [.double(t), .int(Int64(learners)), .int(Int64(items))])
        }
        try connection.run("ANALYZE review_state")
    }
}
