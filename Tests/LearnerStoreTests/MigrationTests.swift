import Foundation
import GRDB
import LearnerModel
@testable import LearnerStore
import Scheduling
import StoreRecords
import Testing
import TestSupport

/// Opening a database file written by an earlier release: every row is kept, and it goes on working.
struct MigrationTests {
    /// A copy of the fixture written by teachback 0.1.0 (schema v1): three learners, four sessions (one an exam,
    /// one nurse-led with an undo), 15 answers, 13 of them scheduled, 7 review states.
    func oldDatabase() throws -> String { try fixtureCopy("teachback-0.1.0") }

    func rows(_ path: String, _ sql: String) throws -> [Row] { try rowsOf(path, sql) }

    @Test func aVersionOneFileKeepsEveryRowAndItsReviewLog() throws {
        // Given the file as the old release left it
        let path = try oldDatabase()
        let learners = try rows(path, "SELECT * FROM learner ORDER BY id")
        let sessions = try rows(path, "SELECT * FROM session ORDER BY id")
        let attempts = try rows(path, "SELECT * FROM attempt ORDER BY id")
        let states = try rows(path, "SELECT * FROM review_state ORDER BY learner_id, item_id")
        let logs = try rows(path, "SELECT * FROM review_log ORDER BY attempt_id")
        #expect((learners.count, sessions.count, attempts.count, states.count, logs.count) == (3, 4, 15, 7, 13))
        // When the current release opens it
        let store = try LearnerStore.open(path: path)
        // Then every learner, session, answer and review state is there, unchanged
        #expect(try store.integrityCheck() == "ok")
        let after = try store.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT \(learnerColumnsBeforeV7) FROM learner ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT * FROM session ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT * FROM attempt ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT * FROM review_state ORDER BY learner_id, item_id")
            )
        }
        #expect(after.0 == learners)
        #expect(after.1.count == sessions.count)
        for (old, new) in zip(sessions, after.1) {
            for column in old.columnNames { #expect(new[column] as DatabaseValue == old[column], "\(column)") }
            // Each session's answers lie between the ids it now keeps (the last only once it has ended)
            let mine = attempts.filter { ($0["session_id"] as Int64) == (old["id"] as Int64) }.map { $0["id"] as Int64 }
            #expect((new["first_attempt_id"] as Int64?) == mine.min())
            let ended = (old["ended_at"] as Double?) != nil
            #expect((new["last_attempt_id"] as Int64?) == (ended ? mine.max() : nil))
        }
        // Review states are kept by teaching point: of one point's forms, the most recently reviewed stands
        let pointOf = { (row: Row) -> String in
            let item: String = row["item_id"]
            return [
                "term-definition:": "concept:", "definition-term:": "concept:", "fact-completion:": "fact:",
                "fact:": "fact:", "true-false:": "claim:", "faq:": "faq:", "scenario:": "action:",
                "group-not:": "group:",
            ]
            .first { item.hasPrefix($0.key) }.map { $0.value + item.dropFirst($0.key.count) } ?? item
        }
        let byPoint = Dictionary(grouping: states) { "\($0["learner_id"] as Int64) \(pointOf($0))" }
        #expect(after.3.count == byPoint.count)
        for row in after.3 {
            let key = "\(row["learner_id"] as Int64) \(row["item_id"] as String)"
            let forms = try #require(byPoint[key], "\(key)")
            let latest = try #require(
                forms.max { ($0["last_review"] as Double? ?? 0) < ($1["last_review"] as Double? ?? 0) })
            for column in [
                "phase", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses", "streak",
            ] {
                #expect(row[column] as DatabaseValue == latest[column], "\(key) \(column)")
            }
            #expect((row["introduced_at"] as Double) == forms.map { $0["introduced_at"] as Double }.min())
        }
        #expect(after.2.count == attempts.count)
        for (old, new) in zip(attempts, after.2) {
            for column in old.columnNames { #expect(new[column] as DatabaseValue == old[column], "\(column)") }
            #expect((new["point_id"] as String) == pointOf(old))
        }
        // And each review-log row now stands in its attempt's row, column for column
        let byID = Dictionary(uniqueKeysWithValues: after.2.map { ($0["id"] as Int64, $0) })
        for log in logs {
            let attempt = try #require(byID[log["attempt_id"]])
            #expect(attempt["scheduled"] == true)
            for column in ["had_state", "phase", "step", "stability", "difficulty", "due", "last_review", "reps"]
                + ["lapses", "streak"]
            {
                let moved = column == "had_state" ? column : "prev_" + column
                #expect(attempt[moved] as DatabaseValue == log[column], "\(column)")
            }
        }
        #expect(after.2.filter { $0["scheduled"] == true }.count == logs.count)
        // The log's introduced_at is the only value not moved: it always equals the state's, which stays
        for log in logs where log["had_state"] == true {
            let learner: Int64 = log["learner_id"]
            let item: String = log["item_id"]
            let state = states.first { ($0["learner_id"] as Int64) == learner && ($0["item_id"] as String) == item }
            let kept: Double? = state?["introduced_at"]
            let logged: Double? = log["introduced_at"]
            #expect(kept != nil && kept == logged)
        }
        // And the reports read the same as before: sessions counted by first answers, attempts by learner
        let ana = try #require(try store.learner(named: "Ana"))
        #expect(
            try store.attempts(learnerID: ana.id).count == attempts.filter { $0["learner_id"] == ana.id.rawValue }.count
        )
        #expect(
            try store.sessions(learnerID: ana.id).count == sessions.filter { $0["learner_id"] == ana.id.rawValue }.count
        )
        store.close()
    }

    @Test func undoOnAMigratedFileRestoresTheOldStateExactly() throws {
        // Given a migrated file and the nurse-led session's last answer
        let path = try oldDatabase()
        let store = try LearnerStore.open(path: path)
        let learner = try #require(try store.learner(named: "P-0231"))
        let session = try #require(try store.sessions(learnerID: learner.id).last)
        let last = try #require(try store.attempts(learnerID: learner.id).last)
        let before = try rows(path, "SELECT * FROM attempt WHERE id = \(last.id)")
        let hadState = try #require(before.first)["had_state"] as Bool?
        let point: String = try #require(
            try store.read { db in
                try String.fetchOne(db, sql: "SELECT point_id FROM attempt WHERE id = ?", arguments: [last.id.rawValue])
            })
        // When it is undone
        #expect(try store.undoLastAnswer(sessionID: session.id) == last.itemID)
        // Then the state is the one the old log kept (or gone, for a first answer), and the answer is gone
        let state = try store.reviewStates(learnerID: learner.id, bankID: "immunotherapy-recurrence")[point]
        if hadState == true {
            let row = try #require(before.first)
            #expect(state == (try ReviewStateRows.state(SQLiteRow(row: row, place: "test"), prefix: "prev_")))
        } else {
            #expect(state == nil)
        }
        #expect(try store.attempts(learnerID: learner.id).map(\.id).contains(last.id) == false)
        #expect(try store.integrityCheck() == "ok")
        store.close()
    }

    @Test func anInterruptedMigrationLeavesTheOldSchema() throws {
        // Given the old file, and the v2 migration stopped after all its statements but before its commit
        let path = try oldDatabase()
        let queue = try DatabaseQueue(path: path)
        var failing = DatabaseMigrator()
        let v1 = try #require(LearnerStore.migrator.migrations.first)
        failing.registerMigration(v1) { _ in }
        failing.registerMigration("v2, interrupted") { db in
            try LearnerStore.v2(db)
            throw DatabaseError(resultCode: .SQLITE_IOERR, message: "interrupted")
        }
        // When it runs, Then nothing of it stays: the review log and every old index are as they were
        #expect(throws: DatabaseError.self) { try failing.migrate(queue) }
        let (columns, tables, logRows) = try queue.read { db in
            (
                try db.columns(in: "attempt").map(\.name),
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review_log")
            )
        }
        #expect(!columns.contains("scheduled"))
        #expect(
            tables.contains("review_log") && tables.contains("attempt_item") && tables.contains("attempt_learner_item"))
        #expect(logRows == 13)
        try queue.close()
        // And the store then migrates it whole
        let store = try LearnerStore.open(path: path)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.read { db in try db.tableExists("review_log") } == false)
        store.close()
    }

    @Test func aHistoryWithBothFormsAnsweredBecomesOnePoint() throws {
        // Given a version-2 database where a learner answered both forms of a concept, the definition last
        let queue = try DatabaseQueue()
        try LearnerStore.migrator.migrate(
            queue, upTo: "v2: each answer keeps the state it replaced; fewer indexes on the answer path")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO learner (id, name, created_at) VALUES (1, 'Ana', 0)")
            try db.execute(
                sql: "INSERT INTO session (id, learner_id, mode, bank_id, started_at) VALUES (1, 1, 'review', 'b', 0)")
            for (n, item) in [
                "term-definition:immunotherapy", "definition-term:immunotherapy", "group-member:types:vaccines",
            ]
            .enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO attempt (session_id, learner_id, item_id, item_version, section, chosen, chosen_text,
                            correct, response_ms, answered_at, rating, scheduled, had_state)
                        VALUES (1, 1, ?, 'v', 's', 0, 'A', 1, 900, ?, 3, 1, 0)
                        """, arguments: [item, 100 * (n + 1)])
                try db.execute(
                    sql: """
                        INSERT INTO review_state (learner_id, item_id, phase, step, stability, difficulty, due, last_review,
                            reps, lapses, streak, introduced_at)
                        VALUES (1, ?, 'Review', NULL, ?, 5, ?, ?, ?, 0, 1, ?)
                        """,
                    arguments: [
                        item, Double(n + 1), 86_400.0 * Double(n + 2), 100.0 * Double(n + 1), n + 1,
                        100.0 * Double(n + 1),
                    ])
            }
        }
        // When it is opened by this release
        let store = try LearnerStore(writer: queue, path: ":memory:")
        // Then each teaching point has one state: the concept's is the definition's (reviewed last), first seen first
        let states = try store.reviewStates(learnerID: 1, bankID: "b")
        #expect(states.keys.sorted() == ["concept:immunotherapy", "group:types"])
        #expect(states["concept:immunotherapy"]?.stability == 2)
        #expect(states["concept:immunotherapy"]?.reps == 2)
        let introduced = try store.read { db in
            try Double.fetchOne(
                db, sql: "SELECT introduced_at FROM review_state WHERE item_id = 'concept:immunotherapy'")
        }
        #expect(introduced == 100)
        // And every answer is kept, naming its point; the last results are by point
        #expect(try store.attempts(learnerID: 1).map(\.itemID).count == 3)
        #expect(
            try store.lastResults(learnerID: 1, bankID: "b") == ["concept:immunotherapy": true, "group:types": true])
        #expect(try store.integrityCheck() == "ok")
    }
}
