public import Words

/// What can go wrong with a learner store, whichever backend: a value; `message(_:)` says what, where and what to do
/// in a reader's language (StoreError+Words.swift), `description` in English.
///
/// Each backend translates its driver's errors into these cases, so no driver type reaches the commands.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notADatabase(path: String)
    case corrupt(path: String, detail: Message)
    case newerSchema(path: String)
    case cannotCreate(path: String, reason: Message)
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
    case invalidName(NameProblem)
    /// `teachback nurse add` with a sign-in name an account has.
    case nurseExists(name: String)
    /// The PostgreSQL server could not be reached, or went away (`location` names user, host, port and database).
    case serverUnreachable(location: String, detail: Message)
    case authenticationFailed(location: String)
    case noSuchDatabase(location: String)
    /// The server refused a statement for want of a privilege (a station's role doing an owner's work).
    case permissionDenied(location: String, detail: Message)
    /// The server's schema is older than this release and this role may not upgrade it.
    case serverBehind(location: String)
    /// Another station changed the same row at the same moment.
    case conflict(location: String, detail: Message)
    case other(path: String, detail: Message)

    /// What went wrong, where and what to do, in English (logs, and commands run without a language).
    public var description: String { message(.english) }
}
