import Foundation
import LearnerModel

/// The `audit_event` table: append-only, each event chained to the one before by a SHA-256 over its fields and the
/// previous event's hash, so `audit verify` finds any event changed, removed or inserted. Written once for both stores.
///
/// An event is appended inside the transaction that does what it records, after the store has taken the trail's
/// write lock (SQLite's write transaction; PostgreSQL's advisory lock `AuditRows.lockKey`), so two stations never
/// chain two events to one predecessor.
package enum AuditRows {
    /// The hash before the first event.
    package static let genesis = String(repeating: "0", count: 64)
    /// PostgreSQL's advisory lock for appending to the trail (the migrations' is 7346110).
    package static let lockKey: Int64 = 7_346_111

    /// The new event, chained to `previousHash`.
    package static func event(
        _ action: AuditAction, learnerID: LearnerID?, detail: String?, at date: Date, context: AuditContext,
        nurse: NurseID? = nil, previousHash: String
    ) -> AuditEvent {
        var event = AuditEvent(
            at: date, action: action, learnerID: learnerID, station: context.station, osUser: context.osUser,
            detail: detail, previousHash: previousHash, hash: "", nurseID: nurse ?? context.nurse)
        event.hash = hash(of: event)
        return event
    }

    /// SHA-256 over the event's fields and its predecessor's hash, in hex. Each field is written with its length, so
    /// no two events' fields run together into the same text; a time by its exact bits. The nurse's account is a
    /// field only when there is one, so events written before accounts keep their hashes.
    package static func hash(of e: AuditEvent) -> String {
        var text = "teachback-audit-1"
        var fields = [
            String(e.at.timeIntervalSince1970.bitPattern, radix: 16), e.actionName,
            e.learnerID.map { String($0.rawValue) } ?? "-", e.station, e.osUser, e.detail ?? "-", e.previousHash,
        ]
        if let nurse = e.nurseID { fields.append("nurse \(nurse.rawValue)") }
        for field in fields {
            text += "\u{1F}\(field.utf8.count):" + field
        }
        return SHA256.hex(Array(text.utf8))
    }

    /// Walks the trail oldest first: each event's hash must come from its fields, and each must follow the one
    /// before it.
    package static func verify(_ events: [AuditEvent]) -> AuditVerification {
        var problems: [AuditVerification.Problem] = []
        var previous = genesis
        for event in events {
            let id = event.id ?? 0
            if event.previousHash != previous { problems.append(.brokenLink(id)) }
            if hash(of: event) != event.hash { problems.append(.changed(id)) }
            if event.action == .unknown { problems.append(.unknownAction(id, event.actionName)) }
            previous = event.hash
        }
        return AuditVerification(events: events.count, head: events.last?.hash, problems: problems)
    }

    /// What an event says about a session: its mode and topic. No text anyone typed goes into the trail (a nurse's
    /// name field, a note): the trail is never erased, and typed text can hold anything, a patient's name included.
    /// The nurse is named by their account (`nurse_id`), never by typed text.
    package static func detail(_ s: NewSession) -> String {
        ["mode \(s.mode.rawValue)", s.bankID.map { "topic \($0)" }].compactMap { $0 }.joined(separator: "; ")
    }

    package static func detail(_ r: TeachBackRecord) -> String {
        "topic \(r.bankID); point \(r.pointID); \(r.result.rawValue)"
    }

    package static func detail(_ entry: PlanEntry) -> String {
        ["topic \(entry.bankID)", entry.readyBy.map { "ready by \($0)" }].compactMap { $0 }.joined(separator: "; ")
    }

    static func columns(_ e: AuditEvent) -> [Column] {
        [
            Column("at", e.at.timeIntervalSince1970), Column("action", e.actionName),
            Column("learner_id", e.learnerID?.rawValue), Column("station", e.station), Column("os_user", e.osUser),
            Column("detail", e.detail), Column("previous_hash", e.previousHash), Column("hash", e.hash),
            Column("nurse_id", e.nurseID?.rawValue),
        ]
    }

    /// The last event's hash, if any.
    package static let head: StoreSQL = "SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1"

    package static func insert(_ e: AuditEvent) -> StoreSQL {
        "\(StoreSQL.insert(into: "audit_event", columns(e))) RETURNING id"
    }

    /// The trail (about one learner, since a time), oldest first.
    package static func events(learnerID: LearnerID?, since: Date?) -> StoreSQL {
        """
        SELECT * FROM audit_event WHERE (\(learnerID?.rawValue) IS NULL OR learner_id = \(learnerID?.rawValue))
            AND at >= \(since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude)
        ORDER BY id
        """
    }

    package static let all: StoreSQL = "SELECT * FROM audit_event ORDER BY id"

    package static func event(_ row: some RecordRow) throws(StoreError) -> AuditEvent {
        // An action this release does not know is read as it is, for `audit verify` to report, not refused: one
        // inserted row must not stop the trail being read.
        let text = try row.text(required: "action")
        let action = AuditAction(rawValue: text).flatMap { $0 == .unknown ? nil : $0 } ?? .unknown
        return AuditEvent(
            id: AuditID(try row.int(required: "id")),
            at: Date(timeIntervalSince1970: try row.double(required: "at")), action: action,
            learnerID: try row.int("learner_id").map { LearnerID($0) }, station: try row.text(required: "station"),
            osUser: try row.text(required: "os_user"), detail: try row.text("detail"),
            previousHash: try row.text(required: "previous_hash"), hash: try row.text(required: "hash"),
            nurseID: try row.int("nurse_id").map { NurseID($0) }, actionName: text)
    }
}
