import Foundation
import GRDB
import LearnerModel
@testable import LearnerStore
import Scheduling
import Testing
import TestSupport

/// Schema v5: history by topic. Tested on a file written by teachback 0.1.x at schema v4 (the release before it).
struct TopicMigrationTests {
    /// The fixture written by the release before topics (schema v4): five learners' worth of sessions (four on the
    /// built-in bank, one on the hand-washing bank, one an exam, one nurse-led, one with an undo), 20 answers, 9
    /// review states, one learner with no answers.
    func v4Database() throws -> String { try fixtureCopy("teachback-0.2.0") }

    func rows(_ path: String, _ sql: String) throws -> [Row] { try rowsOf(path, sql) }

    @Test func aVersionFourFileKeepsEveryRowEachInTheBankItsSessionNames() throws {
        // Given the file as the release before topics left it
        let path = try v4Database()
        let migrations = try rows(path, "SELECT identifier FROM grdb_migrations").map { $0[0] as String }
        #expect(migrations.count == 4)
        let learners = try rows(path, "SELECT * FROM learner ORDER BY id")
        let sessions = try rows(path, "SELECT * FROM session ORDER BY id")
        let attempts = try rows(path, "SELECT * FROM attempt ORDER BY id")
        let states = try rows(path, "SELECT * FROM review_state ORDER BY learner_id, item_id")
        #expect((learners.count, sessions.count, attempts.count, states.count) == (4, 5, 20, 9))
        // When this release opens it
        let store = try LearnerStore.open(path: path)
        defer { store.close() }
        #expect(try store.integrityCheck() == "ok")
        let after = try store.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT \(learnerColumnsBeforeV7) FROM learner ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT * FROM session ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT * FROM attempt ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT * FROM review_state ORDER BY learner_id, item_id"),
                try Int.fetchOne(db, sql: "PRAGMA foreign_key_check") ?? 0
            )
        }
        // Then every learner and session is there unchanged
        #expect(after.0 == learners)
        #expect(after.1.count == sessions.count)
        for (old, new) in zip(sessions, after.1) {
            for column in old.columnNames { #expect(new[column] as DatabaseValue == old[column], "\(column)") }
        }
        // And every answer, unchanged, now naming the bank its session names
        #expect(after.2.count == attempts.count)
        let bankOfSession = Dictionary(
            uniqueKeysWithValues: sessions.map { ($0["id"] as Int64, $0["bank_id"] as String) })
        for (old, new) in zip(attempts, after.2) {
            for column in old.columnNames { #expect(new[column] as DatabaseValue == old[column], "\(column)") }
            #expect((new["bank_id"] as String) == bankOfSession[old["session_id"] as Int64])
        }
        // And every review state, unchanged, in the bank that asked its teaching point
        #expect(after.3.count == states.count)
        for new in after.3 {
            let old = try #require(
                states.first {
                    ($0["learner_id"] as Int64) == (new["learner_id"] as Int64)
                        && ($0["item_id"] as String) == (new["item_id"] as String)
                })
            for column in old.columnNames { #expect(new[column] as DatabaseValue == old[column], "\(column)") }
            let askedIn = Set(
                attempts.filter {
                    ($0["learner_id"] as Int64) == (new["learner_id"] as Int64)
                        && ($0["point_id"] as String?) == (new["item_id"] as String)
                }.map { bankOfSession[$0["session_id"] as Int64] ?? "" })
            #expect(askedIn == [new["bank_id"] as String])
        }
        #expect(after.4 == 0)
        // And the store reads them by topic: Ana's hand-washing answers are not in her immunotherapy history
        let ana = try #require(try store.learner(named: "Ana"))
        let hands = try store.reviewStates(learnerID: ana.id, bankID: TestBank.handWashingID)
        let immuno = try store.reviewStates(learnerID: ana.id, bankID: TestBank.builtInID)
        #expect(!hands.isEmpty && !immuno.isEmpty)
        #expect(Set(hands.keys).isDisjoint(with: immuno.keys))
        #expect(try store.attempts(learnerID: ana.id, bankID: TestBank.handWashingID).count == 6)
        #expect(try store.banksAnswered(learnerID: ana.id) == [TestBank.builtInID, TestBank.handWashingID])
        // And it takes new answers and plans
        try store.setPlanEntry(
            PlanEntry(bankID: TestBank.handWashingID, readyBy: CalendarDay("2026-12-12"), assignedAt: t0),
            learnerID: ana.id)
        #expect(try store.plan(learnerID: ana.id).map(\.readyBy?.description) == ["2026-12-12"])
    }

    @Test func aMigrationThatFailsHalfwayLeavesVersionFourWhole() throws {
        // Given the v4 file, and the v5 migration stopped after all its statements but before its commit
        let path = try v4Database()
        let before = try rows(path, "SELECT * FROM review_state ORDER BY learner_id, item_id")
        let queue = try DatabaseQueue(path: path)
        var failing = DatabaseMigrator()
        for migration in LearnerStore.migrator.migrations.prefix(4) { failing.registerMigration(migration) { _ in } }
        failing.registerMigration("v5, interrupted") { db in
            try LearnerStore.v5(db)
            throw DatabaseError(resultCode: .SQLITE_IOERR, message: "interrupted")
        }
        #expect(throws: DatabaseError.self) { try failing.migrate(queue) }
        // Then nothing of it stays
        let (attemptColumns, hasPlan, stateColumns, states) = try queue.read { db in
            (
                try db.columns(in: "attempt").map(\.name), try db.tableExists("plan"),
                try db.columns(in: "review_state").map(\.name),
                try Row.fetchAll(db, sql: "SELECT * FROM review_state ORDER BY learner_id, item_id")
            )
        }
        #expect(!attemptColumns.contains("bank_id") && !stateColumns.contains("bank_id") && !hasPlan)
        #expect(states == before)
        try queue.close()
        // And the store then migrates it whole
        let store = try LearnerStore.open(path: path)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.read { db in try db.tableExists("plan") })
        store.close()
    }

    @Test func aPointTwoBanksSharedBeforeTopicsGetsEachBanksOwnState() throws {
        // Given a v4 database where the learner answered a point of one id in bank A, then in bank B: one state
        let queue = try DatabaseQueue()
        try LearnerStore.migrator.migrate(queue, upTo: "v4: a session's answers found by their range of ids")
        let afterA = ReviewState(
            phase: .review, step: nil, stability: 3, difficulty: 5, due: Date(timeIntervalSince1970: 400_000),
            lastReview: Date(timeIntervalSince1970: 100), reps: 2, lapses: 0, streak: 2)
        let afterB = ReviewState(
            phase: .learning, step: 1, stability: 0.5, difficulty: 7, due: Date(timeIntervalSince1970: 800),
            lastReview: Date(timeIntervalSince1970: 200), reps: 3, lapses: 0, streak: 0)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO learner (id, name, created_at) VALUES (1, 'Ana', 0)")
            try db.execute(
                sql: """
                    INSERT INTO session (id, learner_id, mode, bank_id, started_at, first_attempt_id, last_attempt_id)
                    VALUES (1, 1, 'review', 'A', 0, 1, 1), (2, 1, 'review', 'B', 150, 2, 2)
                    """)
            // A's answer (first seen), then B's answer, which replaced A's state
            try db.execute(
                sql: """
                    INSERT INTO attempt (id, session_id, learner_id, item_id, point_id, item_version, section, chosen,
                        chosen_text, correct, response_ms, answered_at, rating, scheduled, had_state, prev_phase, prev_step,
                        prev_stability, prev_difficulty, prev_due, prev_last_review, prev_reps, prev_lapses, prev_streak)
                    VALUES (1, 1, 1, 'term-definition:x', 'concept:x', 'v', 's', 0, 'A', 1, 900, 100, 3, 1, 0,
                        NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                    (2, 2, 1, 'definition-term:x', 'concept:x', 'v', 's', 1, 'B', 0, 900, 200, 1, 1, 1,
                        'Review', NULL, 3, 5, 400000, 100, 2, 0, 2)
                    """)
            try LearnerStore.saveStateV4(afterB, itemID: "concept:x", introducedAt: 100, db: db)
        }
        // When it migrates
        let store = try LearnerStore(writer: queue, path: ":memory:")
        // Then B keeps the state its answer left, and A gets back the state its own last answer left
        #expect(try store.reviewStates(learnerID: 1, bankID: "B")["concept:x"] == afterB)
        #expect(try store.reviewStates(learnerID: 1, bankID: "A")["concept:x"] == afterA)
        #expect(try store.lastResults(learnerID: 1, bankID: "A") == ["concept:x": true])
        #expect(try store.lastResults(learnerID: 1, bankID: "B") == ["concept:x": false])
        #expect(try store.integrityCheck() == "ok")
    }
}

extension LearnerStore {
    /// Writes a review state as schema v4 kept it (no bank), for tests that build an old database.
    static func saveStateV4(_ s: ReviewState, itemID: String, introducedAt: Double, db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO review_state (learner_id, item_id, phase, step, stability, difficulty, due, last_review, reps,
                    lapses, streak, introduced_at)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                itemID, s.phase.rawValue, s.step, s.stability, s.difficulty, s.due.timeIntervalSince1970,
                s.lastReview?.timeIntervalSince1970, s.reps, s.lapses, s.streak, introducedAt,
            ])
    }
}
