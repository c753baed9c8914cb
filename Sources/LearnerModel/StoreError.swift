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
        case .other(let path, let detail): "\(path): \(detail)"
        }
    }
}
