internal import GRDB
internal import GRDBSQLite
import LearnerModel
internal import StoreRecords

/// A GRDB row read as a `RecordRow`, so the records' decoders read it.
struct SQLiteRow: RecordRow {
    let row: Row
    let place: String

    func int(_ column: String) throws(StoreError) -> Int64? { row[column] }
    func double(_ column: String) throws(StoreError) -> Double? { row[column] }
    func text(_ column: String) throws(StoreError) -> String? { row[column] }
    func bool(_ column: String) throws(StoreError) -> Bool? { row[column] }
}

extension Database {
    /// The statement for `sql`, compiled once per connection, with its values bound.
    ///
    /// The values are bound with SQLite's own calls on GRDB's statement (GRDB's `GRDBSQLite`, made for this): GRDB's
    /// `StatementArguments` initialisers are generic, and called from this module they run unspecialised, an
    /// existential box and a witness-table call a value — 7% of an answer's time. GRDB is told the statement's
    /// arguments are set (none of its own), so it resets the statement before running it and keeps these bindings.
    func statement(_ sql: StoreSQL) throws -> Statement {
        let (text, values) = sql.rendered(for: .sqlite)
        let statement = try cachedStatement(sql: text)
        statement.setUncheckedArguments(StatementArguments())
        let handle = statement.sqliteStatement
        guard Int(sqlite3_bind_parameter_count(handle)) == values.count else {
            throw DatabaseError(
                // not a message: a programming error (SQLITE_MISUSE) no one can cause from outside.
                resultCode: .SQLITE_MISUSE, message: "\(values.count) values for a statement that takes another number")
        }
        for (n, value) in zip(Int32(1)..., values) {
            let code: Int32
            switch value {
            case .int(let v?): code = sqlite3_bind_int64(handle, n, v)
            case .double(let v?): code = sqlite3_bind_double(handle, n, v)
            case .bool(let v?): code = sqlite3_bind_int64(handle, n, v ? 1 : 0)
            case .text(let v?): code = sqlite3_bind_text(handle, n, v, -1, SQLiteStatements.transient)
            case .int(nil), .double(nil), .bool(nil), .text(nil): code = sqlite3_bind_null(handle, n)
            }
            guard code == SQLITE_OK else {
                // not a message: an internal error SQLite reports with its own words beside it.
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "a value could not be bound")
            }
        }
        return statement
    }

    /// Runs a statement that returns no rows (or whose rows are not wanted).
    func run(_ sql: StoreSQL) throws { try statement(sql).execute() }

    /// The statement's rows.
    func rows(_ sql: StoreSQL) throws -> [Row] { try Row.fetchAll(statement(sql)) }

    /// The statement's first row, if any.
    func row(_ sql: StoreSQL) throws -> Row? { try Row.fetchOne(statement(sql)) }

    /// The first column of the statement's first row (an id `RETURNING` gave), if any.
    func value<T: DatabaseValueConvertible & StatementColumnConvertible>(_ sql: StoreSQL, as: T.Type = T.self) throws
        -> T?
    {
        try T.fetchOne(statement(sql))
    }

    /// The first column of every row.
    func values<T: DatabaseValueConvertible & StatementColumnConvertible>(_ sql: StoreSQL, as: T.Type = T.self) throws
        -> [T]
    {
        try T.fetchAll(statement(sql))
    }
}

enum SQLiteStatements {
    /// SQLite copies a bound text before the call returns (`SQLITE_TRANSIENT`).
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
