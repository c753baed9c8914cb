import Foundation
import LearnerModel
import Scheduling
internal import StoreRecords

extension ClinicStore {
    package func reviewStates(learnerID: LearnerID, bankID: String) throws(StoreError) -> [String: ReviewState] {
        var states: [String: ReviewState] = [:]
        for row in try connection.run(ReviewStateRows.all(learnerID, bankID: bankID)) {
            if let state = try ReviewStateRows.state(row) { states[try row.text(required: "item_id")] = state }
        }
        return states
    }

    package func lastResults(learnerID: LearnerID, bankID: String) throws(StoreError) -> [String: Bool] {
        var results: [String: Bool] = [:]
        for row in try connection.run(AttemptRows.lastResults(learnerID, bankID: bankID)) {
            results[try row.text(required: "point_id")] = try row.bool(required: "correct")
        }
        return results
    }

    package func lapsedItems(learnerID: LearnerID, bankID: String, since: Date) throws(StoreError) -> Set<String> {
        Set(
            try connection.run(AttemptRows.lapsed(learnerID, bankID: bankID, since: since)).map {
                row throws(StoreError) in try row.text(required: "point_id")
            })
    }

    package func introducedCount(learnerID: LearnerID, bankID: String, since: Date) throws(StoreError) -> Int {
        let rows = try connection.run(ReviewStateRows.introducedCount(learnerID, bankID: bankID, since: since))
        return Int(try rows.first?.int("n") ?? 0)
    }

    package func answerTimes(learnerID: LearnerID, bankID: String) throws(StoreError) -> [String: [Date]] {
        var times: [String: [Date]] = [:]
        for row in try connection.run(AttemptRows.answerTimes(learnerID, bankID: bankID)) {
            times[try row.text(required: "point_id"), default: []].append(
                Date(timeIntervalSince1970: try row.double(required: "answered_at")))
        }
        return times
    }

    /// The session and its audit event in one transaction (the answers that follow write none).
    package func startSession(_ s: NewSession) throws(StoreError) -> SessionID {
        try connection.transaction { () throws(StoreError) -> SessionID in
            let id = try newID(connection.run(SessionRows.insert(SessionRow(s))), SessionID.self)
            try appendAuditInTransaction(
                .sessionStarted, learnerID: s.learnerID, detail: AuditRows.detail(s), at: s.startedAt, nurse: s.nurseID)
            return id
        }
    }

    package func endSession(_ id: SessionID, at date: Date) throws(StoreError) {
        try connection.run(SessionRows.end(id, at: date))
    }

    /// The attempt and the new review state in one transaction, the state's row locked while it is written.
    /// Records the answer in one round trip when it can: one statement (so one transaction) that writes the review
    /// state only if it is still the one the answer was computed from, and the attempt only if the state was written.
    /// When another station changed the state, the answer is rebased under a row lock in a transaction of its own.
    /// If the connection fails with the answer sent, the server is asked (on a new connection) whether it was saved:
    /// if it was, it counts; if not, it is sent once more; if the server cannot be asked, it is reported as not saved
    /// and taken out later should it turn out to have been saved after all.
    package func recordAnswer(_ record: AnswerRecord) throws(StoreError) -> AttemptID {
        try settleUnconfirmed()
        do {
            if let id = try answerInOneStatement(record) { return id }
        } catch .serverUnreachable(let location, let detail) {
            switch askWhetherSaved(record) {
            case .unknown:
                unconfirmedAttempt = record
                throw StoreError.serverUnreachable(location: location, detail: detail)
            case .saved(let id): return id
            case .notSaved: if let id = try answerInOneStatement(record) { return id }
            }
        }
        try connection.beginRetryingOnce()
        let id: AttemptID
        do {
            id = try writeAnswer(record)
        } catch {
            if connection.isOpen { _ = try? connection.run(raw: "ROLLBACK") }
            throw error
        }
        do {
            try connection.run(raw: "COMMIT")
            return id
        } catch {
            // No reply to COMMIT: the server may or may not have committed. Ask it, on a new connection.
            switch askWhetherSaved(record) {
            case .saved(let id): return id
            case .notSaved: throw error
            case .unknown:
                unconfirmedAttempt = record
                throw error
            }
        }
    }

    /// What the server said when asked whether an answer whose reply was lost was saved.
    enum Saved {
        case saved(AttemptID)
        case notSaved
        /// The server could not be asked.
        case unknown
    }

    /// Connects again and asks whether the answer was saved.
    func askWhetherSaved(_ record: AnswerRecord) -> Saved {
        do {
            try connection.connect(quickly: 3)
            return try savedAttempt(record).map(Saved.saved) ?? .notSaved
        } catch {
            return .unknown
        }
    }

