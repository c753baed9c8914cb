import ArgumentParser
import BuiltInBank
import ContentModel
import Foundation
import QuestionGeneration
import Reports

struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Check, list, install and remove question banks (topics), and see the questions made from them.",
        subcommands: [Check.self, Lint.self, Items.self, Export.self, List.self, Install.self, Remove.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a bank: one line of counts, or every problem as FILE:LINE:COLUMN: error: MESSAGE.")

        @OptionGroup var bankOptions: BankOptions

        func run() throws {
            let bank = try bankOptions.load()
            print("\(bank.metadata.id): \(bank.countsLine)")
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Apply the item-writing checks to every generated question; exit 1 if any question fails.")

        @OptionGroup var bankOptions: BankOptions
        @Flag(help: "Also list the repairs the generator made.") var verbose = false

        func run() throws {
            let bank = try bankOptions.load()
            let result = QuestionGenerator.generate(bank, seed: 0)
            let failures = result.findings.filter { !$0.repaired }
            for finding in result.findings where verbose || !finding.repaired {
                print(finding.description)
            }
            // Cues across the bank: true-or-false balance, and a test-wise guesser beside pure chance.
            let bankFindings = QuestionGenerator.bankFindings(bank, items: result.items)
            for finding in bankFindings { print(finding.description) }
            print("readability of the passages:")
            for passage in PassageReadability.of(bank) { print("  \(passage)") }
            let failed = Set(failures.map(\.itemID)).count
            print("\(result.items.count) items passed, \(failed) failed")
            print(TestWiseGuesser.score(result.items).description)
            if failed > 0 || !bankFindings.isEmpty { throw ExitCode(1) }
        }
    }

    struct Items: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "items",
            abstract: "List the questions generated from a bank, for review (text) or for other tools (json).")

        @OptionGroup var bankOptions: BankOptions
        @Option(help: "Places the options; ids and wording do not depend on it.") var seed: UInt64 = 1
        @Option(help: "text or json.") var format: ItemsFormat = .text

        enum ItemsFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            let bank = try bankOptions.load()
            let items = QuestionGenerator.generate(bank, seed: seed).items
            switch format {
            case .json:
                FileHandle.standardOutput.write(Data(BankExport.json(bankID: bank.metadata.id, items: items).utf8))
            case .text:
                print("\(bank.metadata.title) (\(bank.metadata.id), version \(bank.metadata.version))")
                print(bank.metadata.reviewLine)
                print("\(items.count) questions. The right answer is marked with *.\n")
                for (n, item) in items.enumerated() {
                    let flags = item.critical ? "  [critical]" : ""
                    print("\(n + 1). [\(item.id)] section: \(item.section), grade \(item.readingGrade)\(flags)")
                    print("   \(item.stem)")
                    for (i, option) in item.options.enumerated() {
                        let letter = OptionLetter.uppercase(i)
                        print("   \(i == item.answer ? "*" : " ") \(letter). \(option)")
                    }
                    print("   Why: \(item.explanation)\n")
                }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract:
                "Export the generated questions: gift (Moodle), anki (Anki text import), csv, json, or fhir (a FHIR R4 Questionnaire)."
        )

        @OptionGroup var bankOptions: BankOptions
        @Option(help: "gift, anki, csv, json or fhir.") var format: ExportFormat
        @Option(help: "With --format fhir: the base of the canonical URL (the clinic's own FHIR address).")
        var fhirBase: String = FHIR.defaultBase
        @Option(help: "Places the options.") var seed: UInt64 = 1
        @Option(help: "Write to this file instead of standard output.") var out: String?

        enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
            case gift, anki, csv, json, fhir
            var format: BankExport.Format { BankExport.Format(rawValue: rawValue) ?? .json }
        }

        func run() throws {
            let bank = try bankOptions.load()
            let items = QuestionGenerator.generate(bank, seed: seed).items
            if format == .fhir {
                try emit(FHIR.questionnaire(bank: bank, items: items, base: try checkedFHIRBase(fhirBase)), to: out)
                return
            }
            try emit(BankExport.render(format.format, bank: bank, items: items), to: out)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Every bank there is: built in, and installed in the library; with --bank, that one too.")

        @OptionGroup var bankOptions: BankOptions
        @Option(help: "text or json.") var format: ListFormat = .text
        enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            let catalogue = try bankOptions.catalogue()
            switch format {
            case .json:
                try writeJSON([
                    "banks": catalogue.entries.map { e in
                        [
                            "id": e.id, "title": e.title, "language": e.language, "version": e.version,
                            "review": e.status, "items": e.items, "teachingPoints": e.points,
                            "origin": e.origin.rawValue,
                            "path": e.path,
                        ] as [String: Any]
                    },
                    "library": BankLibrary.folder(environment: ProcessInfo.processInfo.environment).map { $0 as Any }
                        ?? NSNull(),
                ])
            case .text:
                for e in catalogue.entries {
                    print(
                        "\(e.id)  \(e.title)  [\(e.language), version \(e.version), \(e.status)]  \(e.items) questions, \(e.points) teaching points  (\(e.origin == .builtIn ? "built in" : e.path))"
                    )
                }
                if let folder = BankLibrary.folder(environment: ProcessInfo.processInfo.environment) {
                    print("Library: \(folder)")
                }
            }
        }
    }

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: "Check a bank and copy it into the library, replacing an older version of it.",
            discussion: """
                A bank that fails 'bank check' is refused. Learners' histories are kept by bank id and question, so a \
                new version keeps every answer to the questions it did not change.
                """)

        @Argument(help: "The bank folder or .yaml file.") var path: String

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            // The bytes checked are the bytes installed: each file is read once, only if it is a regular file (not a
            // link that could later point at an unchecked bank, not a pipe or a device), then checked, then written.
            guard RegularFile.kind(at: path) != nil else { throw Failure("\(path): no such file or folder") }
            guard let files = BankLibrary.files(at: path), !files.isEmpty else {
                throw Failure("\(path) has no .yaml files")
            }
            var contents: [(bytes: [UInt8], shown: String)] = []
            for file in files {
                switch RegularFile.read(file, limit: 5 * 1_048_576, followLink: false) {
                case .success(let bytes): contents.append((bytes, file))
                case .failure(let problem):
                    throw Failure("cannot install \(file): \(problem.reason). Nothing was installed.")
                }
            }
            let bank: Bank
            do { bank = try BankLoader.load(files: contents) } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            let id = bank.metadata.id
            guard BankLibrary.isSafeFolderName(id) else {
                throw Failure("the bank id '\(id)' cannot name a folder; use letters, digits, '-', '_' and '.'")
            }
            guard let library = BankLibrary.folder(environment: environment) else {
                throw Failure("there is no library folder: set HOME or XDG_DATA_HOME")
            }
            if let builtIn = BuiltInBank.paths.first(where: { (try? BankLoader.load(path: $0))?.metadata.id == id }) {
                throw Failure(
                    DuplicateBankID(id: id, first: "the built-in bank (\(builtIn))", second: path).description
                        .replacingOccurrences(
                            of:
                                " Give one of them another id in its bank.yaml, or remove the library's copy with 'teachback bank remove \(id)'.",
                            with: " Give the new bank another id in its bank.yaml."))
            }
            let target = library + "/" + id
            let fm = FileManager.default
            var replaced: (version: String, items: [Item])?
            if fm.fileExists(atPath: target), let old = try? BankLoader.load(path: target) {
                replaced = (old.metadata.version, QuestionGenerator.generate(old, seed: 0).items)
            }
            let temporary = library + "/.\(id).installing-\(getpid())"
            do {
                try PrivateFolder.make(library)
                try PrivateFolder.make(temporary)
                for (bytes, file) in contents {
                    let name = (file as NSString).lastPathComponent
                    try PrivateFolder.writeNew(Data(bytes), to: temporary + "/" + name)
                }
                if fm.fileExists(atPath: target) {
                    let old = library + "/.\(id).replaced-\(getpid())"
                    try fm.moveItem(atPath: target, toPath: old)
                    try fm.moveItem(atPath: temporary, toPath: target)
                    try? fm.removeItem(atPath: old)
                } else {
                    try fm.moveItem(atPath: temporary, toPath: target)
                }
            } catch {
                try? fm.removeItem(atPath: temporary)
                throw Failure(
                    "cannot install into \(library): \(PrivateFolder.reason(error)). Nothing in the library was changed."
                )
            }
            let items = QuestionGenerator.generate(bank, seed: 0).items
            let points = Set(items.map(\.teachingPoint)).count
            print(
                "Installed \(id) (version \(bank.metadata.version), \(items.count) questions, \(points) teaching points) in \(target)."
            )
            if let replaced {
                let old = Set(replaced.items.map { "\($0.id) \($0.version)" })
                let unchanged = items.filter { old.contains("\($0.id) \($0.version)") }.count
                print(
                    "It replaces version \(replaced.version). Learners keep their history for the \(unchanged) of \(items.count) questions that did not change."
                )
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a bank from the library. Learners' answers to it stay in the database.")

        @Argument(help: "The bank's id (see 'teachback bank list').") var id: String

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            guard let library = BankLibrary.folder(environment: environment) else {
                throw Failure("there is no library folder: set HOME or XDG_DATA_HOME")
            }
            for path in BankLibrary.paths(in: library) {
                let isIt =
                    (path as NSString).lastPathComponent == id
                    || (try? BankLoader.load(path: path))?.metadata.id == id
                guard isIt else { continue }
                do { try FileManager.default.removeItem(atPath: path) } catch {
                    throw Failure("cannot remove \(path): \(error.localizedDescription)")
                }
                print("Removed \(id) from the library (\(path)). Learners' answers to it are kept.")
                return
            }
            if BuiltInBank.paths.contains(where: { (try? BankLoader.load(path: $0))?.metadata.id == id }) {
                throw Failure("\(id) is built in, so it cannot be removed")
            }
            throw Failure("no bank '\(id)' in the library (\(library)); see 'teachback bank list'")
        }
    }
}
