import Foundation
import GRDB
import Testing
import TestSupport

/// A copy of a database file written by an earlier release (`Fixtures/NAME.sqlite`), to migrate without touching it.
func fixtureCopy(_ name: String) throws -> String {
    let fixture = try #require(Bundle.module.url(forResource: name, withExtension: "sqlite", subdirectory: "Fixtures"))
    let path = try TestSupport.temporaryFolder().appendingPathComponent("\(name).sqlite").path
    try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
    return path
}

/// The rows a query returns from a database file as it stands, read-only, before any migration.
func rowsOf(_ path: String, _ sql: String) throws -> [Row] {
    var config = Configuration()
    config.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: config)
    defer { try? queue.close() }
    return try queue.read { db in try Row.fetchAll(db, sql: sql) }
}

/// The learner table's columns before v7 (which added `read_aloud`), so a migrated file's rows compare with the old.
let learnerColumnsBeforeV7 = "id, name, created_at, algorithm, desired_retention, new_per_day, confidence_step"

/// Every learner of a migrated file has read-aloud off, as no one chose it before v7.
func expectReadAloudOff(_ db: Database) throws {
    let on = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner WHERE read_aloud != 0") ?? -1
    #expect(on == 0)
}

/// Columns later migrations added to tables that had rows before (v10's `nurse_id`: the account of the nurse who made
/// a record); an old row has none of them set.
let columnsAddedToOldRows: Set<String> = ["nurse_id"]

/// Rows as comparable values without the columns added since (each of which must be NULL in an old row), so a
/// migrated file's rows compare with the file's rows before.
func asBefore(_ rows: [Row], sourceLocation: SourceLocation = #_sourceLocation) -> [[String: DatabaseValue]] {
    rows.map { row in
        var values: [String: DatabaseValue] = [:]
        for column in row.columnNames {
            let value: DatabaseValue = row[column]
            if columnsAddedToOldRows.contains(column) {
                #expect(
                    value.isNull, "\(column) is set in a row from before it existed", sourceLocation: sourceLocation)
            } else {
                values[column] = value
            }
        }
        return values
    }
}
