import ArgumentParser
import ClinicStore
import Foundation
import LearnerModel
import LearnerStore
import Reports

/// The `--db PATH` option shared by every command that reads or writes learners.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            The learner database: a file (default: TEACHBACK_DB, else ~/.local/share/teachback/teachback.sqlite), or a \
            clinic's server, postgresql://USER@HOST:PORT/DBNAME?sslmode=MODE (the password from PGPASSWORD or ~/.pgpass).
            """)
    var db: String?

    var path: String { StoreLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment) }

    /// Whether the database is a clinic's PostgreSQL server.
    var isServer: Bool { ClinicLocation.isURL(path) }

    /// Opens the database (a file or a server), or prints what is wrong with it and exits 1.
    func open() throws -> any LearnerDatabase {
        try Self.open(path)
    }

    static func open(_ path: String) throws -> any LearnerDatabase {
        do {
            if ClinicLocation.isURL(path) {
                let location = try ClinicLocation.parse(path, environment: ProcessInfo.processInfo.environment)
                return try ClinicStore.open(location)
            }
            return try LearnerStore.open(path: path)
        } catch let error as ClinicURLError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        } catch let error as StoreError {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }

    /// Opens the database, which must be a file (for the benchmarks that measure SQLite itself).
    func openFile() throws -> LearnerStore {
        guard !isServer else { throw Failure("this command works on a database file, not a server") }
        do {
            return try LearnerStore.open(path: path)
        } catch {
            printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }
}

/// Runs `body`, turning a store error into a message and exit code 1.
func reportingStoreErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        printError("error: \(error.description)")
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
