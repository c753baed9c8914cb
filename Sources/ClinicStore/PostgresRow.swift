import LearnerModel
internal import PostgresNIO
internal import StoreRecords
import Words

/// A row the server returned, read as the records read any row. A column the row does not have reads as NULL.
struct PostgresRow: RecordRow {
    let row: PostgresRandomAccessRow
    let place: String

    func int(_ column: String) throws(StoreError) -> Int64? {
        guard row.contains(column) else { return nil }
        do { return try row[column].decode(Int64?.self) } catch {
            // A statement prepared through `PreparedQuery` returns its rows as text.
            let data = row[data: column]
            if let value = data.int64 ?? data.string.flatMap({ Int64($0) }) { return value }
            throw unexpected(column)
        }
    }

    func double(_ column: String) throws(StoreError) -> Double? {
        guard row.contains(column) else { return nil }
        do { return try row[column].decode(Double?.self) } catch { throw unexpected(column) }
    }

    func text(_ column: String) throws(StoreError) -> String? {
        guard row.contains(column) else { return nil }
        do { return try row[column].decode(String?.self) } catch { throw unexpected(column) }
    }

    func bool(_ column: String) throws(StoreError) -> Bool? {
        guard row.contains(column) else { return nil }
        do { return try row[column].decode(Bool?.self) } catch { throw unexpected(column) }
    }

    func unexpected(_ column: String) -> StoreError {
        .other(path: place, detail: Message("the column {column} holds an unexpected value", ["column": column]))
    }

    /// The row's cells, for an export.
    var cells: PostgresRandomAccessRow { row }
}
