import Foundation
import LearnerModel
internal import StoreRecords

extension ClinicStore {
    @discardableResult
    package func addLearner(_ rawName: String, at date: Date, settings: LearnerSettings) throws(StoreError) -> Learner {
        let name = try LearnerName.validated(rawName)
        let id = try connection.transaction { () throws(StoreError) -> LearnerID in
            let rows = try connection.run(LearnerRows.insert(name: name, created: date, settings: settings))
            guard let id = try rows.first?.int("id") else { throw StoreError.learnerExists(name: name) }
            try appendAuditInTransaction(.learnerAdded, learnerID: LearnerID(id), detail: nil, at: date)
            return LearnerID(id)
        }
        return Learner(id: id, name: name, created: date, settings: settings)
    }

    package func learner(named name: String) throws(StoreError) -> Learner? {
        try connection.run(LearnerRows.named(LearnerName.normalized(name))).first.map(LearnerRows.learner)
    }

    package func learners() throws(StoreError) -> [Learner] {
        try connection.run(LearnerRows.all).map(LearnerRows.learner)
    }

    package func learnerListings(at date: Date) throws(StoreError) -> [LearnerListing] {
        try connection.run(LearnerRows.listings(at: date)).map { row throws(StoreError) in
            LearnerListing(
                learner: try LearnerRows.learner(row), attempts: Int(try row.int(required: "attempts")),
                due: Int(try row.int(required: "due_count")),
                lastActive: try row.double("last_active").map(Date.init(timeIntervalSince1970:)))
        }
    }

    package func renameLearner(_ old: String, to new: String) throws(StoreError) {
        let newName = try LearnerName.validated(new)
        guard let learner = try learner(named: old) else { throw StoreError.noSuchLearner(name: old) }
        if let other = try self.learner(named: newName), other.id != learner.id {
            throw StoreError.learnerExists(name: newName)
        }
        try connection.transaction { () throws(StoreError) in
            try connection.run(LearnerRows.rename(learner.id, to: newName))
            try appendAuditInTransaction(.learnerRenamed, learnerID: learner.id, detail: nil, at: auditContext.clock())
        }
    }

    package func deleteLearner(_ name: String) throws(StoreError) {
        guard let learner = try learner(named: name) else { throw StoreError.noSuchLearner(name: name) }
        try connection.transaction { () throws(StoreError) in
            for statement in LearnerRows.delete(learner.id) { try connection.run(statement) }
            try appendAuditInTransaction(.learnerDeleted, learnerID: learner.id, detail: nil, at: auditContext.clock())
        }
        // The deleted rows stay in the tables' pages as dead tuples until VACUUM reclaims them. A role that does not
        // own the tables gets a warning from the server, not an error: the delete stands either way (README, "What
        // a delete erases").
        try connection.withoutDeadline { () throws(StoreError) in
            for table in LearnerRows.tablesAbout { try connection.run(raw: "VACUUM \(table.table)") }
        }
    }

    package func updateSettings(_ settings: LearnerSettings, learnerID: LearnerID) throws(StoreError) {
        try connection.run(LearnerRows.update(settings, of: learnerID))
    }

    package func learnerNames() throws(StoreError) -> [String] { try learners().map(\.name) }

    package func findOrAddLearner(_ name: String, at date: Date) throws(StoreError) -> Learner {
        if let existing = try learner(named: name) { return existing }
        do {
            return try addLearner(name, at: date)
        } catch .learnerExists {
            // Another station added them a moment ago.
            if let existing = try learner(named: name) { return existing }
            throw StoreError.learnerExists(name: name)
        }
    }
}
