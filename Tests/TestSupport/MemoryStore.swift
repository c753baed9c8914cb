import Foundation
import LearnerModel
import Scheduling

/// A learner store in memory that behaves as the SQLite one does, records what it was asked, and can be told to
/// fail. The shared store suite holds it to the same behaviour as every real backend.
public final class MemoryStore: LearnerDatabase {
    public struct Session: Sendable {
        public var id: Int64
        public var session: NewSession
        public var ended: Date?
    }

    /// An answer as kept, with what undo needs.
    struct Answer {
        var id: Int64
        var record: AnswerRecord
        /// When the item was first seen, kept with the replaced state (nil when there was none).
        var previousIntroduced: Date?
    }

    /// Whose history: a learner in one bank (ids are unique only within a bank).
    public struct Owner: Hashable, Sendable {
        public var learnerID: Int64
        public var bankID: String
        public init(_ learnerID: Int64, _ bankID: String = TestBank.builtInID) {
            self.learnerID = learnerID
            self.bankID = bankID
        }
    }

    public var learnerRows: [Learner] = []
    /// Review states by owner, then by teaching point.
    public var states: [Owner: [String: ReviewState]] = [:]
    /// When each item was first seen by each learner; items set in `states` by hand count as seen long ago.
    var introduced: [Owner: [String: Date]] = [:]
    var answers: [Answer] = []
    public var startedSessions: [Session] = []
    public var plans: [Int64: [PlanEntry]] = [:]
    public var failNextRecord = false
    /// Teach-back results, oldest first.
    public var teachBackRows: [TeachBackRecord] = []
    var nextID: Int64 = 1

    public struct Failure: Error, CustomStringConvertible {
        public var description: String { "the disk is full" }
    }

    public init() {}

    /// Every answer recorded and not undone, oldest first.
    public var recorded: [AnswerRecord] { answers.map(\.record) }

    func newID() -> Int64 {
        defer { nextID += 1 }
        return nextID
    }

