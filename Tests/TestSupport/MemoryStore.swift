import Foundation
import LearnerModel
import LearnerStore
import Scheduling

/// The store the engine and UI tests use: SQLite in memory (`LearnerStore.inMemory()`, the real store, not a third
/// implementation of the contract), with what the tests look at kept beside it — the answers it was given, the
/// sessions started — and a switch to make the next answer or teach-back result fail.
public final class MemoryStore: LearnerDatabase {
    /// The real store underneath.
    public let base: LearnerStore

    public struct Session: Sendable {
        public var id: SessionID
        public var session: NewSession
        public var ended: Date?
    }

    /// Whose history: a learner in one bank (ids are unique only within a bank).
    public struct Owner: Hashable, Sendable {
        public var learnerID: LearnerID
        public var bankID: String
        public init(_ learnerID: LearnerID, _ bankID: String = TestBank.builtInID) {
            self.learnerID = learnerID
            self.bankID = bankID
        }
    }

    /// Every answer saved and not undone, oldest first, as the engine sent it.
    public private(set) var recorded: [AnswerRecord] = []
    /// Every session started, with when it ended.
    public private(set) var startedSessions: [Session] = []
    /// Makes the next `recordAnswer` or `recordTeachBack` fail (a full disk), once.
    public var failNextRecord = false

    public struct Failure: Error, CustomStringConvertible {
        public var description: String { "the disk is full" }
    }

    public init() {
        do {
            base = try LearnerStore.inMemory()
        } catch {
            fatalError("SQLite could not open a database in memory: \(error)")
        }
    }

    /// Review states by owner, then by teaching point. Setting one writes it to the store as a state seen long ago.
    public var states: [Owner: [String: ReviewState]] {
        get {
            var all: [Owner: [String: ReviewState]] = [:]
            for learner in (try? base.learners()) ?? [] {
                for bank in Set(((try? base.banksAnswered(learnerID: learner.id)) ?? []) + knownBanks) {
                    let states = (try? base.reviewStates(learnerID: learner.id, bankID: bank)) ?? [:]
                    if !states.isEmpty { all[Owner(learner.id, bank)] = states }
                }
            }
            return all
        }
        set {
            for (owner, states) in newValue {
                knownBanks.append(owner.bankID)
                for (point, state) in states {
                    do {
                        try base.saveReviewState(
                            state, learnerID: owner.learnerID, bankID: owner.bankID, pointID: point,
                            introducedAt: Date(timeIntervalSince1970: 0))
                    } catch {
                        fatalError("a test's review state could not be written: \(error)")
                    }
                }
            }
        }
    }

    /// Banks whose states were set by hand (no answer names them).
    var knownBanks: [String] = [TestBank.builtInID]

    /// Every learner, by name.
    public var learnerRows: [Learner] { (try? base.learners()) ?? [] }

    /// Teach-back results, oldest first.
    public var teachBackRows: [TeachBackRecord] {
        learnerRows.flatMap { (try? base.teachBacks(learnerID: $0.id, bankID: nil)) ?? [] }
            .sorted { ($0.id?.rawValue ?? 0) < ($1.id?.rawValue ?? 0) }
    }

    // MARK: QuizStore, recorded

    public func startSession(_ session: NewSession) throws -> SessionID {
        let id = try base.startSession(session)
        startedSessions.append(Session(id: id, session: session, ended: nil))
        return id
    }

    public func endSession(_ id: SessionID, at date: Date) throws {
        try base.endSession(id, at: date)
        if let i = startedSessions.firstIndex(where: { $0.id == id }) { startedSessions[i].ended = date }
    }

    public func recordAnswer(_ record: AnswerRecord) throws -> AttemptID {
        if failNextRecord {
            failNextRecord = false
            throw Failure()
        }
        let id = try base.recordAnswer(record)
        recorded.append(record)
        return id
    }

    public func undoLastAnswer(sessionID: SessionID) throws -> String? {
        let item = try base.undoLastAnswer(sessionID: sessionID)
        if item != nil, let i = recorded.lastIndex(where: { $0.sessionID == sessionID }) { recorded.remove(at: i) }
        return item
    }

    public func recordTeachBack(_ record: TeachBackRecord) throws -> TeachBackID {
        if failNextRecord {
            failNextRecord = false
            throw Failure()
        }
        return try base.recordTeachBack(record)
    }

    // MARK: The rest, as the store does it

