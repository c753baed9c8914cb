import Foundation
import LearnerModel
import Testing
import TestSupport

/// An event whose record carries no time (a rename, a delete, a result or a topic taken back) takes it from the
/// store's audit clock: the commands' clock, so `TEACHBACK_NOW` holds for the whole trail.
struct AuditClockTests {
    @Test(arguments: Backend.allCases)
    func eventsWithoutATimeOfTheirOwnTakeTheAuditClock(_ backend: Backend) throws {
        let store = try backend.make()
        defer { store.close() }
        let t0 = Date(timeIntervalSince1970: 1_800_000_000)
        store.auditContext.clock = { Date(timeIntervalSince1970: 1_800_000_000 + 3600) }
        let ana = try store.addLearner("Ana", at: t0)
        let session = try store.startSession(
            NewSession(learnerID: ana.id, mode: .teachBack, bankID: "b", startedAt: t0))
        let result = try store.recordTeachBack(
            TeachBackRecord(
                learnerID: ana.id, sessionID: session, bankID: "b", pointID: "p", result: .ownWords, nurse: "RN",
                recordedAt: t0))
        #expect(try store.removeTeachBack(id: result))
        try store.setPlanEntry(PlanEntry(bankID: "b", readyBy: nil, assignedAt: t0), learnerID: ana.id)
        #expect(try store.removePlanEntry(bankID: "b", learnerID: ana.id))
        try store.renameLearner("Ana", to: "Ana R")
        try store.deleteLearner("Ana R")
        let events = try store.auditEvents(learnerID: nil, since: nil)
        let later = t0.addingTimeInterval(3600)
        #expect(
            events.map { "\($0.action.rawValue)@\($0.at == later ? "clock" : $0.at == t0 ? "record" : "other")" } == [
                "learner-added@record", "session-started@record", "teach-back-recorded@record",
                "teach-back-removed@clock", "plan-changed@record", "plan-changed@clock", "learner-renamed@clock",
                "learner-deleted@clock",
            ])
        #expect(try store.verifyAudit().isIntact)
    }
}
