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
        if try learner(named: name) != nil { throw StoreError.learnerExists(name: name) }
        let id: Int64 = try write { db in
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
            return db.lastInsertedRowID
        }
        return Learner(id: id, name: name, created: date, settings: settings)
    }

    /// The learner with this name or code (case-insensitive), if any.
    public func learner(named name: String) throws(StoreError) -> Learner? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM learner WHERE name = ?", arguments: [trimmed]).map(
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
        // Fold the WAL into the main file so the deleted rows do not linger in the log either.
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
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

    public func findOrAddLearner(_ name: String, at date: Date) throws -> Learner {
        if let existing = try learner(named: name) { return existing }
        return try addLearner(name, at: date)
    }

    public func sessionSummaries(learnerID: Int64, bankID: String?) throws -> [SessionSummary] {
        try sessions(learnerID: learnerID, bankID: bankID)
    }
}
