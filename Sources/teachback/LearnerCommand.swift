import ArgumentParser
import Foundation
import Words
import LearnerModel
import LearnerStore

struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learner",
        abstract: helpText("Add, list, rename, delete or export learners."),
        subcommands: [Add.self, List.self, Rename.self, Delete.self, Export.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: helpText("Add a learner by name or code."))
        @OptionGroup var store: StoreOptions
        @Argument(help: helpText("A name or a code, e.g. 'Room 4' or 'P-0231'.")) var name: String

        func run() throws {
            let db = try store.open()
            let learner = try reportingStoreErrors { try db.addLearner(name, at: Now.current()) }
            say(Message("Added {learner}.", ["learner": learner.name]))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: helpText("List learners with their answers and questions due."))
        @OptionGroup var store: StoreOptions
        @Option(help: helpText("text or json.")) var format: ListFormat = .text
        enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            let db = try store.open()
            let listings = try reportingStoreErrors { try db.learnerListings(at: Now.current()) }
            switch format {
            case .json:
                try writeJSON([
                    "learners": listings.map { l -> [String: Any] in
                        [
                            "name": l.learner.name, "created": isoString(l.learner.created), "attempts": l.attempts,
                            "due": l.due,
                            "lastActive": l.lastActive.map(isoString) ?? NSNull(),
                            "algorithm": l.learner.settings.algorithm.rawValue,
                            "desiredRetention": l.learner.settings.desiredRetention,
                            "newPerDay": l.learner.settings.newPerDay,
                            "confidenceStep": l.learner.settings.confidenceStep,
                        ]
                    }
                ])
            case .text:
                if listings.isEmpty {
                    say(Message("No learners yet. Add one with: teachback learner add NAME"))
                    return
                }
                for l in listings {
                    say(
                        Message(
                            "{learner}  {answers} answers, {due} due now",
                            ["learner": l.learner.name, "answers": l.attempts, "due": l.due]))
                }
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename", abstract: helpText("Rename a learner."))
        @OptionGroup var store: StoreOptions
        @Argument var old: String
        @Argument var new: String

        func run() throws {
            let db = try store.open()
            try reportingStoreErrors { try db.renameLearner(old, to: new) }
            say(Message("Renamed {old} to {new}.", ["old": old, "new": new]))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: helpText("Delete a learner and everything kept about them."),
            discussion: helpText("Asks for confirmation on a terminal; elsewhere --yes is required."))
        @OptionGroup var store: StoreOptions
        @Argument var name: String
        @Flag(help: helpText("Delete without asking.")) var yes = false

        func run() throws {
            let db = try store.open()
            guard let learner = try reportingStoreErrors({ try db.learner(named: name) }) else {
                printError(StoreError.noSuchLearner(name: name))
                throw ExitCode(1)
            }
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    printError(
                        Message(
                            "error: not deleting {name} without confirmation; add --yes to delete from a script",
                            ["name": learner.name]))
                    throw ExitCode(1)
                }
                let l = commandLanguage
                print(
                    l.text(
                        "Delete {name} and all their answers? This cannot be undone. Type {yes} to confirm: ",
                        ["name": learner.name, "yes": l.text("yes", context: "typed to confirm a deletion")]),
                    terminator: "")
                // "si" for "sí": accents are often hard to type at a terminal.
                func folded(_ s: String) -> String {
                    s.trimmingCharacters(in: .whitespaces).folding(
                        options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                }
                let typed = readLine().map(folded)
                guard typed == "yes" || typed == folded(l.text("yes", context: "typed to confirm a deletion")) else {
                    say(Message("Nothing was deleted."))
                    return
                }
            }
            try reportingStoreErrors { try db.deleteLearner(learner.name) }
            say(Message("Deleted {learner} and all their answers.", ["learner": learner.name]))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: helpText("Print everything kept about a learner, as JSON or CSV."))
        @OptionGroup var store: StoreOptions
        @Argument var name: String
        @Option(help: helpText("json or csv (long form: table,row,column,value).")) var format: ExportFormat = .json
        enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case json, csv }

        func run() throws {
            let db = try store.open()
            guard let learner = try reportingStoreErrors({ try db.learner(named: name) }) else {
                printError(StoreError.noSuchLearner(name: name))
                throw ExitCode(1)
            }
            let tables = try reportingStoreErrors { try db.export(learnerID: learner.id) }
            try audit(db, .exportMade, learner: learner.id, detail: "format \(format.rawValue)")
            switch format {
            case .json:
                var object: [String: Any] = [:]
                for table in tables {
                    object[table.table] = table.rows.map { row in row.mapValues { jsonValue($0) } }
                }
                try writeJSON(object)
            case .csv:
                print("table,row,column,value")
                for (table, rows) in tables.map({ ($0.table, $0.rows) }) {
                    for (n, row) in rows.enumerated() {
                        for column in row.keys.sorted() {
                            let value = jsonValue(row[column] ?? .null)
                            print("\(table),\(n + 1),\(column),\(csvField(value is NSNull ? "" : "\(value)"))")
                        }
                    }
                }
            }
        }

        func jsonValue(_ v: StoredValue) -> Any {
            switch v {
            case .null: NSNull()
            case .integer(let i): i
            case .real(let d): d
            case .text(let s): s
            case .bytes(let b): Data(b).base64EncodedString()
            }
        }
    }
}
