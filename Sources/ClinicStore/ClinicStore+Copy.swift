import Foundation
import LearnerModel
import Scheduling
internal import StoreRecords
import Words

extension ClinicStore {
    /// Row counts of one learner's records: learners, sessions, answers, review states, plan entries.
    package struct Counts: Equatable, CustomStringConvertible, Sendable {
        package var learners = 0, sessions = 0, attempts = 0, reviewStates = 0, plans = 0, teachBacks = 0
        package init() {}
        package var description: String { message.text(.english) }
        /// The counts in words, for `db copy`.
        package var message: Message {
            Message(
                "{learners}, {sessions}, {answers}, {states}, {plans}, {results}",
                [
                    "learners": Message.plural("{count} learner", "{count} learners", count: learners),
                    "sessions": Message.plural("{count} session", "{count} sessions", count: sessions),
                    "answers": Message.plural("{count} answer", "{count} answers", count: attempts),
                    "states": Message.plural("{count} review state", "{count} review states", count: reviewStates),
                    "plans": Message.plural("{count} plan entry", "{count} plan entries", count: plans),
                    "results": Message.plural(
                        "{count} teach-back result", "{count} teach-back results", count: teachBacks),
                ])
        }
        package static func + (a: Counts, b: Counts) -> Counts {
            var c = Counts()
            c.learners = a.learners + b.learners
            c.sessions = a.sessions + b.sessions
            c.attempts = a.attempts + b.attempts
            c.reviewStates = a.reviewStates + b.reviewStates
            c.plans = a.plans + b.plans
            c.teachBacks = a.teachBacks + b.teachBacks
            return c
        }
    }

    /// The counts of what a learner export holds.
    package static func counts(of tables: [ExportedTable]) -> Counts {
        var c = Counts()
        for t in tables {
            switch t.table {
            case "learner": c.learners = t.rows.count
            case "session": c.sessions = t.rows.count
            case "attempt": c.attempts = t.rows.count
            case "review_state": c.reviewStates = t.rows.count
            case "plan": c.plans = t.rows.count
            case "teach_back": c.teachBacks = t.rows.count
            default: break
            }
        }
        return c
    }

    /// Copies one learner's records (a `LearnerRecords.export` of a station's file) into the server, in one
    /// transaction. Copying again copies nothing twice: the learner is found by name, each session by where it came
    /// from (`source` and its id there), review states and plan entries already on the server are kept.
    /// Returns what is on the server for this learner afterwards.
    ///
    /// A record a nurse made signed in on the station keeps the nurse's name but no account: the server cannot know
    /// that the file's accounts are its own (anyone can make a file with an account of any name), so the report
    /// reads "not verified" there.
    package func importLearner(_ tables: [ExportedTable], source: String) throws(StoreError) -> Counts {
        func rows(_ name: String) -> [ExportedRow] {
            (tables.first { $0.table == name }?.rows ?? []).map { ExportedRow($0, place: source) }
                .sorted { (($0.values["id"]?.int) ?? 0) < (($1.values["id"]?.int) ?? 0) }
        }
        guard let person = rows("learner").first, let rawName = try person.text("name") else {
            throw StoreError.other(path: place, detail: Message("a learner without a name cannot be copied"))
        }
        let name = LearnerName.normalized(rawName)
        return try connection.transaction { () throws(StoreError) -> Counts in
            let learnerID: LearnerID
            if let existing = try learner(named: name) {
                learnerID = existing.id
            } else {
                let copied = try LearnerRows.learner(person)
                learnerID = try newID(
                    connection.run(LearnerRows.insert(name: name, created: copied.created, settings: copied.settings)),
                    LearnerID.self)
            }
            var sessionIDs: [Int64: SessionID] = [:]
            for s in rows("session") {
                guard let oldID = try s.int("id") else { continue }
                let session = try SessionRow(s, learnerID: learnerID, copiedFrom: "\(source)#\(oldID)")
                if let newID = try connection.run(SessionRows.insert(session)).first?.int("id") {
                    sessionIDs[oldID] = SessionID(newID)
                }
            }
            // Only the answers of sessions copied now: a session copied before has its answers already.
            for a in rows("attempt") {
                guard let old = try a.int("session_id"), let session = sessionIDs[old] else { continue }
                try connection.run(AttemptRows.insert(try AttemptRow(a, sessionID: session, learnerID: learnerID)))
            }
            for r in rows("review_state") {
                guard let state = try ReviewStateRows.row(r, learnerID: learnerID) else { continue }
                try connection.run(ReviewStateRows.save(state, .never))
            }
            // Only the results of sessions copied now, as with answers.
            for t in rows("teach_back") {
                guard let old = try t.int("session_id"), let session = sessionIDs[old] else { continue }
                _ = try connection.run(
                    TeachBackRows.insert(try TeachBackRows.copy(t, sessionID: session, learnerID: learnerID)))
            }
            for p in rows("plan") {
                let entry = try PlanRows.copiedEntry(p)
                try connection.run(
                    PlanRows.insertKeeping(
                        entry, learnerID: learnerID,
                        position: Int(try p.int(required: "position"))))
            }
            try appendAuditInTransaction(
                .learnerCopied, learnerID: learnerID, detail: "from \(source)", at: auditContext.clock())
            return Self.counts(of: try export(learnerID: learnerID))
        }
    }
}

extension StoredValue {
    var int: Int64? {
        switch self {
        case .integer(let i): i
        case .real(let d): Int64(d)
        default: nil
        }
    }
}
