import LearnerModel

/// A row of a `learner export` (`ExportedTable`), read as any row is: a copy decodes another store's rows with the
/// same decoders as its own.
package struct ExportedRow: RecordRow {
    package var values: [String: StoredValue]
    package var place: String

    package init(_ values: [String: StoredValue], place: String) {
        self.values = values
        self.place = place
    }

    package func int(_ column: String) throws(StoreError) -> Int64? {
        switch values[column] {
        case .integer(let i): i
        case .real(let d): Int64(exactly: d.rounded(.towardZero))
        case .text(let s): Int64(s)
        default: nil
        }
    }

    package func double(_ column: String) throws(StoreError) -> Double? {
        switch values[column] {
        case .integer(let i): Double(i)
        case .real(let d): d
        case .text(let s): Double(s)
        default: nil
        }
    }

    package func text(_ column: String) throws(StoreError) -> String? {
        if case .text(let s) = values[column] { return s }
        return nil
    }

    package func bool(_ column: String) throws(StoreError) -> Bool? {
        try int(column).map { $0 != 0 }
    }
}
