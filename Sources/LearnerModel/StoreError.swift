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
    case learnerExists(name: String)
    case noSuchLearner(name: String)
    case invalidName(String)
    /// The PostgreSQL server could not be reached, or went away (`location` names user, host, port and database).
    case serverUnreachable(location: String, detail: String)
    case authenticationFailed(location: String)
    case noSuchDatabase(location: String)
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
        case .busy(let path):
            "\(path) stayed busy in another Teachback for too long. Try again in a moment."
        case .learnerExists(let name): "a learner named '\(name)' already exists; choose another name or code"
        case .noSuchLearner(let name): "no learner named '\(name)'; see 'teachback learner list'"
        case .invalidName(let why): why
        case .serverUnreachable(let location, let detail):
            "cannot reach the PostgreSQL server \(location)\(detail.isEmpty ? "" : " (\(detail))"). Nothing was changed. Check that the server is running and that the host and port are right, then try again."
        case .authenticationFailed(let location):
            "the PostgreSQL server \(location) refused the password. Set the right one in PGPASSWORD or in ~/.pgpass (PGPASSFILE), never in the URL."
        case .noSuchDatabase(let location):
            "the PostgreSQL server has no database named in \(location). Create it (createdb), or name another one in the URL."
        case .conflict(let location, let detail):
            "another station changed the same record at the same moment on \(location) (\(detail)). Nothing was changed; try again."
        case .other(let path, let detail): "\(path): \(detail)"
        }
    }
}
