import Foundation
import LearnerModel
import Scheduling

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
        func rows(_ name: String) -> [[String: StoredValue]] { tables.first { $0.table == name }?.rows ?? [] }
        guard let person = rows("learner").first, case .text(let rawName)? = person["name"] else {
            throw StoreError.other(path: place, detail: "a learner without a name cannot be copied")
        }
        let name = LearnerName.normalized(rawName)
        return try connection.transaction { () throws(StoreError) -> Counts in
            let learnerID: Int64
            if let existing = try learner(named: name) {
                learnerID = existing.id
            } else {
                learnerID =
                    try connection.run(
                        """
                        INSERT INTO learner (name, name_key, created_at, algorithm, desired_retention, new_per_day,
                            confidence_step, read_aloud) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
                        """,
                        [
                            .text(name), .text(Self.nameKey(name)), .double(person["created_at"]?.double ?? 0),
                            .text(person["algorithm"]?.text ?? "fsrs"),
                            .double(person["desired_retention"]?.double ?? 0.9),
                            .int(person["new_per_day"]?.int ?? 10), .bool((person["confidence_step"]?.int ?? 0) != 0),
                            .bool((person["read_aloud"]?.int ?? 0) != 0),
                        ]
                    ).first?.int("id") ?? -1
            }
            var sessionIDs: [Int64: Int64] = [:]
            for s in rows("session") {
                guard let oldID = s["id"]?.int else { continue }
                let key = "\(source)#\(oldID)"
                let inserted = try connection.run(
                    """
                    INSERT INTO session (learner_id, mode, section, facilitator, bank_id, started_at, ended_at, copied_from)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (copied_from) DO NOTHING RETURNING id
                    """,
                    [
                        .int(learnerID), .text(s["mode"]?.text ?? "review"), .text(s["section"]?.text),
                        .text(s["facilitator"]?.text), .text(s["bank_id"]?.text), .double(s["started_at"]?.double ?? 0),
                        .double(s["ended_at"]?.double), .text(key),
                    ])
                if let newID = try inserted.first?.int("id") { sessionIDs[oldID] = newID }
            }
            // Only the answers of sessions copied now: a session copied before has its answers already.
            for a in rows("attempt").sorted(by: { ($0["id"]?.int ?? 0) < ($1["id"]?.int ?? 0) }) {
                guard let old = a["session_id"]?.int, let session = sessionIDs[old] else { continue }
                let scheduled = (a["scheduled"]?.int ?? 0) != 0
                try connection.run(
                    """
                    INSERT INTO attempt (session_id, learner_id, bank_id, item_id, point_id, item_version, section, chosen,
                        chosen_text, correct, confidence, response_ms, answered_at, rating, scheduled, had_state, prev_phase,
                        prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review, prev_reps, prev_lapses,
                        prev_streak)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
                        $21, $22, $23, $24, $25)
                    """,
                    [
                        .int(session), .int(learnerID), .text(a["bank_id"]?.text ?? "immunotherapy-recurrence"),
                        .text(a["item_id"]?.text ?? ""), .text(a["point_id"]?.text ?? a["item_id"]?.text ?? ""),
                        .text(a["item_version"]?.text ?? ""), .text(a["section"]?.text ?? ""),
                        .int(a["chosen"]?.int ?? 0),
                        .text(a["chosen_text"]?.text ?? ""), .bool((a["correct"]?.int ?? 0) != 0),
                        .text(a["confidence"]?.text), .int(a["response_ms"]?.int ?? 0),
                        .double(a["answered_at"]?.double ?? 0), .int(a["rating"]?.int ?? 3), .bool(scheduled),
                        .bool(a["had_state"]?.int.map { $0 != 0 }), .text(a["prev_phase"]?.text),
                        .int(a["prev_step"]?.int), .double(a["prev_stability"]?.double),
                        .double(a["prev_difficulty"]?.double), .double(a["prev_due"]?.double),
                        .double(a["prev_last_review"]?.double), .int(a["prev_reps"]?.int), .int(a["prev_lapses"]?.int),
                        .int(a["prev_streak"]?.int),
                    ])
            }
            for r in rows("review_state") {
                try connection.run(
                    """
                    INSERT INTO review_state (learner_id, bank_id, item_id, phase, step, stability, difficulty, due,
                        last_review, reps, lapses, streak, introduced_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                    ON CONFLICT (learner_id, bank_id, item_id) DO NOTHING
                    """,
                    [
                        .int(learnerID), .text(r["bank_id"]?.text ?? "immunotherapy-recurrence"),
                        .text(r["item_id"]?.text ?? ""), .text(r["phase"]?.text ?? "Learning"), .int(r["step"]?.int),
                        .double(r["stability"]?.double), .double(r["difficulty"]?.double),
                        .double(r["due"]?.double ?? 0),
                        .double(r["last_review"]?.double), .int(r["reps"]?.int ?? 0), .int(r["lapses"]?.int ?? 0),
                        .int(r["streak"]?.int ?? 0), .double(r["introduced_at"]?.double ?? 0),
                    ])
            }
            // Only the results of sessions copied now, as with answers.
            for t in rows("teach_back").sorted(by: { ($0["id"]?.int ?? 0) < ($1["id"]?.int ?? 0) }) {
                guard let old = t["session_id"]?.int, let session = sessionIDs[old] else { continue }
                try connection.run(
                    """
                    INSERT INTO teach_back (session_id, learner_id, bank_id, point_id, result, note, nurse, recorded_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                    """,
                    [
                        .int(session), .int(learnerID), .text(t["bank_id"]?.text ?? ""),
                        .text(t["point_id"]?.text ?? ""),
                        .text(t["result"]?.text ?? "skipped"), .text(t["note"]?.text), .text(t["nurse"]?.text ?? ""),
                        .double(t["recorded_at"]?.double ?? 0),
                    ])
            }
            for p in rows("plan") {
                try connection.run(
                    """
                    INSERT INTO plan (learner_id, bank_id, ready_by, assigned_at, assigned_by, position)
                    VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (learner_id, bank_id) DO NOTHING
                    """,
                    [
                        .int(learnerID), .text(p["bank_id"]?.text ?? ""), .text(p["ready_by"]?.text),
                        .double(p["assigned_at"]?.double ?? 0), .text(p["assigned_by"]?.text),
                        .int(p["position"]?.int ?? 1),
                    ])
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
    var double: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .real(let d): d
        default: nil
        }
    }
    var text: String? {
        if case .text(let s) = self { return s }
        return nil
    }
}
