import Foundation
internal import GRDB
import LearnerModel
internal import StoreRecords

extension LearnerStore {
    /// The audit trail (schema v9). No foreign key to `learner`: a deleted learner's events keep their id. Triggers
    /// refuse UPDATE and DELETE; someone who edits the file around them is found by `audit verify`.
    static func v9(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE audit_event (
                    id INTEGER PRIMARY KEY,
                    at REAL NOT NULL,
                    action TEXT NOT NULL,
                    learner_id INTEGER,
                    station TEXT NOT NULL,
                    os_user TEXT NOT NULL,
                    detail TEXT,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX audit_event_learner ON audit_event(learner_id, id);
                CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                """)
    }

    public func appendAudit(_ action: AuditAction, learnerID: LearnerID?, detail: String?, at date: Date)
        throws(StoreError)
    {
        try write { db in try self.appendAudit(db, action, learnerID: learnerID, detail: detail, at: date) }
    }

    /// Appends an event inside a write transaction already open (which holds the file's write lock).
    func appendAudit(
        _ db: Database, _ action: AuditAction, learnerID: LearnerID?, detail: String?, at date: Date,
        nurse: NurseID? = nil
    ) throws {
        let previous = try db.value(AuditRows.head, as: String.self) ?? AuditRows.genesis
        let event = AuditRows.event(
            action, learnerID: learnerID, detail: detail, at: date, context: auditContext, nurse: nurse,
            previousHash: previous)
        try db.run(AuditRows.insert(event))
    }

    public func auditEvents(learnerID: LearnerID?, since: Date?) throws(StoreError) -> [AuditEvent] {
        try read { db in
            try db.rows(AuditRows.events(learnerID: learnerID, since: since)).map {
                try AuditRows.event(self.record($0))
            }
        }
    }

    public func verifyAudit() throws(StoreError) -> AuditVerification {
        AuditRows.verify(try auditEvents(learnerID: nil, since: nil))
    }
}
