import Foundation
import LearnerModel
import LearnerStore
import Scheduling

/// The store the engine and UI tests use: SQLite in memory (`LearnerStore.inMemory()`, the real store, not a third
/// implementation of the contract), with what the tests look at kept beside it — the answers it was given, the
/// sessions started — and a switch to make the next answer or teach-back result fail.
package final class MemoryStore: LearnerDatabase {
    /// The real store underneath.
    package let base: LearnerStore

    package struct Session: Sendable {
        package var id: SessionID
        package var session: NewSession
        package var ended: Date?
    }

    /// Whose history: a learner in one bank (ids are unique only within a bank).
    package struct Owner: Hashable, Sendable {
        package var learnerID: LearnerID
        package var bankID: String
        package init(_ learnerID: LearnerID, _ bankID: String = TestBank.builtInID) {
            self.learnerID = learnerID
            self.bankID = bankID
        }
    }

    /// Every answer saved and not undone, oldest first, as the engine sent it.
    package private(set) var recorded: [AnswerRecord] = []
    /// Every session started, with when it ended.
    package private(set) var startedSessions: [Session] = []
    /// Makes the next `recordAnswer` or `recordTeachBack` fail (a full disk), once.
    package var failNextRecord = false

    /// What `failNextRecord` throws: the store's own error, as a full disk gives it.
    package static let diskFull = StoreError.diskFull(path: "/home/ana/teachback.sqlite")

    package init() {
        do {
            base = try LearnerStore.inMemory()
        } catch {
            fatalError("SQLite could not open a database in memory: \(error)")
        }
    }

    /// Review states by owner, then by teaching point. Setting one writes it to the store as a state seen long ago.
    package var states: [Owner: [String: ReviewState]] {
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
    package var learnerRows: [Learner] { (try? base.learners()) ?? [] }

    /// Teach-back results, oldest first.
    package var teachBackRows: [TeachBackRecord] {
        learnerRows.flatMap { (try? base.teachBacks(learnerID: $0.id, bankID: nil)) ?? [] }
            .sorted { ($0.id?.rawValue ?? 0) < ($1.id?.rawValue ?? 0) }
    }

    // MARK: QuizStore, recorded

    package func startSession(_ session: NewSession) throws -> SessionID {
        let id = try base.startSession(session)
        startedSessions.append(Session(id: id, session: session, ended: nil))
        return id
    }

    package func endSession(_ id: SessionID, at date: Date) throws {
        try base.endSession(id, at: date)
        if let i = startedSessions.firstIndex(where: { $0.id == id }) { startedSessions[i].ended = date }
    }

    package func recordAnswer(_ record: AnswerRecord) throws -> AttemptID {
        if failNextRecord {
            failNextRecord = false
            throw Self.diskFull
        }
        let id = try base.recordAnswer(record)
        recorded.append(record)
        return id
    }

    package func undoLastAnswer(sessionID: SessionID) throws -> String? {
        let item = try base.undoLastAnswer(sessionID: sessionID)
        if item != nil, let i = recorded.lastIndex(where: { $0.sessionID == sessionID }) { recorded.remove(at: i) }
        return item
    }

    package func recordTeachBack(_ record: TeachBackRecord) throws -> TeachBackID {
        if failNextRecord {
            failNextRecord = false
            throw Self.diskFull
        }
        return try base.recordTeachBack(record)
    }

    // MARK: The rest, as the store does it

    package func reviewStates(learnerID: LearnerID, bankID: String) throws(StoreError) -> [String: ReviewState] {
        try base.reviewStates(learnerID: learnerID, bankID: bankID)
    }
    package func lastResults(learnerID: LearnerID, bankID: String) throws -> [String: Bool] {
        try base.lastResults(learnerID: learnerID, bankID: bankID)
    }
    package func lapsedItems(learnerID: LearnerID, bankID: String, since: Date) throws -> Set<String> {
        try base.lapsedItems(learnerID: learnerID, bankID: bankID, since: since)
    }
    package func introducedCount(learnerID: LearnerID, bankID: String, since: Date) throws -> Int {
        try base.introducedCount(learnerID: learnerID, bankID: bankID, since: since)
    }
    package func answerTimes(learnerID: LearnerID, bankID: String) throws -> [String: [Date]] {
        try base.answerTimes(learnerID: learnerID, bankID: bankID)
    }
    package func learnerNames() throws -> [String] { try base.learnerNames() }
    package func findOrAddLearner(_ name: String, at date: Date) throws -> Learner {
        try base.findOrAddLearner(name, at: date)
    }
    package func updateSettings(_ settings: LearnerSettings, learnerID: LearnerID) throws(StoreError) {
        try base.updateSettings(settings, learnerID: learnerID)
    }
    package func sessionSummaries(learnerID: LearnerID, bankID: String?) throws -> [SessionSummary] {
        try base.sessionSummaries(learnerID: learnerID, bankID: bankID)
    }
    package func plan(learnerID: LearnerID) throws(StoreError) -> [PlanEntry] { try base.plan(learnerID: learnerID) }
    package func setPlanEntry(_ entry: PlanEntry, learnerID: LearnerID) throws(StoreError) {
        try base.setPlanEntry(entry, learnerID: learnerID)
    }
    package func removePlanEntry(bankID: String, learnerID: LearnerID) throws(StoreError) -> Bool {
        try base.removePlanEntry(bankID: bankID, learnerID: learnerID)
    }
    package func banksAnswered(learnerID: LearnerID) throws(StoreError) -> [String] {
        try base.banksAnswered(learnerID: learnerID)
    }
    package func removeTeachBack(id: TeachBackID) throws(StoreError) -> Bool { try base.removeTeachBack(id: id) }
    package func teachBacks(learnerID: LearnerID, bankID: String?) throws(StoreError) -> [TeachBackRecord] {
        try base.teachBacks(learnerID: learnerID, bankID: bankID)
    }
    package func pointMisses(learnerID: LearnerID, bankID: String) throws(StoreError) -> [PointMiss] {
        try base.pointMisses(learnerID: learnerID, bankID: bankID)
    }

    // MARK: LearnerRecords

    package func addLearner(_ name: String, at date: Date, settings: LearnerSettings) throws(StoreError) -> Learner {
        try base.addLearner(name, at: date, settings: settings)
    }
    package func learner(named name: String) throws(StoreError) -> Learner? { try base.learner(named: name) }
    package func learners() throws(StoreError) -> [Learner] { try base.learners() }
    package func learnerListings(at date: Date) throws(StoreError) -> [LearnerListing] {
        try base.learnerListings(at: date)
    }
    package func renameLearner(_ old: String, to new: String) throws(StoreError) {
        try base.renameLearner(old, to: new)
    }
    package func deleteLearner(_ name: String) throws(StoreError) { try base.deleteLearner(name) }
    package func sessions(learnerID: LearnerID, bankID: String?, since: Date?) throws(StoreError) -> [SessionSummary] {
        try base.sessions(learnerID: learnerID, bankID: bankID, since: since)
    }
    package func attempts(learnerID: LearnerID, bankID: String?, since: Date?) throws(StoreError) -> [StoredAttempt] {
        try base.attempts(learnerID: learnerID, bankID: bankID, since: since)
    }
    package func allAttempts() throws(StoreError) -> [StoredAttempt] { try base.allAttempts() }
    package func dueItems(learnerID: LearnerID, bankID: String, at date: Date, limit: Int) throws(StoreError)
        -> [String]
    {
        try base.dueItems(learnerID: learnerID, bankID: bankID, at: date, limit: limit)
    }
    package func export(learnerID: LearnerID) throws(StoreError) -> [ExportedTable] {
        try base.export(learnerID: learnerID)
    }
    package func integrityCheck() throws(StoreError) -> String { try base.integrityCheck() }
    package var auditContext: AuditContext {
        get { base.auditContext }
        set { base.auditContext = newValue }
    }
    package func appendAudit(_ action: AuditAction, learnerID: LearnerID?, detail: String?, at date: Date)
        throws(StoreError)
    {
        try base.appendAudit(action, learnerID: learnerID, detail: detail, at: date)
    }
    package func auditEvents(learnerID: LearnerID?, since: Date?) throws(StoreError) -> [AuditEvent] {
        try base.auditEvents(learnerID: learnerID, since: since)
    }
    package func verifyAudit() throws(StoreError) -> AuditVerification { try base.verifyAudit() }

    package func nurseAccount(named name: String) throws(StoreError) -> NurseAccount? {
        try base.nurseAccount(named: name)
    }
    package func nurseAccounts() throws(StoreError) -> [NurseAccount] { try base.nurseAccounts() }
    package func addNurse(_ account: NurseAccount) throws(StoreError) -> NurseID { try base.addNurse(account) }
    package func changeNurse(named name: String, _ change: NurseChange, at date: Date) throws(StoreError) -> Bool {
        try base.changeNurse(named: name, change, at: date)
    }
    package func recordRefusedSignIn(_ id: NurseID?, reason: String, at date: Date) throws(StoreError) {
        try base.recordRefusedSignIn(id, reason: reason, at: date)
    }
    package func attemptSignIn(
        _ id: NurseID, at date: Date, policy: SignInPolicy, check: (NurseAccount) -> Bool
    ) throws(StoreError) -> SignInAttempt {
        try base.attemptSignIn(id, at: date, policy: policy, check: check)
    }

    /// A nurse account for the tests, signed in as the engine would have it (its secret is never checked: the
    /// sign-in's own tests check secrets). The same display name gives the same account.
    package func signedInNurse(_ displayName: String) -> SignedInNurse {
        let name = String(displayName.lowercased().filter { $0.isLetter || $0.isNumber }.prefix(32))
        do {
            if let existing = try base.nurseAccount(named: name), let id = existing.id {
                return SignedInNurse(id: id, name: name, displayName: existing.displayName)
            }
            let id = try base.addNurse(
                NurseAccount(
                    name: name, displayName: displayName, secretHash: "scrypt$10$8$1$AAAAAAAAAAA=$none",
                    createdAt: Date(timeIntervalSince1970: 0)))
            return SignedInNurse(id: id, name: name, displayName: displayName)
        } catch {
            fatalError("a nurse account could not be added in memory: \(error)")
        }
    }
    package func schemaVersion() throws(StoreError) -> Int { try base.schemaVersion() }
    package func close() { base.close() }
}