    /// SQLite's NOCASE: ASCII letters only.
    static func folded(_ s: String) -> String {
        String(
            String.UnicodeScalarView(
                s.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 32) ?? $0 : $0 }))
    }

    // MARK: QuizStore

    public func reviewStates(learnerID: Int64, bankID: String) throws(StoreError) -> [String: ReviewState] {
        states[Owner(learnerID, bankID)] ?? [:]
    }

    func answers(_ learnerID: Int64, _ bankID: String?) -> [AnswerRecord] {
        answers.map(\.record).filter { $0.learnerID == learnerID && (bankID == nil || $0.bankID == bankID) }
    }

    public func lastResults(learnerID: Int64, bankID: String) throws -> [String: Bool] {
        answers(learnerID, bankID).reduce(into: [:]) { $0[$1.pointID] = $1.correct }
    }

    public func lapsedItems(learnerID: Int64, bankID: String, since: Date) throws -> Set<String> {
        Set(
            answers(learnerID, bankID).filter {
                $0.newState != nil && $0.answeredAt >= since && $0.rating == .again
                    && $0.previousState?.phase == .review
            }.map(\.pointID))
    }

    public func introducedCount(learnerID: Int64, bankID: String, since: Date) throws -> Int {
        let owner = Owner(learnerID, bankID)
        return (states[owner] ?? [:]).keys.filter { (introduced[owner]?[$0] ?? .distantPast) >= since }.count
    }

    public func answerTimes(learnerID: Int64, bankID: String) throws -> [String: [Date]] {
        answers(learnerID, bankID).filter { $0.newState != nil }.reduce(into: [:]) {
            $0[$1.pointID, default: []].append($1.answeredAt)
        }
    }

    public func startSession(_ session: NewSession) throws -> Int64 {
        let id = Int64(startedSessions.count + 1)
        startedSessions.append(Session(id: id, session: session, ended: nil))
        return id
    }

    public func endSession(_ id: Int64, at: Date) throws {
        if let i = startedSessions.firstIndex(where: { $0.id == id }) { startedSessions[i].ended = at }
    }

    public func recordAnswer(_ record: AnswerRecord) throws -> Int64 {
        if failNextRecord {
            failNextRecord = false
            throw Failure()
        }
        var answer = record
        let stored = states[Owner(record.learnerID, record.bankID)]?[record.pointID]
        if record.newState != nil && !record.wasComputed(from: stored) {
            // Another station changed the state since this answer was computed: rebase it, as every store does.
            let settings = learnerRows.first { $0.id == record.learnerID }?.settings ?? LearnerSettings()
            answer = record.rebased(onto: stored, settings: settings)
        }
        let id = newID()
        // As in SQLite: an item keeps the time it was first seen; a state set by hand counts as seen long ago.
        let owner = Owner(answer.learnerID, answer.bankID)
        let known = states[owner]?[answer.pointID] != nil
        let introducedAt = introduced[owner]?[answer.pointID] ?? (known ? .distantPast : answer.answeredAt)
        answers.append(
            Answer(id: id, record: answer, previousIntroduced: answer.previousState == nil ? nil : introducedAt))
        if let new = answer.newState {
            states[owner, default: [:]][answer.pointID] = new
            introduced[owner, default: [:]][answer.pointID] = introducedAt
        }
        return id
    }

    public func undoLastAnswer(sessionID: Int64) throws -> String? {
        guard let index = answers.lastIndex(where: { $0.record.sessionID == sessionID }) else { return nil }
        let a = answers.remove(at: index)
        let r = a.record
        let owner = Owner(r.learnerID, r.bankID)
        if r.newState != nil {
            if let previous = r.previousState {
                states[owner, default: [:]][r.pointID] = previous
                introduced[owner, default: [:]][r.pointID] = a.previousIntroduced
            } else {
                states[owner]?[r.pointID] = nil
                introduced[owner]?[r.pointID] = nil
            }
        }
        return r.itemID
    }

    public func learnerNames() throws -> [String] { try learners().map(\.name) }

    public func findOrAddLearner(_ name: String, at date: Date) throws -> Learner {
        if let existing = try learner(named: name) { return existing }
        return try addLearner(name, at: date)
    }

    public func updateSettings(_ settings: LearnerSettings, learnerID: Int64) throws(StoreError) {
        if let i = learnerRows.firstIndex(where: { $0.id == learnerID }) { learnerRows[i].settings = settings }
    }

    public func sessionSummaries(learnerID: Int64, bankID: String?) throws -> [SessionSummary] {
        try sessions(learnerID: learnerID, bankID: bankID)
    }

    public func plan(learnerID: Int64) throws(StoreError) -> [PlanEntry] { plans[learnerID] ?? [] }

    public func setPlanEntry(_ entry: PlanEntry, learnerID: Int64) throws(StoreError) {
        if let i = plans[learnerID]?.firstIndex(where: { $0.bankID == entry.bankID }) {
            plans[learnerID]?[i].readyBy = entry.readyBy
            if let nurse = entry.assignedBy { plans[learnerID]?[i].assignedBy = nurse }
        } else {
            plans[learnerID, default: []].append(entry)
        }
    }

    public func removePlanEntry(bankID: String, learnerID: Int64) throws(StoreError) -> Bool {
        let before = plans[learnerID]?.count ?? 0
        plans[learnerID]?.removeAll { $0.bankID == bankID }
        return (plans[learnerID]?.count ?? 0) < before
    }

    public func banksAnswered(learnerID: Int64) throws(StoreError) -> [String] {
        var seen = Set<String>()
        return answers(learnerID, nil).map(\.bankID).filter { seen.insert($0).inserted }
    }

    // MARK: LearnerRecords

    @discardableResult
    public func addLearner(_ rawName: String, at date: Date, settings: LearnerSettings) throws(StoreError) -> Learner {
        let name = try LearnerName.validated(rawName)
        if try learner(named: name) != nil { throw StoreError.learnerExists(name: name) }
        let learner = Learner(id: (learnerRows.map(\.id).max() ?? 0) + 1, name: name, created: date, settings: settings)
        learnerRows.append(learner)
        return learner
    }

    public func learner(named name: String) throws(StoreError) -> Learner? {
        let key = Self.folded(name.trimmingCharacters(in: .whitespacesAndNewlines))
        return learnerRows.first { Self.folded($0.name) == key }
    }

    public func learners() throws(StoreError) -> [Learner] {
        learnerRows.sorted { Self.folded($0.name) < Self.folded($1.name) }
    }

    public func learnerListings(at date: Date) throws(StoreError) -> [LearnerListing] {
        try learners().map { learner in
            let mine = answers.filter { $0.record.learnerID == learner.id }
            return LearnerListing(
                learner: learner, attempts: mine.count,
                due: states.filter { $0.key.learnerID == learner.id }.values.flatMap(\.values)
                    .filter { $0.due <= date }.count,
                lastActive: mine.map(\.record.answeredAt).max())
        }
    }

    public func renameLearner(_ old: String, to new: String) throws(StoreError) {
        let newName = try LearnerName.validated(new)
        guard let learner = try learner(named: old) else { throw StoreError.noSuchLearner(name: old) }
        if let other = try self.learner(named: newName), other.id != learner.id {
            throw StoreError.learnerExists(name: newName)
        }
        if let i = learnerRows.firstIndex(where: { $0.id == learner.id }) { learnerRows[i].name = newName }
    }

    public func deleteLearner(_ name: String) throws(StoreError) {
        guard let learner = try learner(named: name) else { throw StoreError.noSuchLearner(name: name) }
        learnerRows.removeAll { $0.id == learner.id }
        answers.removeAll { $0.record.learnerID == learner.id }
        startedSessions.removeAll { $0.session.learnerID == learner.id }
        states = states.filter { $0.key.learnerID != learner.id }
        introduced = introduced.filter { $0.key.learnerID != learner.id }
        plans[learner.id] = nil
        teachBackRows.removeAll { $0.learnerID == learner.id }
    }

    public func sessions(learnerID: Int64, bankID: String?, since: Date?) throws(StoreError) -> [SessionSummary] {
        startedSessions.filter { $0.session.learnerID == learnerID && $0.session.startedAt >= (since ?? .distantPast) }
            .sorted { ($0.session.startedAt, $0.id) < ($1.session.startedAt, $1.id) }
            .compactMap { s in
                var seen = Set<String>()
                let firsts = answers(learnerID, bankID).filter {
                    $0.sessionID == s.id && seen.insert($0.bankID + "\u{0}" + $0.itemID).inserted
                }
                if let bankID, s.session.bankID != bankID, firsts.isEmpty { return nil }
                return SessionSummary(
                    id: s.id, mode: s.session.mode, bankID: s.session.bankID, section: s.session.section,
                    facilitator: s.session.facilitator, startedAt: s.session.startedAt, endedAt: s.ended,
                    attempted: firsts.count, correct: firsts.filter(\.correct).count)
            }
    }

    static func stored(_ a: Answer) -> StoredAttempt {
        let r = a.record
        return StoredAttempt(
            id: a.id, sessionID: r.sessionID, bankID: r.bankID, itemID: r.itemID, itemVersion: r.itemVersion,
            section: r.section,
            chosen: r.chosen, chosenText: r.chosenText, correct: r.correct, confidence: r.confidence?.rawValue,
            responseMilliseconds: r.responseMilliseconds, answeredAt: r.answeredAt)
    }

    public func attempts(learnerID: Int64, bankID: String?, since: Date?) throws(StoreError) -> [StoredAttempt] {
        answers.filter {
            $0.record.learnerID == learnerID && $0.record.answeredAt >= (since ?? .distantPast)
                && (bankID == nil || $0.record.bankID == bankID)
        }.map(Self.stored)
    }

    public func allAttempts() throws(StoreError) -> [StoredAttempt] {
        answers.sorted { ($0.record.sessionID, $0.id) < ($1.record.sessionID, $1.id) }.map(Self.stored)
    }

    public func dueItems(learnerID: Int64, bankID: String, at date: Date, limit: Int) throws(StoreError) -> [String] {
        (states[Owner(learnerID, bankID)] ?? [:]).filter { $0.value.due <= date }
            .sorted { ($0.value.due, $0.key) < ($1.value.due, $1.key) }
            .prefix(limit).map(\.key)
    }

    public func export(learnerID: Int64) throws(StoreError) -> [ExportedTable] {
        let learner = learnerRows.filter { $0.id == learnerID }.map { l -> [String: StoredValue] in
            ["id": .integer(l.id), "name": .text(l.name), "created_at": .real(l.created.timeIntervalSince1970)]
        }
        let sessions = startedSessions.filter { $0.session.learnerID == learnerID }.map { s -> [String: StoredValue] in
            ["id": .integer(s.id), "learner_id": .integer(learnerID), "mode": .text(s.session.mode.rawValue)]
        }
        let attempts = answers.filter { $0.record.learnerID == learnerID }.map { a -> [String: StoredValue] in
            [
                "id": .integer(a.id), "learner_id": .integer(learnerID), "item_id": .text(a.record.itemID),
                "scheduled": .integer(a.record.newState == nil ? 0 : 1),
            ]
        }
        let reviewStates = states.filter { $0.key.learnerID == learnerID }
            .flatMap { owner, byPoint in byPoint.keys.map { (owner.bankID, $0) } }.sorted { $0 < $1 }
            .map { bank, item -> [String: StoredValue] in
                ["learner_id": .integer(learnerID), "bank_id": .text(bank), "item_id": .text(item)]
            }
        let plan = (plans[learnerID] ?? []).map { p -> [String: StoredValue] in
            ["learner_id": .integer(learnerID), "bank_id": .text(p.bankID)]
        }
        return [
            ExportedTable(table: "learner", rows: learner), ExportedTable(table: "session", rows: sessions),
            ExportedTable(table: "attempt", rows: attempts), ExportedTable(table: "review_state", rows: reviewStates),
            ExportedTable(table: "plan", rows: plan),
            ExportedTable(
                table: "teach_back",
                rows: teachBackRows.filter { $0.learnerID == learnerID }.map {
                    ["id": .integer($0.id), "learner_id": .integer(learnerID), "point_id": .text($0.pointID)]
                }),
        ]
    }

    // MARK: Teach-back

    public func recordTeachBack(_ record: TeachBackRecord) throws -> Int64 {
        if failNextRecord {
            failNextRecord = false
            throw Failure()
        }
        var r = record
        r.id = newID()
        teachBackRows.append(r)
        return r.id
    }

    public func removeTeachBack(id: Int64) throws(StoreError) -> Bool {
        let before = teachBackRows.count
        teachBackRows.removeAll { $0.id == id }
        return teachBackRows.count < before
    }

    public func teachBacks(learnerID: Int64, bankID: String?) throws(StoreError) -> [TeachBackRecord] {
        teachBackRows.filter { $0.learnerID == learnerID && (bankID == nil || $0.bankID == bankID) }
    }

    public func pointMisses(learnerID: Int64, bankID: String) throws(StoreError) -> [PointMiss] {
        var misses: [PointMiss] = []
        for a in answers(learnerID, bankID) where !a.correct {
            if !misses.contains(where: { $0.sessionID == a.sessionID && $0.pointID == a.pointID }) {
                misses.append(PointMiss(pointID: a.pointID, sessionID: a.sessionID, at: a.answeredAt))
            }
        }
        return misses.sorted { ($0.at, $0.pointID) < ($1.at, $1.pointID) }
    }

    public func integrityCheck() throws(StoreError) -> String { "ok" }
    public func schemaVersion() throws(StoreError) -> Int { 0 }
    public func close() {}
}

/// A clock the test moves by hand.
public final class TestClock {
    public var now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z
    public init() {}
    public func advance(_ seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}
