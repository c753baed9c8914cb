internal import GRDB
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

extension SQLValue {
    /// The value as GRDB binds it.
    var databaseValue: DatabaseValue {
        switch self {
        case .int(let v): v?.databaseValue ?? .null
        case .double(let v): v?.databaseValue ?? .null
        case .text(let v): v?.databaseValue ?? .null
        case .bool(let v): v?.databaseValue ?? .null
        }
    }
}

extension Database {
    /// The statement for `sql`, compiled once per connection, with its values bound.
    func statement(_ sql: StoreSQL) throws -> Statement {
        let (text, values) = sql.rendered(for: .sqlite)
        let statement = try cachedStatement(sql: text)
        // Through GRDB's `[Any]` initialiser: its generic ones, called from this module, run unspecialised (a
        // witness-table call and an existential box a value: 7% of an answer's time, more than the SQL's text).
        guard let arguments = StatementArguments(values.map { $0.databaseValue as Any }) else {
            throw StoreError.other(path: "SQLite", detail: "a value could not be bound")
        }
        try statement.setArguments(arguments)
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
