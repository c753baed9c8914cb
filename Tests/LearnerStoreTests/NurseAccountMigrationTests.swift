import Foundation
import GRDB
import LearnerModel
@testable import LearnerStore
import Testing
import TestSupport

/// Nurse accounts (v10) on a file the release before wrote (schema v9, `scripts/make-fixture-0.6.0.sh`): every row of
/// every table stays, the audit trail still verifies and goes on, and the typed names of old records stay, with no
/// account (so reports mark them "not verified").
struct NurseAccountMigrationTests {
    static let tables = ["learner", "session", "attempt", "review_state", "plan", "teach_back", "audit_event"]

    @Test func aFileOfThePreviousReleaseKeepsEveryRowAndItsAuditTrail() throws {
        // Given the file as the release before nurse accounts left it, its trail whole
        let path = try fixtureCopy("teachback-0.6.0")
        #expect(try rowsOf(path, "SELECT identifier FROM grdb_migrations").count == 9)
        var before: [String: [Row]] = [:]
        for table in Self.tables { before[table] = try rowsOf(path, "SELECT * FROM \(table) ORDER BY 1, 2, 3") }
        #expect(before["audit_event"]?.count == 17 && before["teach_back"]?.count == 3)
        // When this release opens it
        let store = try LearnerStore.open(path: path)
        defer { store.close() }
        #expect(try store.schemaVersion() == LearnerStore.migrations.count)
        // Then every row of every table is as it was (the new nurse_id columns empty)
        for table in Self.tables {
            let after = try store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2, 3") }
            #expect(asBefore(after) == asBefore(before[table] ?? []), "\(table)")
        }
        // And the old trail verifies, and goes on with events that name a nurse's account
        #expect(
            try store.verifyAudit()
                == AuditVerification(
                    events: 17, head: try store.auditEvents(learnerID: nil, since: nil).last?.hash, problems: []))
        let id = try store.addNurse(
            NurseAccount(name: "rnkim", displayName: "RN Kim", secretHash: "scrypt$x", createdAt: Date()))
        let events = try store.auditEvents(learnerID: nil, since: nil)
        #expect(events.count == 18 && events.last?.nurseID == id)
        #expect(try store.verifyAudit().isIntact)
        // And the teach-back results keep their typed name, with no account
        let ana = try #require(try store.learner(named: "ana"))
        let checks = try store.teachBacks(learnerID: ana.id, bankID: nil)
        #expect(checks.count == 3 && checks.allSatisfy { $0.nurse == "RN Kim" && $0.nurseID == nil })
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
    }
}
