import Foundation
import Scheduling

/// What reports, statistics, exports and the learner commands read and change, whichever backend keeps them.
///
/// Errors are `StoreError`s: each says what is wrong, where (the database path or host) and what to do.
public protocol LearnerRecords: AnyObject {
    /// Adds a learner with default settings; the name follows `LearnerName`'s rules.
    @discardableResult
    func addLearner(_ name: String, at date: Date, settings: LearnerSettings) throws(StoreError) -> Learner
    /// The learner with this name or code (case-insensitive), if any.
    func learner(named name: String) throws(StoreError) -> Learner?
    /// Every learner, by name.
    func learners() throws(StoreError) -> [Learner]
    /// Every learner with their number of answers and questions due at `date`.
    func learnerListings(at date: Date) throws(StoreError) -> [LearnerListing]
    func renameLearner(_ old: String, to new: String) throws(StoreError)
    /// Removes a learner and every row about them, leaving nothing of them in the store.
    func deleteLearner(_ name: String) throws(StoreError)
    /// The learner's sessions, oldest first, each question counted once by its first answer; with a bank, only the
    /// sessions with answers in it, each counting only those.
    func sessions(learnerID: LearnerID, bankID: String?, since: Date?) throws(StoreError) -> [SessionSummary]
    /// Every answer the learner gave (in one bank, or in all), oldest first.
    func attempts(learnerID: LearnerID, bankID: String?, since: Date?) throws(StoreError) -> [StoredAttempt]
    /// Every answer by everyone, for item analysis, grouped by session in order.
    func allAttempts() throws(StoreError) -> [StoredAttempt]
    func reviewStates(learnerID: LearnerID, bankID: String) throws(StoreError) -> [String: ReviewState]
    /// Teaching points of the bank due for the learner at `date`, soonest first.
    func dueItems(learnerID: LearnerID, bankID: String, at date: Date, limit: Int) throws(StoreError) -> [String]
    /// The learner's plan, in the order the topics were assigned.
    func plan(learnerID: LearnerID) throws(StoreError) -> [PlanEntry]
    func setPlanEntry(_ entry: PlanEntry, learnerID: LearnerID) throws(StoreError)
    func removePlanEntry(bankID: String, learnerID: LearnerID) throws(StoreError) -> Bool
    /// The banks the learner has answered questions in.
    func banksAnswered(learnerID: LearnerID) throws(StoreError) -> [String]
    /// The learner's teach-back results in one bank (nil: every bank), oldest first.
    func teachBacks(learnerID: LearnerID, bankID: String?) throws(StoreError) -> [TeachBackRecord]
    /// Each session in which a teaching point of the bank was missed, oldest first.
    func pointMisses(learnerID: LearnerID, bankID: String) throws(StoreError) -> [PointMiss]
    /// Everything kept about one learner, table by table (for `learner export`).
    func export(learnerID: LearnerID) throws(StoreError) -> [ExportedTable]
    /// The backend's own integrity check: "ok" when sound.
    func integrityCheck() throws(StoreError) -> String
    /// The schema version the store is at.
    func schemaVersion() throws(StoreError) -> Int
    /// Closes the store; nothing more is written.
    func close()
    /// Why nothing can be saved here (a database file made read-only), or nil when it can be written.
    var cannotWrite: StoreError? { get }
    /// The station and OS user every audit event of this store names (set once opened; the host name and the
    /// process's user by default).
    var auditContext: AuditContext { get set }
    /// Appends an event to the audit trail (reports, exports: the store appends its own for sessions, teach-back,
    /// plans, renames, deletes and copies, in the transaction that does them).
    func appendAudit(_ action: AuditAction, learnerID: LearnerID?, detail: String?, at date: Date) throws(StoreError)
    /// The audit trail, oldest first: about one learner (nil: everyone), since a time.
    func auditEvents(learnerID: LearnerID?, since: Date?) throws(StoreError) -> [AuditEvent]
    /// Checks the whole trail's chain of hashes.
    func verifyAudit() throws(StoreError) -> AuditVerification
}

extension LearnerRecords {
    public var cannotWrite: StoreError? { nil }

    @discardableResult
    public func addLearner(_ name: String, at date: Date) throws(StoreError) -> Learner {
        try addLearner(name, at: date, settings: .init())
    }

    public func sessions(learnerID: LearnerID, bankID: String? = nil) throws(StoreError) -> [SessionSummary] {
        try sessions(learnerID: learnerID, bankID: bankID, since: nil)
    }

    public func attempts(learnerID: LearnerID, bankID: String? = nil) throws(StoreError) -> [StoredAttempt] {
        try attempts(learnerID: learnerID, bankID: bankID, since: nil)
    }

    public func dueItems(learnerID: LearnerID, bankID: String, at date: Date) throws(StoreError) -> [String] {
        try dueItems(learnerID: learnerID, bankID: bankID, at: date, limit: 1000)
    }
}

/// A whole learner store: what the quiz needs and what reports and commands need.
public typealias LearnerDatabase = LearnerRecords & QuizStore & NurseAccountStore
