import Foundation
import GRDB
import LearnerModel
import Scheduling

/// The learner database: learners, sessions, every answer, and each learner's review schedule.
///
/// One SQLite file in WAL mode, foreign keys on, a busy timeout so a nurse's report and a patient's session can
/// use it at once. Every answer is one immediate transaction, committed (and synced) before it returns.
public final class LearnerStore: LearnerDatabase {
    public let path: String
    let writer: any DatabaseWriter
    /// Sessions this store has seen begin (their first answer is marked on the session row): later answers skip the
    /// statement that marks it.
    var sessionsBegun = Set<Int64>()
    /// Files smaller than this get a full `quick_check` when opened; larger ones are checked as they are read.
    static let quickCheckLimit = 32 * 1_048_576

    init(writer: any DatabaseWriter, path: String) throws(StoreError) {
        self.writer = writer
        self.path = path
        do {
            try Self.migrator.migrate(writer)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// An in-memory store, for tests and previews.
    public static func inMemory() throws(StoreError) -> LearnerStore {
        do {
            return try LearnerStore(writer: DatabaseQueue(configuration: configuration()), path: ":memory:")
        } catch {
            throw StoreError.from(error, path: ":memory:")
        }
    }

    /// Opens the database at `path`, creating it (and its folder, mode 0700) if it does not exist.
    ///
    /// An existing file is checked read-only first — SQLite header, schema version, integrity — so a file that is
    /// not ours, is damaged or is from a newer Teachback is reported and left byte-for-byte untouched.
    public static func open(path: String) throws(StoreError) -> LearnerStore {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw StoreError.notADatabase(path: path) }
            try checkExisting(path: path)
        } else {
            try createFile(path: path)
        }
        // One connection in write-ahead-log mode: another process (a nurse's report) reads while this one writes.
        // A queue uses about 1 MiB less than a pool, and the trainer and the commands read and write in turn anyway.
        var config = configuration()
        config.prepareDatabase { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            }
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw StoreError.from(error, path: path)
        }
        let store = try LearnerStore(writer: queue, path: path)
        for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: path + suffix) {
            chmod(path + suffix, 0o600)
        }
        return store
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(15)
        config.prepareDatabase { db in
            // FULL: each commit is synced, so an answer survives a crash or power cut, not just a killed process.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        return config
    }

    static func checkExisting(path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw StoreError.readOnly(path: path) }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.close()
        if size == 0 { return }
        guard header == Data("SQLite format 3\u{0}".utf8) else { throw StoreError.notADatabase(path: path) }
        do {
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(15)
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            try queue.read { db in
                if try migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
                if size < quickCheckLimit {
                    let result = try String.fetchOne(db, sql: "PRAGMA quick_check(1)") ?? "no answer"
                    if result != "ok" { throw StoreError.corrupt(path: path, detail: result) }
                }
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    static func createFile(path: String) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError.cannotCreate(path: path, reason: "cannot create the folder \(folder)")
            }
        }
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw StoreError.cannotCreate(path: path, reason: reason.lowercased())
        }
        _ = Glibc.close(fd)
    }

    /// Closes the database; the store must not be used afterwards.
    public func close() {
        try? (writer as? DatabaseQueue)?.close()
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw StoreError.other(path: path, detail: "transaction produced nothing") }
                return result
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
