import LearnerModel
import Words

/// A row a statement returned, read by column name: each store wraps its driver's row in one (GRDB's `Row`,
/// postgres-nio's `PostgresRandomAccessRow`), and every record is decoded from it once, here, for both.
package protocol RecordRow {
    /// The column's integer (SQLite's INTEGER, PostgreSQL's SMALLINT, INTEGER or BIGINT); nil for NULL.
    func int(_ column: String) throws(StoreError) -> Int64?
    /// The column's real number; nil for NULL.
    func double(_ column: String) throws(StoreError) -> Double?
    /// The column's text; nil for NULL.
    func text(_ column: String) throws(StoreError) -> String?
    /// The column's truth value (SQLite keeps 0 and 1); nil for NULL.
    func bool(_ column: String) throws(StoreError) -> Bool?
    /// Where the row comes from, for messages (the database path or the server).
    var place: String { get }
}

extension RecordRow {
    /// A column that is never NULL.
    package func required<T>(_ column: String, _ read: (String) throws(StoreError) -> T?) throws(StoreError) -> T {
        guard let value = try read(column) else {
            throw StoreError.other(
                path: place,
                detail: Message("the column {column} is empty where a value was expected", ["column": column]))
        }
        return value
    }

    package func int(required column: String) throws(StoreError) -> Int64 { try required(column, int) }
    package func double(required column: String) throws(StoreError) -> Double { try required(column, double) }
    package func text(required column: String) throws(StoreError) -> String { try required(column, text) }
    package func bool(required column: String) throws(StoreError) -> Bool { try required(column, bool) }
}
