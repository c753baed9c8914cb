import Foundation
import LearnerModel
internal import PostgresNIO
internal import StoreRecords
import Words

extension ClinicStore {
    package func sessionSummaries(learnerID: LearnerID, bankID: String?) throws(StoreError) -> [SessionSummary] {
        try sessions(learnerID: learnerID, bankID: bankID, since: nil)
    }

    package func sessions(learnerID: LearnerID, bankID: String?, since: Date?) throws(StoreError) -> [SessionSummary] {
        try connection.run(SessionRows.summaries(learnerID, bankID: bankID, since: since)).map(SessionRows.summary)
    }

    package func attempts(learnerID: LearnerID, bankID: String?, since: Date?) throws(StoreError) -> [StoredAttempt] {
        try connection.run(AttemptRows.of(learnerID, bankID: bankID, since: since)).map(AttemptRows.attempt)
    }

    package func allAttempts() throws(StoreError) -> [StoredAttempt] {
        try connection.run(AttemptRows.all).map(AttemptRows.attempt)
    }

    package func dueItems(learnerID: LearnerID, bankID: String, at date: Date, limit: Int) throws(StoreError)
        -> [String]
    {
        try connection.run(ReviewStateRows.due(learnerID, bankID: bankID, at: date, limit: limit)).map {
            row throws(StoreError) in try row.text(required: "item_id")
        }
    }

    package func export(learnerID: LearnerID) throws(StoreError) -> [ExportedTable] {
        var tables: [ExportedTable] = []
        for table in LearnerRows.tablesAbout {
            let rows = try connection.run(LearnerRows.rows(of: table, about: learnerID))
            tables.append(
                ExportedTable(
                    table: table.table,
                    rows: try rows.map { row throws(StoreError) in
                        var values: [String: StoredValue] = [:]
                        for cell in row.cells { values[cell.columnName] = try Self.storedValue(cell) }
                        return values
                    }))
        }
        return tables
    }

    static func storedValue(_ cell: PostgresCell) throws(StoreError) -> StoredValue {
        do {
            guard cell.bytes != nil else { return .null }
            switch cell.dataType {
            case .int8: return .integer(try cell.decode(Int64.self))
            case .int4: return .integer(Int64(try cell.decode(Int32.self)))
            case .int2: return .integer(Int64(try cell.decode(Int16.self)))
            case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
            case .float8: return .real(try cell.decode(Double.self))
            case .float4: return .real(Double(try cell.decode(Float.self)))
            default: return .text(try cell.decode(String.self))
            }
        } catch {
            throw StoreError.other(
                path: "PostgreSQL",
                detail: Message("the column {column} could not be read", ["column": cell.columnName]))
        }
    }

    /// PostgreSQL has no file-level check like SQLite's: this checks what the schema promises and every row's links.
    package func integrityCheck() throws(StoreError) -> String {
        let checks = [
            (
                // not a message: the server's integrity check lists its findings in English, as SQLite's own quick_check does.
                "answers of no session",
                "SELECT COUNT(*) AS n FROM attempt WHERE session_id NOT IN (SELECT id FROM session)"
            ),
            (
                // not a message: the server's integrity check lists its findings in English, as SQLite's own quick_check does.
                "answers and sessions of different learners",
                "SELECT COUNT(*) AS n FROM attempt JOIN session ON session.id = attempt.session_id WHERE attempt.learner_id <> session.learner_id"
            ),
            (
                // not a message: the server's integrity check lists its findings in English, as SQLite's own quick_check does.
                "review states of no learner",
                "SELECT COUNT(*) AS n FROM review_state WHERE learner_id NOT IN (SELECT id FROM learner)"
            ),
        ]
        var problems: [String] = []
        for (what, sql) in checks {
            let n = try connection.run(raw: sql).first?.int("n") ?? 0
            if n > 0 { problems.append("\(n) \(what)") }
        }
        return problems.isEmpty ? "ok" : problems.joined(separator: "; ")
    }
}
