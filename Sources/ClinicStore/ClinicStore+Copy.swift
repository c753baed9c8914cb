import Foundation
import LearnerModel
import Scheduling
import StoreRecords

extension ClinicStore {
    /// Row counts of one learner's records: learners, sessions, answers, review states, plan entries.
    public struct Counts: Equatable, CustomStringConvertible, Sendable {
        public var learners = 0, sessions = 0, attempts = 0, reviewStates = 0, plans = 0, teachBacks = 0
        public init() {}
        public var description: String {
            "\(learners) learners, \(sessions) sessions, \(attempts) answers, \(reviewStates) review states, \(plans) plan entries, \(teachBacks) teach-back results"
        }
        public static func + (a: Counts, b: Counts) -> Counts {
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
    public static func counts(of tables: [ExportedTable]) -> Counts {
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
    public func importLearner(_ tables: [ExportedTable], source: String) throws(StoreError) -> Counts {
        func rows(_ name: String) -> [ExportedRow] {
            (tables.first { $0.table == name }?.rows ?? []).map { ExportedRow($0, place: source) }
                .sorted { (($0.values["id"]?.int) ?? 0) < (($1.values["id"]?.int) ?? 0) }
        }
        guard let person = rows("learner").first, let rawName = try person.text("name") else {
            throw StoreError.other(path: place, detail: "a learner without a name cannot be copied")
        }
        let name = LearnerName.normalized(rawName)
        return try connection.transaction { () throws(StoreError) -> Counts in
            let learnerID: LearnerID
            if let existing = try learner(named: name) {
                learnerID = existing.id
            } else {
                let settings = LearnerSettings(
                    algorithm: Algorithm(rawValue: try person.text("algorithm") ?? "") ?? .fsrs,
                    desiredRetention: try person.double("desired_retention") ?? 0.9,
                    newPerDay: Int(try person.int("new_per_day") ?? 10),
                    confidenceStep: try person.bool("confidence_step") ?? false,
                    readAloud: try person.bool("read_aloud") ?? false)
                let created = Date(timeIntervalSince1970: try person.double("created_at") ?? 0)
                learnerID = try newID(
                    connection.run(LearnerRows.insert(name: name, created: created, settings: settings)),
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
                guard let bankID = try p.text("bank_id") else { continue }
                let entry = PlanEntry(
                    bankID: bankID, readyBy: try p.text("ready_by").flatMap { CalendarDay($0) },
                    assignedAt: Date(timeIntervalSince1970: try p.double("assigned_at") ?? 0),
                    assignedBy: try p.text("assigned_by"))
                try connection.run(
                    PlanRows.insertKeeping(entry, learnerID: learnerID, position: Int(try p.int("position") ?? 1)))
            }
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
