import Foundation
import GRDB
import LearnerModel
import Scheduling

extension LearnerStore {
    /// Adds a learner with default settings.
    @discardableResult
    public func addLearner(_ rawName: String, at date: Date, settings: LearnerSettings = .init()) throws(StoreError)
        -> Learner
    {
        let name = try LearnerName.validated(rawName)
        let (learner, added) = try write { db in try Self.findOrInsert(db, name: name, at: date, settings: settings) }
        guard added else { throw StoreError.learnerExists(name: name) }
        return learner
    }

    /// The learner by this name, else a new one: in one write transaction, so two processes opening one new learner
    /// at once find the same row (the second waits for the first's lock, then finds it).
    static func findOrInsert(_ db: Database, name: String, at date: Date, settings: LearnerSettings) throws -> (
        Learner, added: Bool
    ) {
        if let row = try Row.fetchOne(db, sql: "SELECT * FROM learner WHERE name = ?", arguments: [name]) {
            return (learner(from: row), false)
        }
        try db.execute(
            sql: """
                INSERT INTO learner (name, created_at, algorithm, desired_retention, new_per_day, confidence_step,
                    read_aloud)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                name, date.timeIntervalSince1970, settings.algorithm.rawValue, settings.desiredRetention,
                settings.newPerDay, settings.confidenceStep, settings.readAloud,
            ])
        return (Learner(id: db.lastInsertedRowID, name: name, created: date, settings: settings), true)
    }

    /// The learner with this name or code (case-insensitive), if any.
    public func learner(named name: String) throws(StoreError) -> Learner? {
        let normal = LearnerName.normalized(name)
        return try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM learner WHERE name = ?", arguments: [normal]).map(
                Self.learner(from:))
        }
    }

    /// Every learner, by name.
    public func learners() throws(StoreError) -> [Learner] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM learner ORDER BY name").map(Self.learner(from:)) }
    }

    /// Every learner with their number of answers and questions due at `date`.
    public func learnerListings(at date: Date) throws(StoreError) -> [LearnerListing] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT learner.*,
                        (SELECT COUNT(*) FROM \(Self.attemptsOfSessions(where: "session.learner_id = learner.id")))
                            AS attempts,
                        (SELECT COUNT(*) FROM review_state WHERE review_state.learner_id = learner.id AND due <= ?) AS due_count,
                        (SELECT MAX(attempt.answered_at)
                            FROM \(Self.attemptsOfSessions(where: "session.learner_id = learner.id"))) AS last_active
                    FROM learner ORDER BY name
                    """, arguments: [date.timeIntervalSince1970]
            ).map { row in
                LearnerListing(
                    learner: Self.learner(from: row), attempts: row["attempts"], due: row["due_count"],
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
            try db.execute(sql: "UPDATE learner SET name = ? WHERE id = ?", arguments: [newName, learner.id])
        }
    }

    public func updateSettings(_ settings: LearnerSettings, learnerID: Int64) throws(StoreError) {
        try write { db in
            try db.execute(
                sql:
                    "UPDATE learner SET algorithm = ?, desired_retention = ?, new_per_day = ?, confidence_step = ?, read_aloud = ? WHERE id = ?",
                arguments: [
                    settings.algorithm.rawValue, settings.desiredRetention, settings.newPerDay, settings.confidenceStep,
                    settings.readAloud,
                    learnerID,
                ])
        }
    }

    /// Removes a learner and every row about them; `secure_delete` overwrites the freed pages.
    public func deleteLearner(_ name: String) throws(StoreError) {
        guard let learner = try learner(named: name) else { throw StoreError.noSuchLearner(name: name) }
        try write { db in
            // Children first, so the delete does not depend on cascade order.
            for table in ["plan", "review_state", "attempt", "session"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE learner_id = ?", arguments: [learner.id])
            }
            try db.execute(sql: "DELETE FROM learner WHERE id = ?", arguments: [learner.id])
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

    static func learner(from row: Row) -> Learner {
        let algorithm = Algorithm(rawValue: row["algorithm"]) ?? .fsrs
        return Learner(
            id: row["id"], name: row["name"], created: Date(timeIntervalSince1970: row["created_at"]),
            settings: LearnerSettings(
                algorithm: algorithm, desiredRetention: row["desired_retention"], newPerDay: row["new_per_day"],
                confidenceStep: row["confidence_step"], readAloud: row["read_aloud"]))
    }
}

extension LearnerStore {
    public func learnerNames() throws -> [String] { try learners().map(\.name) }

    public func findOrAddLearner(_ rawName: String, at date: Date) throws -> Learner {
        if let existing = try learner(named: rawName) { return existing }
        let name = try LearnerName.validated(rawName)
        return try write { db in try Self.findOrInsert(db, name: name, at: date, settings: LearnerSettings()) }.0
    }

    public func sessionSummaries(learnerID: Int64, bankID: String?) throws -> [SessionSummary] {
        try sessions(learnerID: learnerID, bankID: bankID)
    }
}
