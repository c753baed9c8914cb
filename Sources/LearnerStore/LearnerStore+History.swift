import Foundation
internal import GRDB
import LearnerModel
import Scheduling
internal import StoreRecords

extension LearnerStore {
    /// Teaching points of the bank due for the learner at `date`, soonest first. Uses the (learner_id, bank_id, due)
    /// index.
    public func dueItems(learnerID: LearnerID, bankID: String, at date: Date, limit: Int = 1000) throws(StoreError)
        -> [String]
    {
        try read { db in
            try db.values(ReviewStateRows.due(learnerID, bankID: bankID, at: date, limit: limit), as: String.self)
        }
    }

    /// The learner's sessions, oldest first, with how many questions were asked and how many were right the first time.
    public func sessions(learnerID: LearnerID, bankID: String?, since: Date? = nil) throws(StoreError)
        -> [SessionSummary]
    {
        try read { db in
            try db.rows(SessionRows.summaries(learnerID, bankID: bankID, since: since)).map {
                try SessionRows.summary(self.record($0))
            }
        }
    }

    /// Every answer the learner gave, oldest first.
    public func attempts(learnerID: LearnerID, bankID: String?, since: Date? = nil) throws(StoreError)
        -> [StoredAttempt]
    {
        try read { db in
            try db.rows(AttemptRows.of(learnerID, bankID: bankID, since: since)).map {
                try AttemptRows.attempt(self.record($0))
            }
        }
    }

    /// Every answer by everyone, for item analysis, grouped by session in order.
    public func allAttempts() throws(StoreError) -> [StoredAttempt] {
        try read { db in try db.rows(AttemptRows.all).map { try AttemptRows.attempt(self.record($0)) } }
    }

    /// The number of schema migrations applied (SQLite: 5 since topics).
    public func schemaVersion() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") ?? 0 }
    }

    /// Runs SQLite's full integrity check; "ok" when the file is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    /// Everything kept about one learner, as rows of each table (for `learner export`).
    public func export(learnerID: LearnerID) throws(StoreError) -> [ExportedTable] {
        try read { db in
            var result: [ExportedTable] = []
            for table in LearnerRows.tablesAbout {
                let rows = try db.rows(LearnerRows.rows(of: table, about: learnerID))
                result.append(
                    ExportedTable(
                        table: table.table,
                        rows: rows.map { row in
                            Dictionary(
                                uniqueKeysWithValues: row.columnNames.map { ($0, Self.storedValue(row[$0])) })
                        }))
            }
            return result
        }
    }

    static func storedValue(_ value: DatabaseValue) -> StoredValue {
        switch value.storage {
        case .null: .null
        case .int64(let i): .integer(i)
        case .double(let d): .real(d)
        case .string(let s): .text(s)
        case .blob(let b): .bytes([UInt8](b))
        }
    }
}
