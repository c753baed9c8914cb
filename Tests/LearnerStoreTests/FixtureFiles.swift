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
