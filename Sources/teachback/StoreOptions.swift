import ArgumentParser
import Foundation
import LearnerModel
import LearnerStore
import Reports

/// The `--db PATH` option shared by every command that reads or writes learners.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "The learner database (default: TEACHBACK_DB, else ~/.local/share/teachback/teachback.sqlite).")
    var db: String?

    var path: String { StoreLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment) }

    /// Opens the database, or prints what is wrong with it and exits 1.
    func open() throws -> LearnerStore {
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
