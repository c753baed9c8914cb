import Foundation
import GRDB
import LearnerModel
@testable import LearnerStore
import Scheduling
import Testing
import TestSupport

/// Opening a database file written by an earlier release: every row is kept, and it goes on working.
struct MigrationTests {
    /// A copy of the fixture written by teachback 0.1.0 (schema v1): three learners, four sessions (one an exam,
    /// one nurse-led with an undo), 15 answers, 13 of them scheduled, 7 review states.
    func oldDatabase() throws -> String {
        let fixture = try #require(
            Bundle.module.url(forResource: "teachback-0.1.0", withExtension: "sqlite", subdirectory: "Fixtures"))
        let path = try TestSupport.temporaryFolder().appendingPathComponent("old.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        return path
    }

    /// Reads the rows of the v1 tables as they stand, before any migration.
    func rows(_ path: String, _ sql: String) throws -> [Row] {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in try Row.fetchAll(db, sql: sql) }
    }

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
                try Row.fetchAll(db, sql: "SELECT * FROM learner ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT * FROM session ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT * FROM attempt ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT * FROM review_state ORDER BY learner_id, item_id")
            )
        }
        #expect(after.0 == learners)
        #expect(after.1 == sessions)
        #expect(after.3 == states)
        #expect(after.2.count == attempts.count)
        for (old, new) in zip(attempts, after.2) {
            for column in old.columnNames { #expect(new[column] as DatabaseValue == old[column], "\(column)") }
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
        #expect(try store.attempts(learnerID: ana.id).count == attempts.filter { $0["learner_id"] == ana.id }.count)
        #expect(try store.sessions(learnerID: ana.id).count == sessions.filter { $0["learner_id"] == ana.id }.count)
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
        // When it is undone
        #expect(try store.undoLastAnswer(sessionID: session.id) == last.itemID)
        // Then the state is the one the old log kept (or gone, for a first answer), and the answer is gone
        let state = try store.reviewStates(learnerID: learner.id)[last.itemID]
        if hadState == true {
            let row = try #require(before.first)
            #expect(state == LearnerStore.reviewState(from: row, prefix: "prev_"))
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
}
