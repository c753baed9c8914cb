/// What can go wrong with a learner store, whichever backend; `description` says what, where and what to do.
///
/// Each backend translates its driver's errors into these cases, so no driver type reaches the commands.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notADatabase(path: String)
    case corrupt(path: String, detail: String)
    case newerSchema(path: String)
    case cannotCreate(path: String, reason: String)
    case readOnly(path: String)
    case diskFull(path: String)
    case busy(path: String)
    /// A learner was deleted, but another process reading the file kept older copies of their rows in its
    /// write-ahead log (`path` + "-wal").
    case logNotErased(path: String)
    /// A benchmark was pointed at a database holding data it did not create.
    case notForBenchmark(location: String)
    /// The file is read-only (its mode, or a read-only disk) and the command needs to write.
    case readOnlyFile(path: String, mode: String)
    /// The file is read-only and written by an earlier release: it must be upgraded before it can be read.
    case readOnlyNeedsUpgrade(path: String)
    case learnerExists(name: String)
    case noSuchLearner(name: String)
    case invalidName(String)
    /// `teachback nurse add` with a sign-in name an account has.
    case nurseExists(name: String)
    /// The PostgreSQL server could not be reached, or went away (`location` names user, host, port and database).
    case serverUnreachable(location: String, detail: String)
    case authenticationFailed(location: String)
    case noSuchDatabase(location: String)
    /// The server refused a statement for want of a privilege (a station's role doing an owner's work).
    case permissionDenied(location: String, detail: String)
    /// The server's schema is older than this release and this role may not upgrade it.
    case serverBehind(location: String)
    /// Another station changed the same row at the same moment.
    case conflict(location: String, detail: String)
    case other(path: String, detail: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a Teachback database (it is some other kind of file). Nothing was changed. Choose another file with --db PATH."
        case .corrupt(let path, let detail):
            "\(path) is damaged (\(detail)). Nothing was changed. Keep a copy of the file and ask for help recovering it; use --db PATH to start a new database elsewhere."
        case .newerSchema(let path):
            "\(path) was written by a newer version of Teachback. Nothing was changed. Update Teachback to use this database."
        case .cannotCreate(let path, let reason):
            "cannot create the database at \(path): \(reason). Choose a folder you can write to with --db PATH or TEACHBACK_DB."
        case .readOnly(let path):
            "\(path) cannot be written (it or its folder is read-only). Nothing was changed. Check its permissions, or use --db PATH."
        case .diskFull(let path):
            "the disk holding \(path) is full, so the last change was not saved. Free some space and try again."
        case .logNotErased(let path):
            "the learner was deleted, but another program still reading \(path) keeps older copies of their rows in \(path)-wal. Close every Teachback using this database: the log is emptied when the last one closes."
        case .notForBenchmark(let location):
            "\(location) holds data this benchmark did not create, so it was not touched: nothing was changed. A benchmark runs only on an empty database, which it marks as its own (for example one made with 'createdb teachback_bench', or a new file)."
        case .readOnlyFile(let path, let mode):
            "\(path) is read-only (\(mode)), and this needs to save. Nothing was changed. Ask whoever made it read-only, or choose another database with --db PATH."
        case .readOnlyNeedsUpgrade(let path):
            "\(path) is read-only and was written by an earlier Teachback: it must be upgraded once by a Teachback that may write to it. Nothing was changed."
        case .busy(let path):
            "\(path) stayed busy in another Teachback for too long. Try again in a moment."
        case .nurseExists(let name):
            "a nurse account named '\(name)' already exists; choose another name, or change it with 'teachback nurse passwd \(name)'"
        case .learnerExists(let name): "a learner named '\(name)' already exists; choose another name or code"
        case .noSuchLearner(let name): "no learner named '\(name)'; see 'teachback learner list'"
        case .invalidName(let why): why
        case .serverUnreachable(let location, let detail):
            "cannot reach the PostgreSQL server \(location)\(detail.isEmpty ? "" : " (\(detail))"). Nothing was changed. Check that the server is running and that the host and port are right, then try again."
        case .authenticationFailed(let location):
            "the PostgreSQL server \(location) refused the password. Set the right one in PGPASSWORD or in ~/.pgpass (PGPASSFILE), never in the URL."
        case .noSuchDatabase(let location):
            "the PostgreSQL server has no database named in \(location). Create it (createdb), or name another one in the URL."
        case .permissionDenied(let location, let detail):
            "the PostgreSQL server \(location) refused this (\(detail)). Nothing was changed. A station's role may only read and write learners' data; run administrative commands as the database's owner."
        case .serverBehind(let location):
            "the PostgreSQL server \(location) holds an older Teachback schema than this station needs. Nothing was changed. Ask the clinic's administrator to run 'teachback db migrate --db \(location)' as the database's owner, then start again."
        case .conflict(let location, let detail):
            "another station changed the same record at the same moment on \(location) (\(detail)). Nothing was changed; try again."
        case .other(let path, let detail): "\(path): \(detail)"
        }
    }
}
