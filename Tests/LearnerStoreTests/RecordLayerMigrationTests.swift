import Foundation
import GRDB
import LearnerModel
@testable import LearnerStore
import Testing
import TestSupport

/// The record layer read a file the release before it wrote (schema v8, `scripts/make-fixture-0.5.0.sh`): every row
/// stays as it was, and every row is read back through the new records, table by table.
struct RecordLayerMigrationTests {
    static let tables = ["learner", "session", "attempt", "review_state", "plan", "teach_back"]

    @Test func aFileOfThePreviousReleaseKeepsEveryRowAndReadsBackWhole() throws {
        // Given the file as the release before the record layer left it
        let path = try fixtureCopy("teachback-0.5.0")
        var before: [String: [Row]] = [:]
        for table in Self.tables { before[table] = try rowsOf(path, "SELECT * FROM \(table) ORDER BY 1, 2, 3") }
        #expect(
            before.mapValues(\.count) == [
                "learner": 4, "session": 7, "attempt": 34, "review_state": 12, "plan": 1, "teach_back": 3,
            ])
        // When this release opens it (the record layer changed no table; v9 adds the audit trail beside them)
        let store = try LearnerStore.open(path: path)
        defer { store.close() }
        #expect(try store.schemaVersion() == LearnerStore.migrations.count)
        // Then every row of every table is as it was
        for table in Self.tables {
            let after = try store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2, 3") }
            #expect(asBefore(after) == asBefore(before[table] ?? []), "\(table)")
        }
        // And the records read every one of them back: each learner's answers, sessions, states, plan and checks
        let learners = try store.learners()
        #expect(Set(learners.map(\.name)) == ["ana", "ben", "cai", "José"])
        // (Names compare with ASCII letters in either case, as NOCASE does; a decomposed é finds the NFC name.)
        #expect(try store.learner(named: "JOSe\u{301}")?.name == "José")
        var answers = 0, sessions = 0, checks = 0, states = 0, plans = 0
        for learner in learners {
            answers += try store.attempts(learnerID: learner.id).count
            sessions += try store.sessions(learnerID: learner.id).count
            checks += try store.teachBacks(learnerID: learner.id, bankID: nil).count
            plans += try store.plan(learnerID: learner.id).count
            for bank in try store.banksAnswered(learnerID: learner.id) {
                states += try store.reviewStates(learnerID: learner.id, bankID: bank).count
            }
        }
        #expect(answers == 34 && sessions == 7 && checks == 3 && plans == 1 && states == 12)
        // And an export holds every row about each learner
        let exported = try learners.map { try store.export(learnerID: $0.id) }
        for table in Self.tables {
            let count = exported.reduce(0) { sum, tables in
                sum + (tables.first { $0.table == table }?.rows.count ?? 0)
            }
            #expect(count == before[table]?.count, "\(table)")
        }
    }
}
