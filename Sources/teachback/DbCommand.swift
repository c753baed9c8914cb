import ArgumentParser
import ClinicStore
import Foundation
import LearnerModel
import LearnerStore

/// The database itself: its schema and soundness, and moving a station's file to the clinic's server.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Check a learner database, or copy a station's file to the clinic's server.",
        subcommands: [Check.self, Copy.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "The schema version and an integrity check, for a file or a server.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let db = try store.open()
            defer { db.close() }
            let (version, integrity) = try reportingStoreErrors { (try db.schemaVersion(), try db.integrityCheck()) }
            let shown =
                store.isServer
                ? (try? ClinicLocation.parse(store.path, environment: [:]).description) ?? "" : store.path
            print("\(shown): schema version \(version), integrity \(integrity)")
            if integrity != "ok" { throw ExitCode(1) }
        }
    }

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: "Copy a station's learners, sessions, answers, plans and schedules to the clinic's server.",
            discussion: """
                Copying again copies nothing twice. Afterwards the row counts of both sides are printed, learner by \
                learner; they must match.
                """)
        @Option(help: "The station's database file.") var from: String
        @Option(help: "The clinic's server: postgresql://USER@HOST:PORT/DBNAME?sslmode=MODE.") var to: String

        func run() throws {
            guard !ClinicLocation.isURL(from), FileManager.default.fileExists(atPath: from) else {
                throw Failure("--from must be a database file that exists; \(from) is not")
            }
            guard ClinicLocation.isURL(to) else { throw Failure("--to must be a postgresql:// server") }
            let source = try StoreOptions.open(from)
            defer { source.close() }
            guard let target = try StoreOptions.open(to) as? ClinicStore else { throw ExitCode(1) }
            defer { target.close() }
            // The source's identity: its path, made absolute, so re-running from the same file copies nothing twice.
            let origin = URL(fileURLWithPath: from).standardizedFileURL.path
            var allSource = ClinicStore.Counts()
            var allTarget = ClinicStore.Counts()
            var mismatch = false
            try reportingStoreErrors {
                for learner in try source.learners() {
                    let tables = try source.export(learnerID: learner.id)
                    let here = ClinicStore.counts(of: tables)
                    let there = try target.importLearner(tables, source: "sqlite:\(origin)")
                    allSource = allSource + here
                    allTarget = allTarget + there
                    if here != there { mismatch = true }
                    print("\(learner.name): file \(here); server \(there)\(here == there ? "" : "  ← differs")")
                }
            }
            print("file \(from): \(allSource)")
            print("server \(target.location): \(allTarget)")
            if mismatch {
                printError(
                    "note: some counts differ: the server already held records of these learners from elsewhere (kept as they were)"
                )
            }
        }
    }
}
