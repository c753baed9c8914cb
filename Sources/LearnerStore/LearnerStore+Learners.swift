import Foundation
internal import GRDB
import LearnerModel
import Scheduling
internal import StoreRecords

extension LearnerStore {
    /// Adds a learner with default settings.
    @discardableResult
    public func addLearner(_ rawName: String, at date: Date, settings: LearnerSettings = .init()) throws(StoreError)
        -> Learner
    {
        let name = try LearnerName.validated(rawName)
        let (learner, added) = try write { db in try self.findOrInsert(db, name: name, at: date, settings: settings) }
        guard added else { throw StoreError.learnerExists(name: name) }
        return learner
    }

    /// The learner by this name, else a new one: in one write transaction, so two processes opening one new learner
    /// at once find the same row (the second waits for the first's lock, then finds it).
    func findOrInsert(_ db: Database, name: String, at date: Date, settings: LearnerSettings) throws -> (
        Learner, added: Bool
    ) {
        if let row = try db.row(LearnerRows.named(name)) { return (try LearnerRows.learner(record(row)), false) }
        guard let id = try db.value(LearnerRows.insert(name: name, created: date, settings: settings), as: Int64.self)
        else { throw StoreError.learnerExists(name: name) }
        try appendAudit(db, .learnerAdded, learnerID: LearnerID(id), detail: nil, at: date)
        return (Learner(id: LearnerID(id), name: name, created: date, settings: settings), true)
    }

    /// The learner with this name or code (case-insensitive), if any.
    public func learner(named name: String) throws(StoreError) -> Learner? {
        let normal = LearnerName.normalized(name)
        return try read { db in try db.row(LearnerRows.named(normal)).map { try LearnerRows.learner(self.record($0)) } }
    }

    /// Every learner, by name.
    public func learners() throws(StoreError) -> [Learner] {
        try read { db in try db.rows(LearnerRows.all).map { try LearnerRows.learner(self.record($0)) } }
    }

    /// Every learner with their number of answers and questions due at `date`.
    public func learnerListings(at date: Date) throws(StoreError) -> [LearnerListing] {
        try read { db in
            try db.rows(LearnerRows.listings(at: date)).map { row in
                LearnerListing(
                    learner: try LearnerRows.learner(self.record(row)), attempts: row["attempts"],
                    due: row["due_count"],
                    lastActive: (row["last_active"] as Double?).map(Date.init(timeIntervalSince1970:)))
            }
        }
    }

    public func renameLearner(_ old: String, to new: String) throws(StoreError) {
        let newName = try LearnerName.validated(new)
        guard let learner = try learner(named: old) else { throw StoreError.noSuchLearner(name: old) }
        if let other = try self.learner(named: newName), other.id != learner.id {
            throw StoreError.learnerExists(name: newName)
        }
        try write { db in
            try db.run(LearnerRows.rename(learner.id, to: newName))
            try self.appendAudit(db, .learnerRenamed, learnerID: learner.id, detail: nil, at: auditContext.clock())
        }
    }

    public func updateSettings(_ settings: LearnerSettings, learnerID: LearnerID) throws(StoreError) {
        try write { db in try db.run(LearnerRows.update(settings, of: learnerID)) }
    }

    /// Removes a learner and every row about them; `secure_delete` overwrites the freed pages.
    public func deleteLearner(_ name: String) throws(StoreError) {
        guard let learner = try learner(named: name) else { throw StoreError.noSuchLearner(name: name) }
        try write { db in
            for statement in LearnerRows.delete(learner.id) { try db.run(statement) }
            try self.appendAudit(db, .learnerDeleted, learnerID: learner.id, detail: nil, at: auditContext.clock())
        }
        try eraseLog()
    }

    /// Folds the write-ahead log into the main file and empties it, so rows just deleted do not linger in the log.
    /// Waits (the busy timeout) for other connections still reading an older snapshot.
    /// - Throws: `StoreError.logNotErased` when another process kept reading past the wait.
    func eraseLog() throws(StoreError) {
        let busy: Bool
        do {
            busy = try writer.writeWithoutTransaction { db in
                try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)").map { ($0[0] as Int?) == 1 } ?? false
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
        if busy { throw StoreError.logNotErased(path: path) }
    }
}

extension LearnerStore {
    public func learnerNames() throws -> [String] { try learners().map(\.name) }

    public func findOrAddLearner(_ rawName: String, at date: Date) throws -> Learner {
        if let existing = try learner(named: rawName) { return existing }
        let name = try LearnerName.validated(rawName)
        return try write { db in try self.findOrInsert(db, name: name, at: date, settings: LearnerSettings()) }.0
    }

    public func sessionSummaries(learnerID: LearnerID, bankID: String?) throws -> [SessionSummary] {
        try sessions(learnerID: learnerID, bankID: bankID)
    }
}