    public func reviewStates(learnerID: LearnerID, bankID: String) throws(StoreError) -> [String: ReviewState] {
        try base.reviewStates(learnerID: learnerID, bankID: bankID)
    }
    public func lastResults(learnerID: LearnerID, bankID: String) throws -> [String: Bool] {
        try base.lastResults(learnerID: learnerID, bankID: bankID)
    }
    public func lapsedItems(learnerID: LearnerID, bankID: String, since: Date) throws -> Set<String> {
        try base.lapsedItems(learnerID: learnerID, bankID: bankID, since: since)
    }
    public func introducedCount(learnerID: LearnerID, bankID: String, since: Date) throws -> Int {
        try base.introducedCount(learnerID: learnerID, bankID: bankID, since: since)
    }
    public func answerTimes(learnerID: LearnerID, bankID: String) throws -> [String: [Date]] {
        try base.answerTimes(learnerID: learnerID, bankID: bankID)
    }
    public func learnerNames() throws -> [String] { try base.learnerNames() }
    public func findOrAddLearner(_ name: String, at date: Date) throws -> Learner {
        try base.findOrAddLearner(name, at: date)
    }
    public func updateSettings(_ settings: LearnerSettings, learnerID: LearnerID) throws(StoreError) {
        try base.updateSettings(settings, learnerID: learnerID)
    }
    public func sessionSummaries(learnerID: LearnerID, bankID: String?) throws -> [SessionSummary] {
        try base.sessionSummaries(learnerID: learnerID, bankID: bankID)
    }
    public func plan(learnerID: LearnerID) throws(StoreError) -> [PlanEntry] { try base.plan(learnerID: learnerID) }
    public func setPlanEntry(_ entry: PlanEntry, learnerID: LearnerID) throws(StoreError) {
        try base.setPlanEntry(entry, learnerID: learnerID)
    }
    public func removePlanEntry(bankID: String, learnerID: LearnerID) throws(StoreError) -> Bool {
        try base.removePlanEntry(bankID: bankID, learnerID: learnerID)
    }
    public func banksAnswered(learnerID: LearnerID) throws(StoreError) -> [String] {
        try base.banksAnswered(learnerID: learnerID)
    }
    public func removeTeachBack(id: TeachBackID) throws(StoreError) -> Bool { try base.removeTeachBack(id: id) }
    public func teachBacks(learnerID: LearnerID, bankID: String?) throws(StoreError) -> [TeachBackRecord] {
        try base.teachBacks(learnerID: learnerID, bankID: bankID)
    }
    public func pointMisses(learnerID: LearnerID, bankID: String) throws(StoreError) -> [PointMiss] {
        try base.pointMisses(learnerID: learnerID, bankID: bankID)
    }

    // MARK: LearnerRecords

    public func addLearner(_ name: String, at date: Date, settings: LearnerSettings) throws(StoreError) -> Learner {
        try base.addLearner(name, at: date, settings: settings)
    }
    public func learner(named name: String) throws(StoreError) -> Learner? { try base.learner(named: name) }
    public func learners() throws(StoreError) -> [Learner] { try base.learners() }
    public func learnerListings(at date: Date) throws(StoreError) -> [LearnerListing] {
        try base.learnerListings(at: date)
    }
    public func renameLearner(_ old: String, to new: String) throws(StoreError) {
        try base.renameLearner(old, to: new)
    }
    public func deleteLearner(_ name: String) throws(StoreError) { try base.deleteLearner(name) }
    public func sessions(learnerID: LearnerID, bankID: String?, since: Date?) throws(StoreError) -> [SessionSummary] {
        try base.sessions(learnerID: learnerID, bankID: bankID, since: since)
    }
    public func attempts(learnerID: LearnerID, bankID: String?, since: Date?) throws(StoreError) -> [StoredAttempt] {
        try base.attempts(learnerID: learnerID, bankID: bankID, since: since)
    }
    public func allAttempts() throws(StoreError) -> [StoredAttempt] { try base.allAttempts() }
    public func dueItems(learnerID: LearnerID, bankID: String, at date: Date, limit: Int) throws(StoreError)
        -> [String]
    {
        try base.dueItems(learnerID: learnerID, bankID: bankID, at: date, limit: limit)
    }
    public func export(learnerID: LearnerID) throws(StoreError) -> [ExportedTable] {
        try base.export(learnerID: learnerID)
    }
    public func integrityCheck() throws(StoreError) -> String { try base.integrityCheck() }
    public func schemaVersion() throws(StoreError) -> Int { try base.schemaVersion() }
    public func close() { base.close() }
}
