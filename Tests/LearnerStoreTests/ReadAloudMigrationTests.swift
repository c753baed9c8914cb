import Foundation
import GRDB
import LearnerModel
@testable import LearnerStore
import Testing
import TestSupport

/// Schema v7: a learner's read-aloud setting. Tested on a file written by the release before it (schema v6, written by
/// `scripts/make-fixture-0.4.0.sh` with that release): three learners, six sessions in two banks, 26 answers, a plan,
/// and a nurse's teach-back check with a note.
struct ReadAloudMigrationTests {
    static let tables = ["session", "attempt", "review_state", "plan", "teach_back"]

    @Test func aVersionSixFileKeepsEveryRowAndEveryLearnerHasReadAloudOff() throws {
        // Given the file as the release before read-aloud left it
        let path = try fixtureCopy("teachback-0.4.0")
        #expect(try rowsOf(path, "SELECT identifier FROM grdb_migrations").count == 6)
        let learners = try rowsOf(path, "SELECT * FROM learner ORDER BY id")
        let before = try Self.tables.map { try rowsOf(path, "SELECT * FROM \($0) ORDER BY 1, 2, 3") }
        #expect(learners.count == 3)
        #expect(before.map(\.count)[4] == 3)
        // When this release opens it
        let store = try LearnerStore.open(path: path)
        defer { store.close() }
        // Then every row is there, unchanged, and every learner has read-aloud off
        let after = try store.read { db in
            try Self.tables.map { try Row.fetchAll(db, sql: "SELECT * FROM \($0) ORDER BY 1, 2, 3") }
        }
        #expect(after.map { asBefore($0) } == before.map { asBefore($0) })
        let learnersAfter = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT \(learnerColumnsBeforeV7) FROM learner ORDER BY id")
        }
        #expect(learnersAfter == learners)
        try store.read(expectReadAloudOff)
        #expect(try store.schemaVersion() == LearnerStore.migrations.count)
        #expect(try store.integrityCheck() == "ok")
        // And a learner's choice is kept
        let ana = try #require(try store.learner(named: "ana"))
        #expect(ana.settings.readAloud == false)
        var settings = ana.settings
        settings.readAloud = true
        try store.updateSettings(settings, learnerID: ana.id)
        #expect(try store.learner(named: "ana")?.settings == settings)
        #expect(try store.learner(named: "ben")?.settings.readAloud == false)
    }
}
