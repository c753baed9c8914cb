import Foundation
import LearnerModel
internal import StoreRecords

extension ClinicStore {
    package func appendAudit(_ action: AuditAction, learnerID: LearnerID?, detail: String?, at date: Date)
        throws(StoreError)
    {
        try connection.transaction { () throws(StoreError) in
            try appendAuditInTransaction(action, learnerID: learnerID, detail: detail, at: date)
        }
    }

    /// Appends an event inside a transaction already open, under the trail's advisory lock (held to its end), so
    /// two stations never chain two events to one predecessor.
    func appendAuditInTransaction(
        _ action: AuditAction, learnerID: LearnerID?, detail: String?, at date: Date, nurse: NurseID? = nil
    ) throws(StoreError) {
        try connection.run("SELECT pg_advisory_xact_lock(\(AuditRows.lockKey))")
        let previous = try connection.run(AuditRows.head).first?.text("hash") ?? AuditRows.genesis
        let event = AuditRows.event(
            action, learnerID: learnerID, detail: detail, at: date, context: auditContext, nurse: nurse,
            previousHash: previous)
        try connection.run(AuditRows.insert(event))
    }

    package func auditEvents(learnerID: LearnerID?, since: Date?) throws(StoreError) -> [AuditEvent] {
        try connection.run(AuditRows.events(learnerID: learnerID, since: since)).map(AuditRows.event)
    }

    package func verifyAudit() throws(StoreError) -> AuditVerification {
        AuditRows.verify(try auditEvents(learnerID: nil, since: nil))
    }
}
