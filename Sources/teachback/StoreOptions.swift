import ArgumentParser
import ClinicStore
import Foundation
import Words
import LearnerModel
import LearnerStore
import Reports

/// The `--db PATH` option shared by every command that reads or writes learners.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: helpText(
            "The learner database: a file (default: TEACHBACK_DB, else ~/.local/share/teachback/teachback.sqlite), or a clinic's server, postgresql://USER@HOST:PORT/DBNAME?sslmode=MODE (the password from PGPASSWORD or ~/.pgpass)."
        ))
    var db: String?

    @Option(
        name: .long,
        help: helpText(
            "This station's name in the audit trail (default: TEACHBACK_STATION_NAME, else the computer's host name). (`--station shared|personal` is the trainer's kind of station.)"
        ))
    var stationName: String?

    var path: String { StoreLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment) }

    /// Whether the database is a clinic's PostgreSQL server.
    var isServer: Bool { ClinicLocation.isURL(path) }

    /// `TEACHBACK_STATION` (shared or personal), else shared on a clinic's server (its stations share it) and
    /// personal on a file.
    func isSharedStation(_ environment: [String: String]) throws -> Bool {
        guard let value = environment["TEACHBACK_STATION"], !value.isEmpty else { return isServer }
        guard let choice = QuizCommand.StationChoice(rawValue: value.lowercased()) else {
            printError(
                Message(
                    "error: TEACHBACK_STATION='{value}' is neither 'shared' nor 'personal'; set one, or unset it",
                    ["value": value]))
            throw ExitCode(1)
        }
        return choice == .shared
    }

    /// Opens the database (a file or a server), or prints what is wrong with it and exits 1.
    func open() throws -> any LearnerDatabase {
        let db = try Self.open(path)
        let environment = ProcessInfo.processInfo.environment["TEACHBACK_STATION_NAME"].flatMap {
            $0.isEmpty ? nil : $0
        }
        db.auditContext = AuditContext.current(station: stationName ?? environment)
        db.auditContext.clock = { Now.current() }
        return db
    }

    static func open(_ path: String) throws -> any LearnerDatabase {
        do {
            if ClinicLocation.isURL(path) {
                let location = try ClinicLocation.parse(path, environment: ProcessInfo.processInfo.environment)
                return try ClinicStore.open(location)
            }
            return try LearnerStore.open(path: path)
        } catch let error as ClinicURLError {
            printError(Message("error: {message}", ["message": error.message.text(commandLanguage.words)]))
            throw ExitCode(1)
        } catch let error as StoreError {
            printError(error)
            throw ExitCode(1)
        }
    }

    /// Opens the database, which must be a file (for the benchmarks that measure SQLite itself).
    func openFile() throws -> LearnerStore {
        guard !isServer else { throw Failure(Message("this command works on a database file, not a server")) }
        do {
            return try LearnerStore.open(path: path)
        } catch {
            printError(error)
            throw ExitCode(1)
        }
    }
}

/// Writes an access to the audit trail. A file opened read-only (its mode allows no writing) still gives its report,
/// with a warning that the access could not be written down; any other failure stops the command.
func audit(_ db: any LearnerDatabase, _ action: AuditAction, learner: LearnerID, detail: String) throws {
    do {
        try db.appendAudit(action, learnerID: learner, detail: detail, at: Now.current())
    } catch .readOnlyFile(let path, let mode) {
        printError(
            Message(
                "warning: {path} is read-only ({mode}): this access is not in its audit trail",
                ["path": path, "mode": mode]))
    } catch {
        printError(error)
        throw ExitCode(1)
    }
}

/// Runs `body`, turning a store error into a message and exit code 1.
func reportingStoreErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        printError(error)
        throw ExitCode(1)
    }
}

/// `2024-01-06T17:42:36Z` for a date.
func isoString(_ date: Date) -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    return f.string(from: date)
}

func writeJSON(_ object: Any) throws {
    let data = try JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    FileHandle.standardOutput.write(data + Data("\n".utf8))
}

/// One CSV field: quoted when it needs to be, and never readable as a formula (`Escape.csv`).
func csvField(_ s: String) -> String { Escape.csv(s) }
