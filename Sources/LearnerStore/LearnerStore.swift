import Foundation
internal import GRDB
import LearnerModel
import Scheduling
import Words

/// The learner database: learners, sessions, every answer, and each learner's review schedule.
///
/// One SQLite file in WAL mode, foreign keys on, a busy timeout so a nurse's report and a patient's session can
/// use it at once. Every answer is one immediate transaction, committed (and synced) before it returns.
public final class LearnerStore: LearnerDatabase {
    public let path: String
    let writer: any DatabaseWriter
    /// Sessions this store has seen begin (their first answer is marked on the session row): later answers skip the
    /// statement that marks it.
    var sessionsBegun = Set<SessionID>()
    /// Files smaller than this get a full `quick_check` when opened; larger ones are checked as they are read.
    static let quickCheckLimit = 32 * 1_048_576

    /// Whether the file was opened read-only (its mode allows no writing): every write fails with
    /// `StoreError.readOnlyFile`, so commands that only read still work.
    public let isReadOnly: Bool
    /// The file's permission bits as `ls -l` shows them, for messages.
    let modeText: String

    public var cannotWrite: StoreError? { isReadOnly ? .readOnlyFile(path: path, mode: modeText) : nil }

    /// The station and OS user this store's audit events name.
    public var auditContext = AuditContext.current()

