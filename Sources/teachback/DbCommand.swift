import ArgumentParser
import ClinicStore
import Foundation
import Words
import LearnerModel
import LearnerStore

/// The database itself: its schema and soundness, and moving a station's file to the clinic's server.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: helpText("Check a learner database, or copy a station's file to the clinic's server."),
        subcommands: [Check.self, Migrate.self, GrantStation.self, Copy.self])

    /// Gives a station's role on a clinic's server only what a station needs.
    struct GrantStation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grant-station",
            abstract: helpText(
                "Give a station's role on a clinic's server only what a station needs (run as the owner)."),
            discussion: helpText(
                "The role reads, adds, changes and deletes learners' rows, reads and adds to the audit trail (never changes or deletes it), and reads the schema version; it cannot create, alter, drop or empty a table. The server's administrator creates the role first (CREATE ROLE name LOGIN PASSWORD '…'); run `teachback db migrate` before this after each new release."
            ))
        @OptionGroup var store: StoreOptions
        @Argument(help: helpText("The station's role, which must exist on the server.")) var role: String

        func run() throws {
            guard store.isServer else {
                printError(
                    Message("error: grant-station is for a clinic's server (--db postgresql://…); a file has no roles"))
                throw ExitCode(1)
            }
            let db = try store.open()
            defer { db.close() }
            guard let server = db as? ClinicStore else { throw ExitCode(1) }
            try reportingStoreErrors { try server.grantStation(role: role) }
            say(
                Message(
                    "{role} may now run stations: learners' rows, the audit trail to add to, signing nurses in; nothing more.",
                    ["role": role]))
        }
    }

    /// Brings the schema up to this release's: what a station's role may not do, run once by the database's owner.
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: helpText(
                "Bring a file or a server up to this release's schema (on a server, as the database's owner)."),
            discussion: helpText(
                "Stations upgrade a file by themselves. On a clinic's server, stations may run as a role that can only read and write learners' data; the owner runs this once after installing a new release."
            ))
        @OptionGroup var store: StoreOptions

        func run() throws {
            let db = try store.open()
            defer { db.close() }
            let version = try reportingStoreErrors { try db.schemaVersion() }
            let shown =
                store.isServer
                ? (try? ClinicLocation.parse(store.path, environment: [:]).description) ?? "" : store.path
            say(Message("{shown}: schema version {version}, up to date", ["shown": shown, "version": version]))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: helpText("The schema version and an integrity check, for a file or a server."))
        @OptionGroup var store: StoreOptions

        func run() throws {
            let db = try store.open()
            defer { db.close() }
            let (version, integrity) = try reportingStoreErrors { (try db.schemaVersion(), try db.integrityCheck()) }
            let shown =
                store.isServer
                ? (try? ClinicLocation.parse(store.path, environment: [:]).description) ?? "" : store.path
            say(
                Message(
                    "{shown}: schema version {version}, integrity {integrity}",
                    ["shown": shown, "version": version, "integrity": integrity]))
            if integrity != "ok" { throw ExitCode(1) }
        }
    }

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: helpText(
                "Copy a station's learners, sessions, answers, plans and schedules to the clinic's server."),
            discussion: helpText(
                "Copying again copies nothing twice. Afterwards the row counts of both sides are printed, learner by learner; they must match."
            ))
        @Option(help: helpText("The station's database file.")) var from: String
        @Option(help: helpText("The clinic's server: postgresql://USER@HOST:PORT/DBNAME?sslmode=MODE.")) var to: String
        @Option(
            help: ArgumentHelp(
                helpText(
                    "A station learner to copy into the server's learner whose name differs only in capitals (repeat for each)."
                ),
                valueName: "name"))
        var merge: [String] = []

        func run() throws {
            guard !ClinicLocation.isURL(from), FileManager.default.fileExists(atPath: from) else {
                throw Failure(Message("--from must be a database file that exists; {from} is not", ["from": from]))
            }
            guard ClinicLocation.isURL(to) else { throw Failure(Message("--to must be a postgresql:// server")) }
            let source = try StoreOptions.open(from)
            defer { source.close() }
            guard let target = try StoreOptions.open(to) as? ClinicStore else { throw ExitCode(1) }
            defer { target.close() }
            // The source's identity: its path, made absolute, so re-running from the same file copies nothing twice.
            let origin = URL(fileURLWithPath: from).standardizedFileURL.path
            var allSource = ClinicStore.Counts()
            var allTarget = ClinicStore.Counts()
            var mismatch = false
            let merging = Set(merge.map { LearnerName.normalized($0) })
            var collisions: [(station: String, server: String)] = []
            try reportingStoreErrors {
                for learner in try source.learners() {
                    // "Room 4" on the station and "room 4" on the server may be two patients: copy nothing of them
                    // until someone says they are one (`--merge`) or renames one.
                    if let there = try target.learner(named: learner.name),
                        there.name != LearnerName.normalized(learner.name),
                        !merging.contains(LearnerName.normalized(learner.name))
                    {
                        collisions.append((learner.name, there.name))
                        say(
                            Message(
                                "{learner}: not copied: the server has '{serverName}'",
                                ["learner": learner.name, "serverName": there.name]))
                        continue
                    }
                    let tables = try source.export(learnerID: learner.id)
                    let here = ClinicStore.counts(of: tables)
                    let there = try target.importLearner(tables, source: "sqlite:\(origin)")
                    allSource = allSource + here
                    allTarget = allTarget + there
                    if here != there { mismatch = true }
                    say(
                        here == there
                            ? Message(
                                "{learner}: file {file}; server {server}",
                                ["learner": learner.name, "file": here.message, "server": there.message])
                            : Message(
                                "{learner}: file {file}; server {server}  ← differs",
                                ["learner": learner.name, "file": here.message, "server": there.message]))
                }
            }
            say(Message("file {from}: {allSource}", ["from": from, "allSource": allSource.message]))
            say(
                Message(
                    "server {location}: {allTarget}", ["location": target.location, "allTarget": allTarget.message]))
            if mismatch {
                printError(
                    Message(
                        "note: some counts differ: the server already held records of these learners from elsewhere (kept as they were)"
                    ))
            }
            if !collisions.isEmpty {
                printError(
                    Message.plural(
                        "error: {count} learner on the station has a name that differs only in capitals from a learner on the server, so nothing of them was copied:",
                        "error: {count} learners on the station have a name that differs only in capitals from a learner on the server, so nothing of them was copied:",
                        count: collisions.count))
                for c in collisions {
                    printError(
                        Message(
                            "  '{station}' (station) and '{server}' (server)",
                            ["station": c.station, "server": c.server]))
                }
                printError(
                    Message(
                        "If they are the same person, copy again with --merge '{name}'; if not, rename one first ('teachback learner rename OLD NEW --db {file}'). Everything else was copied.",
                        ["name": collisions[0].station, "file": from]))
                throw ExitCode(1)
            }
        }
    }
}
