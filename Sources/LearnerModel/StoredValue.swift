/// One column's value as a backend keeps it, for `learner export`: no driver's own type leaks out of a store.
public enum StoredValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case bytes([UInt8])
}

/// The rows of one table that are about one learner, each row by column name.
public struct ExportedTable: Sendable, Equatable {
    public var table: String
    public var rows: [[String: StoredValue]]

    public init(table: String, rows: [[String: StoredValue]]) {
        self.table = table
        self.rows = rows
    }
}
