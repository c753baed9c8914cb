import Foundation
import QuizEngine
import Scheduling

/// A store in memory that records what it was asked, and can be told to fail.
final class MemoryStore: QuizStore {
    var learners: [Learner] = []
    var states: [Int64: [String: ReviewState]] = [:]
    var attempts: [AnswerRecord] = []
    var attemptIDs: [Int64] = []
    var sessions: [(id: Int64, session: NewSession, ended: Date?)] = []
    var failNextRecord = false
    struct Failure: Error, CustomStringConvertible { var description: String { "the disk is full" } }

    func reviewStates(learnerID: Int64) throws -> [String: ReviewState] { states[learnerID] ?? [:] }

    func lastResults(learnerID: Int64) throws -> [String: Bool] {
        attempts.filter { $0.learnerID == learnerID }.reduce(into: [:]) { $0[$1.itemID] = $1.correct }
    }

    func lapsedItems(learnerID: Int64, since: Date) throws -> Set<String> {
        Set(
            attempts.filter {
                $0.learnerID == learnerID && $0.answeredAt >= since && $0.rating == .again
                    && $0.previousState?.phase == .review
            }.map(\.itemID))
    }

    func introducedCount(learnerID: Int64, since: Date) throws -> Int {
        Set(
            attempts.filter {
                $0.learnerID == learnerID && $0.newState != nil && $0.previousState == nil && $0.answeredAt >= since
            }.map(\.itemID)
        ).count
    }

    func startSession(_ session: NewSession) throws -> Int64 {
        let id = Int64(sessions.count + 1)
        sessions.append((id, session, nil))
        return id
    }

    func endSession(_ id: Int64, at: Date) throws {
        if let i = sessions.firstIndex(where: { $0.id == id }) { sessions[i].ended = at }
    }

    func recordAnswer(_ answer: AnswerRecord) throws -> Int64 {
        if failNextRecord {
            failNextRecord = false
            throw Failure()
        }
        attempts.append(answer)
        let id = Int64(attempts.count + 100)
        attemptIDs.append(id)
        if let new = answer.newState { states[answer.learnerID, default: [:]][answer.itemID] = new }
        return id
    }

    func undoLastAnswer(sessionID: Int64) throws -> String? {
        guard let index = attempts.lastIndex(where: { $0.sessionID == sessionID }) else { return nil }
        let a = attempts.remove(at: index)
        attemptIDs.remove(at: index)
        if a.newState != nil { states[a.learnerID]?[a.itemID] = a.previousState }
        return a.itemID
    }

    func learnerNames() throws -> [String] { learners.map(\.name) }

    func findOrAddLearner(_ name: String, at date: Date) throws -> Learner {
        if let l = learners.first(where: { $0.name.lowercased() == name.lowercased() }) { return l }
        let l = Learner(id: Int64(learners.count + 1), name: name, created: date)
        learners.append(l)
        return l
    }

    func updateSettings(_ settings: LearnerSettings, learnerID: Int64) throws {
        if let i = learners.firstIndex(where: { $0.id == learnerID }) { learners[i].settings = settings }
    }

    func sessionSummaries(learnerID: Int64) throws -> [SessionSummary] {
        sessions.filter { $0.session.learnerID == learnerID }.map { s in
            let here = attempts.filter { $0.sessionID == s.id }
            return SessionSummary(
                id: s.id, mode: s.session.mode, section: s.session.section, facilitator: s.session.facilitator,
                startedAt: s.session.startedAt, endedAt: s.ended, attempted: here.count,
                correct: here.filter(\.correct).count)
        }
    }
}

/// A clock the test moves by hand.
final class TestClock {
    var now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z
    func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}
