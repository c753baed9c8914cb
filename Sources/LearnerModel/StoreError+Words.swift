import Words

/// Which rule a learner's name or code breaks.
public enum NameProblem: Error, Sendable, Equatable {
    /// A control character, at a position (from 1), written as "U+0007".
    case controlCharacter(position: Int, code: String)
    /// An invisible character or one that changes the direction of text.
    case invisibleCharacter(position: Int, code: String)
    case empty
    case tooLong(maximum: Int)
}

extension NameProblem {
    /// The rule, in a catalogue's language.
    public func message(_ l: Catalogue) -> String {
        switch self {
        case .controlCharacter(let position, let code):
            l.text(
                "a learner's name or code cannot contain control characters (character {position} is {code})",
                ["position": position, "code": code])
        case .invisibleCharacter(let position, let code):
            l.text(
                "character {position} of the name is {code}, which is invisible or changes the direction of text, so two names could look the same; type the name without it",
                ["position": position, "code": code])
        case .empty: l.text("a learner's name or code cannot be empty")
        case .tooLong(let maximum):
            l.text("a learner's name or code can be at most {maximum} characters", ["maximum": maximum])
        }
    }
}

extension StoreError {
    /// What went wrong, where and what to do, in a catalogue's language (the screen's, or the command's).
    public func message(_ l: Catalogue) -> String {
        switch self {
        case .notADatabase(let path):
            l.text(
                "{path} is not a Teachback database (it is some other kind of file). Nothing was changed. Choose another file with --db PATH.",
                ["path": path])
        case .corrupt(let path, let detail):
            l.text(
                "{path} is damaged ({detail}). Nothing was changed. Keep a copy of the file and ask for help recovering it; use --db PATH to start a new database elsewhere.",
                ["path": path, "detail": detail.text(l)])
        case .newerSchema(let path):
            l.text(
                "{path} was written by a newer version of Teachback. Nothing was changed. Update Teachback to use this database.",
                ["path": path])
        case .cannotCreate(let path, let reason):
            l.text(
                "cannot create the database at {path}: {reason}. Choose a folder you can write to with --db PATH or TEACHBACK_DB.",
                ["path": path, "reason": reason.text(l)])
        case .readOnly(let path):
            l.text(
                "{path} cannot be written (it or its folder is read-only). Nothing was changed. Check its permissions, or use --db PATH.",
                ["path": path])
        case .diskFull(let path):
            l.text(
                "the disk holding {path} is full, so the last change was not saved. Free some space and try again.",
                ["path": path])
        case .logNotErased(let path):
            l.text(
                "the learner was deleted, but another program still reading {path} keeps older copies of their rows in {path}-wal. Close every Teachback using this database: the log is emptied when the last one closes.",
                ["path": path])
        case .notForBenchmark(let location):
            l.text(
                "{location} holds data this benchmark did not create, so it was not touched: nothing was changed. A benchmark runs only on an empty database, which it marks as its own (for example one made with 'createdb teachback_bench', or a new file).",
                ["location": location])
        case .readOnlyFile(let path, let mode):
            l.text(
                "{path} is read-only ({mode}), and this needs to save. Nothing was changed. Ask whoever made it read-only, or choose another database with --db PATH.",
                ["path": path, "mode": mode])
        case .readOnlyNeedsUpgrade(let path):
            l.text(
                "{path} is read-only and was written by an earlier Teachback: it must be upgraded once by a Teachback that may write to it. Nothing was changed.",
                ["path": path])
        case .busy(let path):
            l.text("{path} stayed busy in another Teachback for too long. Try again in a moment.", ["path": path])
        case .nurseExists(let name):
            l.text(
                "a nurse account named '{name}' already exists; choose another name, or change it with 'teachback nurse passwd {name}'",
                ["name": name])
        case .learnerExists(let name):
            l.text("a learner named '{name}' already exists; choose another name or code", ["name": name])
        case .noSuchLearner(let name): l.text("no learner named '{name}'; see 'teachback learner list'", ["name": name])
        case .invalidName(let problem): problem.message(l)
        case .serverUnreachable(let location, let detail) where detail.isEmpty:
            l.text(
                "cannot reach the PostgreSQL server {location}. Nothing was changed. Check that the server is running and that the host and port are right, then try again.",
                ["location": location])
        case .serverUnreachable(let location, let detail):
            l.text(
                "cannot reach the PostgreSQL server {location} ({detail}). Nothing was changed. Check that the server is running and that the host and port are right, then try again.",
                ["location": location, "detail": detail.text(l)])
        case .authenticationFailed(let location):
            l.text(
                "the PostgreSQL server {location} refused the password. Set the right one in PGPASSWORD or in ~/.pgpass (PGPASSFILE), never in the URL.",
                ["location": location])
        case .noSuchDatabase(let location):
            l.text(
                "the PostgreSQL server has no database named in {location}. Create it (createdb), or name another one in the URL.",
                ["location": location])
        case .permissionDenied(let location, let detail):
            l.text(
                "the PostgreSQL server {location} refused this ({detail}). Nothing was changed. A station's role may only read and write learners' data; run administrative commands as the database's owner.",
                ["location": location, "detail": detail.text(l)])
        case .serverBehind(let location):
            l.text(
                "the PostgreSQL server {location} holds an older Teachback schema than this station needs. Nothing was changed. Ask the clinic's administrator to run 'teachback db migrate --db {location}' as the database's owner, then start again.",
                ["location": location])
        case .conflict(let location, let detail):
            l.text(
                "another station changed the same record at the same moment on {location} ({detail}). Nothing was changed; try again.",
                ["location": location, "detail": detail.text(l)])
        case .other(let path, let detail): l.text("{path}: {detail}", ["path": path, "detail": detail.text(l)])
        }
    }
}
