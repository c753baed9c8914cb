import Foundation
internal import GRDB
import LearnerModel

extension LearnerStore {
    /// Where each applied migration is recorded. The name is GRDB's, so files written by every earlier release (which
    /// migrated with GRDB's `DatabaseMigrator`) read the same.
    static let migrationsTable = "grdb_migrations"

    /// What a file's recorded migrations say about it.
    enum SchemaStatus: Equatable {
        case current
        /// Some migrations are still to run.
        case behind
        /// It records a migration this release does not know: a newer Teachback wrote it.
        case newer
    }

    /// The file's schema, read without taking any lock.
    static func schemaStatus(_ db: Database) throws -> SchemaStatus {
        let applied = try appliedMigrations(db)
        let known = Set(migrations.map(\.identifier))
        if !applied.isSubset(of: known) { return .newer }
        return applied.count == known.count ? .current : .behind
    }

    static func appliedMigrations(_ db: Database) throws -> Set<String> {
        guard try hasTable(db, migrationsTable) else { return [] }
        return Set(try String.fetchAll(db, sql: "SELECT identifier FROM \(migrationsTable)"))
    }

    /// Whether the file has this table now. Not `Database.tableExists`, whose cache of the schema may predate what
    /// another process just created.
    static func hasTable(_ db: Database, _ name: String) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?)", arguments: [name])
            ?? false
    }

    /// Applies every migration not yet applied, safely when several processes open one file at once.
    ///
    /// GRDB's migrator reads which migrations are applied once, outside any lock, then runs the rest: two stations
    /// starting together both ran v1 ("table learner already exists"). Here each migration runs in its own
    /// `BEGIN IMMEDIATE` transaction — SQLite's write lock, which the busy timeout waits for — and re-reads the record
    /// inside it, so a process that finds the work done by another goes on. A migration that fails rolls back whole
    /// and leaves the schema it found.
    static func migrate(_ writer: any DatabaseWriter) throws {
        // The common case, a file already current, takes no write lock at all.
        switch try writer.read({ try schemaStatus($0) }) {
        case .current: return
        case .newer: throw StoreError.newerSchema(path: writer.path)
        case .behind: break
        }
        let path = writer.path
        try writer.writeWithoutTransaction { db in
            for migration in migrations {
                // As SQLite's ALTER TABLE procedure asks: foreign keys off outside the transaction, checked inside.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                try db.inTransaction(.immediate) {
                    try db.execute(
                        sql: "CREATE TABLE IF NOT EXISTS \(migrationsTable) (identifier TEXT NOT NULL PRIMARY KEY)")
                    let applied = try appliedMigrations(db)
                    if applied.contains(migration.identifier) { return .commit }
                    if !applied.isSubset(of: Set(migrations.map(\.identifier))) {
                        throw StoreError.newerSchema(path: path)
                    }
                    try migration.migrate(db)
                    try db.execute(
                        sql: "INSERT INTO \(migrationsTable) (identifier) VALUES (?)", arguments: [migration.identifier]
                    )
                    try db.checkForeignKeys()
                    return .commit
                }
            }
        }
    }

    /// Learners' names in NFC, the form names are compared and stored in from now on ("José" typed as e + a combining
    /// accent is the same learner as "José" with é). A name whose NFC form another learner already has keeps its old
    /// form: both learners stay, and a nurse can rename one.
    static func v8(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM learner ORDER BY id")
        var taken = Set(rows.map { (($0["name"] as String?) ?? "").lowercased() })
        for row in rows {
            let name: String = row["name"]
            let normal = LearnerName.normalized(name)
            guard normal != name else { continue }
            let key = normal.lowercased()
            if taken.contains(key) { continue }
            try db.execute(sql: "UPDATE learner SET name = ? WHERE id = ?", arguments: [normal, row["id"] as Int64])
            taken.insert(key)
        }
    }
}