    /// The answer's attempt if the server has it.
    func savedAttempt(_ a: AnswerRecord) throws(StoreError) -> AttemptID? {
        try connection.run(AttemptRows.saved(a)).first?.int("id").map { AttemptID($0) }
    }

    /// The answer as one statement; nil when the review state was not the one it was computed from (nothing written).
    func answerInOneStatement(_ a: AnswerRecord) throws(StoreError) -> AttemptID? {
        let attempt = AttemptRow(a)
        guard let new = a.newState else {
            return try connection.runPrepared("teachback_exam_answer", AttemptRows.insert(attempt)).first?.int("id")
                .map { AttemptID($0) }
        }
        let state = ReviewStateRow(
            learnerID: a.learnerID, bankID: a.bankID, pointID: a.pointID, state: new, introducedAt: a.answeredAt)
        let statement: StoreSQL = """
            WITH written AS (\(ReviewStateRows.save(state, .unchanged(from: a.previousState))))
            \(AttemptRows.insert(attempt, onlyIf: "EXISTS (SELECT 1 FROM written)"))
            """
        let rows = try connection.runPrepared("teachback_answer", statement.shaped("answer.one-statement"))
        return try rows.first?.int("id").map { AttemptID($0) }
    }

    /// Takes out an answer that was reported as not saved but that the server may have committed after all.
    func settleUnconfirmed() throws(StoreError) {
        guard let record = unconfirmedAttempt else { return }
        try connection.transaction { () throws(StoreError) in
            guard let id = try savedAttempt(record), let a = try connection.run(AttemptRows.withID(id)).first
            else { return }
            let learnerID = LearnerID(try a.int(required: "learner_id"))
            let bankID = try a.text(required: "bank_id")
            let pointID = try a.text(required: "point_id")
            // Its state goes back to the one before it, unless a later answer has moved it on since.
            if try a.bool(required: "scheduled"),
                let state = try connection.run(ReviewStateRows.state(learnerID, bankID, pointID)).first,
                try state.double("last_review") == (try a.double(required: "answered_at"))
            {
                try restoreState(before: a)
            }
            try connection.run(AttemptRows.delete(id))
        }
        unconfirmedAttempt = nil
    }

    /// The answer's statements when its state had changed, inside the transaction `recordAnswer` opened: the state's
    /// row is locked, the answer rebased onto it (`AnswerRecord.rebased`) and both written; returns the attempt id.
    func writeAnswer(_ record: AnswerRecord) throws(StoreError) -> AttemptID {
        var a = record
        if a.newState != nil {
            let current = try connection.run(ReviewStateRows.state(a.learnerID, a.bankID, a.pointID)).first.flatMap {
                row throws(StoreError) in try ReviewStateRows.state(row)
            }
            if !a.wasComputed(from: current) {
                let settings =
                    try connection.run(LearnerRows.withID(a.learnerID)).first.map(LearnerRows.learner)?.settings
                    ?? LearnerSettings()
                a = a.rebased(onto: current, settings: settings)
            }
            if let new = a.newState {
                try connection.run(
                    ReviewStateRows.save(
                        ReviewStateRow(
                            learnerID: a.learnerID, bankID: a.bankID, pointID: a.pointID, state: new,
                            introducedAt: a.answeredAt)))
            }
        }
        return try newID(connection.run(AttemptRows.insert(AttemptRow(a))), AttemptID.self)
    }

    package func undoLastAnswer(sessionID: SessionID) throws(StoreError) -> String? {
        try settleUnconfirmed()
        return try connection.transaction { () throws(StoreError) -> String? in
            guard let a = try connection.run(AttemptRows.last(ofSession: sessionID)).first else { return nil }
            if try a.bool(required: "scheduled") {
                // Locks the state's row (if there is one) until the transaction ends.
                try connection.run(
                    ReviewStateRows.state(
                        LearnerID(try a.int(required: "learner_id")), try a.text(required: "bank_id"),
                        try a.text(required: "point_id")))
                try restoreState(before: a)
            }
            try connection.run(AttemptRows.delete(AttemptID(try a.int(required: "id"))))
            return try a.text(required: "item_id")
        }
    }

    /// Puts back the review state an attempt replaced (none, for a first answer), from the attempt's row.
    func restoreState(before a: PostgresRow) throws(StoreError) {
        let learnerID = LearnerID(try a.int(required: "learner_id"))
        let bankID = try a.text(required: "bank_id")
        let pointID = try a.text(required: "point_id")
        if try a.bool("had_state") == true, let previous = try ReviewStateRows.state(a, prefix: "prev_") {
            try connection.run(
                ReviewStateRows.save(
                    ReviewStateRow(
                        learnerID: learnerID, bankID: bankID, pointID: pointID, state: previous, introducedAt: nil)))
        } else {
            try connection.run(ReviewStateRows.delete(learnerID, bankID, pointID))
        }
    }
}
