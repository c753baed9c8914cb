import Foundation
import GRDB
import LearnerModel
import Scheduling
import Testing
import TestSupport

@testable import ClinicStore
@testable import LearnerStore

/// The audit trail on every backend: who opened, changed or exported whose records; append-only; and `verifyAudit`
/// finds an event changed, removed or inserted behind the store's back (the database edited directly).
struct AuditTrailTests {
    /// Runs SQL on the backend directly, as someone with the database file or the owner's role could.
    func edit(_ store: any LearnerDatabase, _ sql: String, bypassingTriggers: Bool = true) throws {
        if let file = store as? LearnerStore {
            try file.write { db in
                if bypassingTriggers {
                    try db.execute(sql: "DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete")
                }
                try db.execute(sql: sql)
            }
        } else if let server = store as? ClinicStore {
            try server.connection.transaction { () throws(StoreError) in
                if bypassingTriggers { try server.connection.run(raw: "ALTER TABLE audit_event DISABLE TRIGGER USER") }
                try server.connection.run(raw: sql)
            }
        } else {
            Issue.record("a backend this test cannot edit")
        }
    }

    /// Given a learner with a row of every kind: added, a session with an answer, a plan, a teach-back, a rename.
    func history(_ store: any LearnerDatabase) throws -> Learner {
        store.auditContext = AuditContext(station: "ward-4", osUser: "rn-kim")
        let ana = try store.addLearner("Ana", at: t0)
        let session = try store.startSession(
            NewSession(learnerID: ana.id, mode: .review, facilitator: "RN Kim", bankID: "b", startedAt: t0))
        _ = try answer(store, learner: ana, session: session, item: "q1", correct: true, at: t0)
        try store.setPlanEntry(PlanEntry(bankID: "b", readyBy: nil, assignedAt: t0), learnerID: ana.id)
        _ = try store.recordTeachBack(
            TeachBackRecord(
                learnerID: ana.id, sessionID: session, bankID: "b", pointID: "q1", result: .ownWords, nurse: "RN Kim",
                recordedAt: t0))
        try store.renameLearner("Ana", to: "Ana B")
        return ana
    }

    @Test(arguments: Backend.allCases) func everyAccessIsAnEventNamingTheStationAndNeverAName(backend: Backend) throws {
        let store = try backend.make()
        let ana = try history(store)
        // When a report is made and the learner deleted
        try store.appendAudit(.reportMade, learnerID: ana.id, detail: "format text", at: t0)
        try store.deleteLearner("Ana B")
        // Then each access is an event, in order, naming the station and the OS user; answers wrote none
        let events = try store.auditEvents(learnerID: nil, since: nil)
        #expect(
            events.map(\.action) == [
                .learnerAdded, .sessionStarted, .planChanged, .teachBackRecorded, .learnerRenamed, .reportMade,
                .learnerDeleted,
            ])
        #expect(events.allSatisfy { $0.station == "ward-4" && $0.osUser == "rn-kim" && $0.learnerID == ana.id })
        // And the deleted learner's events keep their id, and no event holds a learner's name
        #expect(try store.auditEvents(learnerID: ana.id, since: nil).count == events.count)
        #expect(!events.contains { ($0.detail ?? "").contains("Ana") })
        #expect(events[1].detail == "mode review; topic b")
        // And nothing anyone typed (the nurse's name field) is in the trail, which is never erased
        #expect(!events.contains { ($0.detail ?? "").contains("RN Kim") })
        #expect(try store.verifyAudit() == AuditVerification(events: 7, head: events.last?.hash, problems: []))
    }

    @Test(arguments: Backend.allCases) func theTrailCanOnlyBeAddedTo(backend: Backend) throws {
        let store = try backend.make()
        _ = try history(store)
        // When anyone changes or deletes an event through the database, Then it is refused
        for sql in ["UPDATE audit_event SET detail = 'x'", "DELETE FROM audit_event"] {
            #expect(throws: (any Error).self, "\(sql) on \(backend)") {
                try edit(store, sql, bypassingTriggers: false)
            }
        }
        #expect(try store.auditEvents(learnerID: nil, since: nil).count == 5)
    }

    @Test(arguments: Backend.allCases) func verifyFindsAnEventChangedRemovedOrInserted(backend: Backend) throws {
        // Given an untouched trail of five events, which verifies
        for tampering in ["changed", "removed", "inserted"] {
            let store = try backend.make()
            _ = try history(store)
            let events = try store.auditEvents(learnerID: nil, since: nil)
            let ids = events.compactMap { $0.id?.rawValue }
            #expect(try store.verifyAudit().isIntact)
            // When the database is edited behind the store's back
            switch tampering {
            case "changed": try edit(store, "UPDATE audit_event SET os_user = 'someone' WHERE id = \(ids[2])")
            case "removed": try edit(store, "DELETE FROM audit_event WHERE id = \(ids[2])")
            default:
                try edit(
                    store,
                    """
                    INSERT INTO audit_event (id, at, action, learner_id, station, os_user, detail, previous_hash, hash)
                    SELECT -1, at, action, learner_id, station, os_user, detail, previous_hash, hash FROM audit_event
                    WHERE id = \(ids[3])
                    """)
            }
            // Then verify names the event where the chain breaks
            let result = try store.verifyAudit()
            switch tampering {
            case "changed": #expect(result.problems == [.changed(AuditID(ids[2]))], "\(backend)")
            case "removed": #expect(result.problems == [.brokenLink(AuditID(ids[3]))], "\(backend)")
            default: #expect(result.problems.contains(.brokenLink(-1)) && result.problems.count == 2, "\(backend)")
            }
        }
    }

    /// A row with an action this release does not know (inserted by hand, or a newer release's) is read and
    /// reported, never a stop: `audit list` and `audit verify` go on.
    @Test(arguments: Backend.allCases) func anUnknownActionIsReportedNotAStop(backend: Backend) throws {
        let store = try backend.make()
        defer { store.close() }
        _ = try history(store)
        try edit(
            store,
            """
            INSERT INTO audit_event (at, action, station, os_user, previous_hash, hash)
            VALUES (0, 'bogus', 'x', 'x', 'x', 'x')
            """, bypassingTriggers: false)
        let events = try store.auditEvents(learnerID: nil, since: nil)
        let last = try #require(events.last)
        #expect(last.action == .unknown && last.actionName == "bogus")
        let result = try store.verifyAudit()
        let id = try #require(last.id)
        #expect(result.problems.contains(.unknownAction(id, "bogus")))
        #expect(result.problems.contains(.brokenLink(id)) && result.problems.contains(.changed(id)))
        #expect(result.events == events.count)
    }
}
