import Foundation
import GRDB
import LearnerModel
@testable import LearnerStore
import Testing
import TestSupport

/// Schema v6: teach-back results. Tested on a file written by the release before it (schema v5, written by
/// `scripts/make-fixture-0.3.0.sh` with that release): three learners, five sessions in two banks (one nurse-led,
/// one an exam, one with an undo), 26 answers, 7 review states, a plan.
struct TeachBackMigrationTests {
    static let tables = ["learner", "session", "attempt", "review_state", "plan"]

    @Test func aVersionFiveFileKeepsEveryRowAndGainsTheTeachBackTable() throws {
        // Given the file as the release before teach-back left it
        let path = try fixtureCopy("teachback-0.3.0")
        #expect(try rowsOf(path, "SELECT identifier FROM grdb_migrations").count == 5)
        let before = try Self.tables.map { try rowsOf(path, "SELECT * FROM \($0) ORDER BY 1, 2, 3") }
        #expect(before.map(\.count) == [3, 5, 26, 7, 1])
        #expect(try rowsOf(path, "SELECT name FROM sqlite_master WHERE name = 'teach_back'").isEmpty)
        // When this release opens it
        let store = try LearnerStore.open(path: path)
        defer { store.close() }
        // Then every row of every table is there, unchanged, and the file is sound
        let after = try store.read { db in
            try Self.tables.map {
                let columns = $0 == "learner" ? learnerColumnsBeforeV7 : "*"
                return try Row.fetchAll(db, sql: "SELECT \(columns) FROM \($0) ORDER BY 1, 2, 3")
            }
        }
        try store.read(expectReadAloudOff)
        #expect(after.map { asBefore($0) } == before.map { asBefore($0) })
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.schemaVersion() == LearnerStore.migrations.count)
        #expect(try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
        // And the nurse-led session from before takes teach-back results
        let ana = try #require(try store.learner(named: "ana"))
        let led = try #require(try store.sessions(learnerID: ana.id).first { $0.facilitator == "RN Kim" })
        let misses = try store.pointMisses(learnerID: ana.id, bankID: "immunotherapy-recurrence")
        #expect(!misses.isEmpty)
        let id = try store.recordTeachBack(
            TeachBackRecord(
                learnerID: ana.id, sessionID: led.id, bankID: "immunotherapy-recurrence",
                pointID: misses[0].pointID, result: .notYet, nurse: "RN Kim", recordedAt: Date()))
        #expect(try store.teachBacks(learnerID: ana.id, bankID: nil).map(\.id) == [id])
    }

    @Test func aMigrationThatFailsLeavesVersionFiveWhole() throws {
        // Given the v5 file, and a v6 that fails after creating its table
        let path = try fixtureCopy("teachback-0.3.0")
        let before = try Self.tables.map { try rowsOf(path, "SELECT * FROM \($0) ORDER BY 1, 2, 3") }
        var migrator = DatabaseMigrator()
        for (n, migration) in LearnerStore.migrator.migrations.prefix(5).enumerated() {
            migrator.registerMigration(migration) { _ in Issue.record("migration \(n + 1) ran again") }
        }
        migrator.registerMigration("v6: teach-back results, with their session") { db in
            try LearnerStore.v6(db)
            throw DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full")
        }
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) { try migrator.migrate(queue) }
        try queue.close()
        // Then the file is v5, every row as it was, and no teach-back table
        #expect(try rowsOf(path, "SELECT identifier FROM grdb_migrations").count == 5)
        #expect(try Self.tables.map { try rowsOf(path, "SELECT * FROM \($0) ORDER BY 1, 2, 3") } == before)
        #expect(try rowsOf(path, "SELECT name FROM sqlite_master WHERE name = 'teach_back'").isEmpty)
    }
}
