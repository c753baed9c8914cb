import Foundation
internal import GRDB
import LearnerModel
internal import StoreRecords

extension LearnerStore {
    /// Makes sure this file is a benchmark's own: marked as one (`teachback_benchmark`), or holding no learner yet
    /// (then marked).
    /// - Throws: `StoreError.notForBenchmark` when it holds anything a benchmark did not create; nothing is changed.
    public func claimForBenchmark() throws(StoreError) {
        try write { db in
            if try Self.hasTable(db, "teachback_benchmark") { return }
            for table in ["learner", "session", "attempt", "review_state", "plan", "teach_back"]
            where try Self.hasTable(db, table) {
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") == true {
                    throw StoreError.notForBenchmark(location: path)
                }
            }
            try db.execute(sql: "CREATE TABLE teachback_benchmark (marked_at REAL NOT NULL)")
            try db.execute(sql: "INSERT INTO teachback_benchmark VALUES (?)", arguments: [Date().timeIntervalSince1970])
        }
    }

    /// Fills the database with `learners` × `items` review states (for benchmarks only): one statement, in SQLite.
    public func populateForBenchmark(learners: Int, items: Int, now: Date) throws(StoreError) {
        try claimForBenchmark()
        let t = now.timeIntervalSince1970
        try write { db in
            try db.execute(
                sql: """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                    INSERT INTO learner (id, name, created_at) SELECT i, 'learner-' || i, ? FROM n
                    """, arguments: [learners, t])
            // Due dates spread from 30 days ago to a year ahead, so about 8% of each learner's items are due.
            try db.run(
                """
                WITH RECURSIVE l(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM l WHERE i < \(learners)),
                it(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM it WHERE j < \(items))
                \(ReviewStateRows.insertSelecting(ReviewStateRows.benchmarkValues(t: t))) FROM l, it
                """)
        }
    }
}

extension LearnerStore {
    /// The floor for recording an answer: a new file with the store's settings (WAL, `synchronous=FULL`) and two
    /// tables without secondary indexes, each commit one row into each, as `recordAnswer` commits. Returns each
    /// commit's time in microseconds (for benchmarks only).
    public static func bareCommitTimes(path: String, count: Int) throws(StoreError) -> [Double] {
        // Only a new file, or one this benchmark wrote before (its two tables and nothing else).
        if FileManager.default.fileExists(atPath: path) {
            do {
                var config = Configuration()
                config.readonly = true
                let tables = try DatabaseQueue(path: path, configuration: config).read { db in
                    try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                }
                guard Set(tables).isSubset(of: ["answer", "state"]) else {
                    throw StoreError.notForBenchmark(location: path)
                }
            } catch {
                throw StoreError.from(error, path: path)
            }
        }
        do {
            var config = configuration()
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.write { db in
                try db.execute(
                    sql: """
                        CREATE TABLE IF NOT EXISTS answer (id INTEGER PRIMARY KEY, item TEXT NOT NULL, at REAL NOT NULL);
                        CREATE TABLE IF NOT EXISTS state (item TEXT PRIMARY KEY, due REAL NOT NULL) WITHOUT ROWID;
                        """)
            }
            var times: [Double] = []
            times.reserveCapacity(count)
            for n in 0..<count {
                let start = DispatchTime.now().uptimeNanoseconds
                let item = "item-\(n % 500)"
                let now = Date().timeIntervalSince1970
                try queue.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        try db.cachedStatement(sql: "INSERT INTO answer (item, at) VALUES (?, ?)").execute(
                            arguments: [item, now])
                        try db.cachedStatement(
                            sql:
                                "INSERT INTO state (item, due) VALUES (?, ?) ON CONFLICT(item) DO UPDATE SET due = excluded.due"
                        ).execute(arguments: [item, now + 600])
                        return .commit
                    }
                }
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
            }
            return times
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
