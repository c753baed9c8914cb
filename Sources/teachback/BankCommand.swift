import ArgumentParser
import BuiltInBank
import ContentModel
import Foundation
import Words
import QuestionGeneration
import QuizEngine
import Reports

struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: helpText(
            "Check, list, install and remove question banks (topics), and see the questions made from them."),
        subcommands: [
            Check.self, Lint.self, Items.self, Export.self, List.self, Install.self, Remove.self, Draft.self,
            Review.self,
        ]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: helpText(
                "Validate a bank: one line of counts, or every problem as FILE:LINE:COLUMN: error: MESSAGE."))

        @OptionGroup var bankOptions: BankOptions

        func run() throws {
            let bank = try bankOptions.load()
            say(Message("{id}: {counts}", ["id": bank.metadata.id, "counts": bank.countsLine]))
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract:
                helpText(
                    "Apply the item-writing checks and the test-wise adversary; exit 1 if a question fails, a teaching point is left with no question, or the adversary beats chance."
                )
        )

        @OptionGroup var bankOptions: BankOptions
        @Flag(
            help: helpText("Also list the repairs the generator made, and what the adversary does with each question."))
        var verbose = false

        func run() throws {
            let bank = try bankOptions.load()
            let result = QuestionGenerator.generate(bank, seed: 0)
            let failures = result.findings.filter { !$0.repaired }
            for finding in result.findings where verbose || !finding.repaired {
                print(finding.text(commandLanguage.words))
            }
            // Cues across the bank: true-or-false balance; what the checks left untaught; the adversary.
            let (report, adversaryFindings) = QuestionGenerator.adversary(bank, items: result.items)
            let bankFindings =
                QuestionGenerator.bankFindings(bank, items: result.items)
                + QuestionGenerator.coverageFindings(bank, items: result.items, findings: result.findings)
                + adversaryFindings
            for finding in bankFindings { print(finding.text(commandLanguage.words)) }
            say(Message("readability of the passages:"))
            for passage in PassageReadability.of(bank) { print("  " + passage.message.text(commandLanguage.words)) }
            for line in AdversaryLines.lines(report) { print(line) }
            if verbose {
                say(
                    Message(
                        "  each question alone (the fixed rules' expected share right; the rules that narrow toward its answer):"
                    ))
                let verdicts = Adversary.verdicts(
                    items: result.items.map(AdversaryItem.init), language: Phrasing(code: bank.metadata.language))
                for v in verdicts {
                    let rules = v.pointingToKey.map(\.name).joined(separator: ", ")
                    let l = commandLanguage
                    let session = report.perItemInSession[v.id].map {
                        " "
                            + l.text(
                                "(in a session {rate} of {count})",
                                ["rate": AdversaryLines.percent($0.rate), "count": $0.items])
                    }
                    let safety = v.critical ? " " + l.text("[safety]", context: "a safety question in lint") : ""
                    print(
                        "    \(v.id)\(safety): \(AdversaryLines.percent(v.expected))"
                            + (session ?? "") + (rules.isEmpty ? "" : "; \(rules)"))
                }
            }
            let review = AdversaryLines.beyondSource(bank)
            if bank.metadata.source?.file == nil {
                say(Message("note: the bank names no source file, so no key can be traced to the sentence it teaches"))
            }
            if !review.isEmpty {
                say(Message("needs a clinician's review ({count}):", ["count": review.count]))
                for line in review { print("  " + line) }
            }
            let failed = Set(failures.map(\.itemID)).count
            say(Message("{count} items passed, {failed} failed", ["count": result.items.count, "failed": failed]))
            if failed > 0 || !bankFindings.isEmpty { throw ExitCode(1) }
        }
    }

    struct Items: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "items",
            abstract: helpText("List the questions generated from a bank, for review (text) or for other tools (json).")
        )

        @OptionGroup var bankOptions: BankOptions
        @Option(help: helpText("Places the options; ids and wording do not depend on it.")) var seed: UInt64 = 1
        @Option(help: helpText("text or json.")) var format: ItemsFormat = .text
        @Flag(help: helpText("Every draft, those the item-writing checks leave out too (they are never asked)."))
        var drafts = false

        enum ItemsFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            let bank = try bankOptions.load()
            let items =
                drafts
                ? QuestionGenerator.drafts(bank, seed: seed).items : QuestionGenerator.generate(bank, seed: seed).items
            switch format {
            case .json:
                FileHandle.standardOutput.write(Data(BankExport.json(bankID: bank.metadata.id, items: items).utf8))
            case .text:
                say(
                    Message(
                        "{title} ({id}, version {version})",
                        ["title": bank.metadata.title, "id": bank.metadata.id, "version": bank.metadata.version]))
                print(Strings(bankLanguage: bank.metadata.language).common.reviewLine(bank.metadata.review))
                say(Message("{count} questions. The right answer is marked with *.\n", ["count": items.count]))
                for (n, item) in items.enumerated() {
                    let flags = item.critical ? "  [critical]" : ""
                    say(
                        Message(
                            "{number}. [{id}] section: {section}, grade {grade}{flags}",
                            [
                                "number": n + 1, "id": item.id, "section": item.section, "grade": item.readingGrade,
                                "flags": flags,
                            ]))
                    print("   \(item.stem)")
                    for (i, option) in item.options.enumerated() {
                        let letter = OptionLetter.uppercase(i)
                        print("   \(i == item.answer ? "*" : " ") \(letter). \(option)")
                    }
                    say(Message("   Why: {explanation}\n", ["explanation": item.explanation]))
                }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract:
                helpText(
                    "Export the generated questions: gift (Moodle), anki (Anki text import), csv, json, or fhir (a FHIR R4 Questionnaire)."
                )
        )

        @OptionGroup var bankOptions: BankOptions
        @Option(help: helpText("gift, anki, csv, json or fhir.")) var format: ExportFormat
        @Option(help: helpText("With --format fhir: the base of the canonical URL (the clinic's own FHIR address)."))
        var fhirBase: String = FHIR.defaultBase
        @Option(help: helpText("Places the options.")) var seed: UInt64 = 1
        @Option(help: helpText("Write to this file instead of standard output.")) var out: String?

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
            abstract: helpText(
                "Every bank there is: built in, and installed in the library; with --bank, that one too."))

        @OptionGroup var bankOptions: BankOptions
        @Option(help: helpText("text or json.")) var format: ListFormat = .text
        enum ListFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            let catalogue = try bankOptions.catalogue()
            switch format {
            case .json:
                try writeJSON([
                    "banks": catalogue.entries.map { e in
                        [
                            "id": e.id, "title": e.title, "language": e.language, "version": e.version,
                            // not a message: the JSON listing is data for other programs.
                            "review": e.reviewedBy.map { "reviewed by \($0) on \(e.reviewedOn ?? "")" } ?? e.status,
                            "items": e.items, "teachingPoints": e.points,
                            "origin": e.origin.rawValue,
                            "path": e.path,
                        ] as [String: Any]
                    },
                    "library": BankLibrary.folder(environment: ProcessInfo.processInfo.environment).map { $0 as Any }
                        ?? NSNull(),
                ])
            case .text:
                for e in catalogue.entries {
                    let l = commandLanguage
                    let status =
                        e.reviewedBy.map {
                            l.text("reviewed by {name} on {day}", ["name": $0, "day": e.reviewedOn ?? ""])
                        } ?? l.text("draft", context: "a bank's review status")
                    print(
                        l.text(
                            "{id}  {title}  [{language}, version {version}, {status}]  {questions}, {points}  ({place})",
                            [
                                "id": e.id, "title": e.title, "language": e.language, "version": e.version,
                                "status": status,
                                "questions": l.plural("{count} question", "{count} questions", count: e.items),
                                "points": l.plural(
                                    "{count} teaching point", "{count} teaching points", count: e.points),
                                "place": e.origin == .builtIn ? l.text("built in", context: "where a bank is") : e.path,
                            ]))
                }
                if let folder = BankLibrary.folder(environment: ProcessInfo.processInfo.environment) {
                    say(Message("Library: {folder}", ["folder": folder]))
                }
            }
        }
    }

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: helpText("Check a bank and copy it into the library, replacing an older version of it."),
            discussion: helpText(
                "A bank that fails 'bank check' is refused. Learners' histories are kept by bank id and question, so a new version keeps every answer to the questions it did not change."
            ))

        @Argument(help: helpText("The bank folder or .yaml file.")) var path: String

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            // The bytes checked are the bytes installed: each file is read once, only if it is a regular file (not a
            // link that could later point at an unchecked bank, not a pipe or a device), then checked, then written.
            guard RegularFile.kind(at: path) != nil else {
                throw Failure(Message("{path}: no such file or folder", ["path": path]))
            }
            guard let files = BankLibrary.files(at: path), !files.isEmpty else {
                throw Failure(Message("{path} has no .yaml files", ["path": path]))
            }
            var contents: [(bytes: [UInt8], shown: String)] = []
            for file in files {
                switch RegularFile.read(file, limit: 5 * 1_048_576, followLink: false) {
                case .success(let bytes): contents.append((bytes, file))
                case .failure(let problem):
                    throw Failure(
                        Message(
                            "cannot install {file}: {reason}. Nothing was installed.",
                            ["file": file, "reason": problem.reason]))
                }
            }
            // The source file the quotes are checked against is read once too, and installed beside the bank.
            let folder = RegularFile.kind(at: path) == S_IFDIR ? path : (path as NSString).deletingLastPathComponent
            let source = SourceBytes()
            let bank: Bank
            do {
                bank = try BankLoader.load(files: contents) { name in
                    let read = RegularFile.read(
                        (folder.isEmpty ? "." : folder) + "/" + name, limit: BankLoader.maximumSourceSize,
                        followLink: false)
                    if case .success(let bytes) = read { source.file = (name, bytes) }
                    return read
                }
            } catch {
                printError(error.text(commandLanguage.words))
                throw ExitCode(1)
            }
            if let file = source.file { contents.append((file.bytes, folder + "/" + file.name)) }
            let id = bank.metadata.id
            guard BankLibrary.isSafeFolderName(id) else {
                throw Failure(
                    Message(
                        "the bank id '{id}' cannot name a folder; use letters, digits, '-', '_' and '.'", ["id": id]))
            }
            guard let library = BankLibrary.folder(environment: environment) else {
                throw Failure(Message("there is no library folder: set HOME or XDG_DATA_HOME"))
            }
            if let builtIn = BuiltInBank.paths.first(where: { (try? BankLoader.load(path: $0))?.metadata.id == id }) {
                throw Failure(
                    Message(
                        "two different banks have the id '{id}': the built-in bank ({builtIn}) and {path}. Give the new bank another id in its bank.yaml.",
                        ["id": id, "builtIn": builtIn, "path": path]))
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
                    Message(
                        "cannot install into {library}: {reason}. Nothing in the library was changed.",
                        ["library": library, "reason": PrivateFolder.reason(error)]))
            }
            let items = QuestionGenerator.generate(bank, seed: 0).items
            let points = Set(items.map(\.teachingPoint)).count
            say(
                Message(
                    "Installed {id} (version {version}, {questions}, {points}) in {folder}.",
                    [
                        "id": id, "version": bank.metadata.version,
                        "questions": Message.plural("{count} question", "{count} questions", count: items.count),
                        "points": Message.plural(
                            "{count} teaching point", "{count} teaching points", count: points),
                        "folder": target,
                    ]))
            if let replaced {
                let old = Set(replaced.items.map { "\($0.id) \($0.version)" })
                let unchanged = items.filter { old.contains("\($0.id) \($0.version)") }.count
                say(
                    Message.plural(
                        "It replaces version {version}. Learners keep their history for the {unchanged} of {count} question that did not change.",
                        "It replaces version {version}. Learners keep their history for the {unchanged} of {count} questions that did not change.",
                        count: items.count, ["version": replaced.version, "unchanged": unchanged]))
            }
        }
    }

    /// The source file a bank's check read, kept to install the same bytes.
    final class SourceBytes {
        var file: (name: String, bytes: [UInt8])?
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: helpText("Remove a bank from the library. Learners' answers to it stay in the database."))

        @Argument(help: helpText("The bank's id (see 'teachback bank list').")) var id: String

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            guard let library = BankLibrary.folder(environment: environment) else {
                throw Failure(Message("there is no library folder: set HOME or XDG_DATA_HOME"))
            }
            for path in BankLibrary.paths(in: library) {
                let isIt =
                    (path as NSString).lastPathComponent == id
                    || (try? BankLoader.load(path: path))?.metadata.id == id
                guard isIt else { continue }
                do { try FileManager.default.removeItem(atPath: path) } catch {
                    throw Failure(
                        Message("cannot remove {path}: {reason}", ["path": path, "reason": error.localizedDescription]))
                }
                say(
                    Message(
                        "Removed {id} from the library ({path}). Learners' answers to it are kept.",
                        ["id": id, "path": path]))
                return
            }
            if BuiltInBank.paths.contains(where: { (try? BankLoader.load(path: $0))?.metadata.id == id }) {
                throw Failure(Message("{id} is built in, so it cannot be removed", ["id": id]))
            }
            throw Failure(
                Message(
                    "no bank '{id}' in the library ({library}); see 'teachback bank list'",
                    ["id": id, "library": library]))
        }
    }
}