    init(writer: any DatabaseWriter, path: String, readOnly: Bool = false, modeText: String = "") throws(StoreError) {
        self.writer = writer
        self.path = path
        self.isReadOnly = readOnly
        self.modeText = modeText
        do {
            if readOnly {
                switch try writer.read({ try Self.schemaStatus($0) }) {
                case .current: break
                case .newer: throw StoreError.newerSchema(path: path)
                case .behind: throw StoreError.readOnlyNeedsUpgrade(path: path)
                }
            } else {
                try Self.migrate(writer)
            }
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
    /// not ours, is damaged or is from a newer Teachback is reported and left byte-for-byte untouched. Its mode is
    /// never changed: a file whose mode allows no writing (even for root, who could write it anyway) is opened
    /// read-only, so reports still work and nothing writes to it. Only a file this call creates is given a mode
    /// (0600); SQLite gives its `-wal` and `-shm` files the same.
    public static func open(path: String) throws(StoreError) -> LearnerStore {
        let created: Bool
        var info = stat()
        if lstat(path, &info) == 0 {
            try checkExisting(path: path, info: info)
            created = false
        } else {
            created = try createFile(path: path)
        }
        if stat(path, &info) != 0 {
            throw StoreError.cannotCreate(path: path, reason: Message("it disappeared while opening"))
        }
        let readOnly = !isWritable(path: path, info: info)
        // Stations starting together take SQLite's write lock in turn to set the file up (WAL, migrations); its busy
        // handler is not fair, so under load one can wait out its timeout while the others go first (seen once in
        // twelve connections opening a new file at once on a loaded CI machine). Opening is tried again then: a
        // station that waits longer is what a nurse expects, not "try again".
        var attempt = 1
        while true {
            do {
                return try open(path: path, readOnly: readOnly, modeText: modeString(info.st_mode))
            } catch  where error.isBusy && attempt < openAttempts {
                attempt += 1
            } catch {
                // A file this call created and could not set up (a full disk, say) is not left behind half made. Not
                // when it was busy: then another process has it open and is setting it up (stations starting at
                // once), and taking the file from under it turned its next write into a disk I/O error.
                if created, !error.isBusy {
                    for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
                }
                throw error
            }
        }
    }

    /// How many times opening is tried while the file stays busy (each try waits out the busy timeout).
    static let openAttempts = 3

    static func open(path: String, readOnly: Bool, modeText: String) throws(StoreError) -> LearnerStore {
        // One connection in write-ahead-log mode: another process (a nurse's report) reads while this one writes.
        // A queue uses about 1 MiB less than a pool, and the trainer and the commands read and write in turn anyway.
        var config = configuration()
        config.readonly = readOnly
        if !readOnly {
            config.prepareDatabase { db in
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
            }
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw StoreError.from(error, path: path)
        }
        return try LearnerStore(writer: queue, path: path, readOnly: readOnly, modeText: modeText)
    }

    /// Whether this process may write the file, honouring its permission bits even as root: an administrator who
    /// made it 0444 or 0400 meant nobody to write it.
    static func isWritable(path: String, info: stat) -> Bool {
        guard access(path, W_OK) == 0 else { return false }
        if geteuid() == 0 { return info.st_mode & 0o222 != 0 }
        return true
    }

    /// `0444 (r--r--r--)` for a mode.
    static func modeString(_ mode: mode_t) -> String {
        let bits = Int(mode & 0o777)
        let letters = (0..<9).map { i -> Character in
            let bit = 1 << (8 - i)
            guard bits & bit != 0 else { return "-" }
            return ["r", "w", "x"][i % 3]
        }
        let octal = String(bits, radix: 8)
        return "mode " + String(repeating: "0", count: max(0, 4 - octal.count)) + octal + " " + String(letters)
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

    static func checkExisting(path: String, info: stat) throws(StoreError) {
        // Only a regular file (through a link, a link to one) is ever opened: not a folder, a device or a pipe.
        var target = stat()
        guard stat(path, &target) == 0 else {
            throw StoreError.cannotCreate(path: path, reason: Message("it is a link to nothing"))
        }
        guard target.st_mode & S_IFMT == S_IFREG else { throw StoreError.notADatabase(path: path) }
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
                if try schemaStatus(db) == .newer { throw StoreError.newerSchema(path: path) }
                if size < quickCheckLimit {
                    let result = try String.fetchOne(db, sql: "PRAGMA quick_check(1)") ?? "no answer"
                    if result != "ok" { throw StoreError.corrupt(path: path, detail: Message(verbatim: result)) }
                }
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Creates an empty file (mode 0600) and its folder (0700) if missing; returns false when another process
    /// created the file first (two stations starting at once), which is then opened as an existing file.
    static func createFile(path: String) throws(StoreError) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, let code = makePrivateFolder(folder) {
            if code == ENOSPC || code == EDQUOT { throw StoreError.diskFull(path: path) }
            throw StoreError.cannotCreate(
                path: path,
                reason: Message(
                    "cannot create the folder {folder} ({reason})",
                    ["folder": folder, "reason": String(cString: strerror(code)).lowercased()]))
        }
        let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            let code = errno
            if code == EEXIST { return false }
            if code == ENOSPC || code == EDQUOT { throw StoreError.diskFull(path: path) }
            if code == EROFS { throw StoreError.readOnly(path: path) }
            let reason = String(cString: strerror(code))
            throw StoreError.cannotCreate(path: path, reason: Message(verbatim: reason.lowercased()))
        }
        _ = Glibc.close(fd)
        return true
    }

    /// Creates `path` and every missing folder above it, each with mode 0700 (folders already there keep theirs);
    /// returns the error number of a failure, else nil.
    public static func makePrivateFolder(_ path: String) -> Int32? {
        var missing: [String] = []
        var place = path
        var info = stat()
        while !place.isEmpty && place != "/" && stat(place, &info) != 0 {
            missing.append(place)
            place = (place as NSString).deletingLastPathComponent
        }
        for folder in missing.reversed() where mkdir(folder, 0o700) != 0 && errno != EEXIST { return errno }
        return nil
    }

    /// Closes the database; the store must not be used afterwards.
    public func close() {
        try? (writer as? DatabaseQueue)?.close()
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        if isReadOnly { throw StoreError.readOnlyFile(path: path, mode: modeText) }
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else {
                    throw StoreError.other(path: path, detail: Message("transaction produced nothing"))
                }
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
