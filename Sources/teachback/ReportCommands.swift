import ArgumentParser
import ContentModel
import Foundation
import Words
import LearnerModel
import LearnerStore
import QuestionGeneration
import Reports

/// Writes `text` to `out` (`OutputFile`: created 0600, never replacing a link, a folder or a device) or to standard
/// output.
func emit(_ text: String, to out: String?) throws {
    guard let out else {
        // Not FileHandle.write, which traps on a full disk (`> /dev/full`).
        if let code = OutputFile.writeAll(STDOUT_FILENO, Data(text.utf8)) {
            printError("error: \(OutputFile.failure("standard output", code).description)")
            throw ExitCode(1)
        }
        return
    }
    do {
        try OutputFile.write(Data(text.utf8), to: out)
    } catch {
        printError("error: \(error.description)")
        throw ExitCode(1)
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: helpText(
            "A learner's report for the nurse: sessions, mastery, missed questions, teach-back prompts."),
        discussion: helpText(
            "Printed to standard output unless --out is given; files are written readable only by you (0600)."))

    @OptionGroup var bankOptions: BankOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: helpText("The learner's name or code.")) var learner: String
    @Option(help: helpText("text, markdown, html, csv, json, or fhir (a FHIR R4 Bundle for the health record)."))
    var format: FormatChoice = .text
    @Option(help: helpText("With --format fhir: the base of the canonical URLs (the clinic's own FHIR address)."))
    var fhirBase: String = FHIR.defaultBase
    @Option(help: helpText("Only answers since this date (YYYY-MM-DD).")) var since: String?
    @Option(help: helpText("Write to this file instead of standard output.")) var out: String?
    @Option(
        help: ArgumentHelp(
            helpText("The report's language (default: each topic's own)."),
            valueName: QuizCommand.LanguageChoice.valueName))
    var language: QuizCommand.LanguageChoice?

    enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, csv, json, fhir
        var format: ReportFormat { ReportFormat(rawValue: rawValue) ?? .text }
    }

    func run() throws {
        var sinceDate: Date?
        if let since {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.dateFormat = "yyyy-MM-dd"
            f.timeZone = .current
            guard let d = f.date(from: since) else {
                printError(Message("error: --since '{since}' is not a date like 2026-11-27", ["since": since]))
                throw ExitCode(1)
            }
            sinceDate = d
        }
        let environment = ProcessInfo.processInfo.environment
        let catalogue = try bankOptions.catalogue()
        let db = try store.open()
        guard let who = try reportingStoreErrors({ try db.learner(named: learner) }) else {
            printError(StoreError.noSuchLearner(name: learner))
            throw ExitCode(1)
        }
        let plan = try reportingStoreErrors { try db.plan(learnerID: who.id) }
        // The topic asked for, else every topic in the plan and every other one answered in, else the first there is.
        var entries: [CatalogueEntry] = []
        if let topic = bankOptions.topic {
            entries = [try bankOptions.entry(topic, in: catalogue)]
        } else if let path = bankOptions.bank {
            entries = catalogue.entries.filter { $0.origin == .commandLine && $0.path == path }
            if entries.isEmpty {
                entries = catalogue.entries.filter { BankCache.key(bankPath: $0.path) == BankCache.key(bankPath: path) }
            }
        } else {
            let answered = try reportingStoreErrors { try db.banksAnswered(learnerID: who.id) }
            for id in plan.map(\.bankID) + answered where !entries.contains(where: { $0.id == id }) {
                if let entry = catalogue.entry(id) { entries.append(entry) }
            }
            if entries.isEmpty, let first = catalogue.entries.first { entries = [first] }
        }
        var reports: [LearnerReport] = []
        for entry in entries {
            let opened: OpenedBank
            do { opened = try Catalogue.open(entry, environment: environment) } catch let error as BankLoadError {
                printError(error.text(commandLanguage.words))
                throw ExitCode(1)
            }
            let (bank, items) = (opened.bank, opened.items)
            let id = bank.metadata.id
            reports.append(
                try reportingStoreErrors {
                    LearnerReport.build(
                        learner: who, bank: bank, items: items,
                        sessions: try db.sessions(learnerID: who.id, bankID: id, since: sinceDate),
                        attempts: try db.attempts(learnerID: who.id, bankID: id, since: sinceDate),
                        states: try db.reviewStates(learnerID: who.id, bankID: id),
                        since: sinceDate, now: Now.current(), readyBy: plan.first { $0.bankID == id }?.readyBy,
                        teachBacks: try db.teachBacks(learnerID: who.id, bankID: id),
                        misses: try db.pointMisses(learnerID: who.id, bankID: id), language: language?.language)
                })
        }
        try audit(
            db, .reportMade, learner: who.id,
            // not a message: a stored audit detail.
            detail: "format \(format.rawValue); topics \(entries.map(\.id).joined(separator: ", "))")
        if format == .fhir {
            try emit(FHIR.bundle(reports, base: try checkedFHIRBase(fhirBase)), to: out)
        } else {
            try emit(LearnerReport.rendered(reports, format.format), to: out)
        }
    }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: helpText("Question statistics across all learners."), subcommands: [Items.self])

    struct Items: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "items",
            abstract: helpText(
                "Per question: attempts, facility, discrimination, how often each option was picked, and flags."))
        @OptionGroup var bankOptions: BankOptions
        @OptionGroup var store: StoreOptions
        @Option(help: helpText("text, csv or json.")) var format: StatsFormat = .text
        enum StatsFormat: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

        func run() throws {
            let bank = try bankOptions.load()
            let db = try store.open()
            let items = QuestionGenerator.generate(bank, seed: 0).items
            let id = bank.metadata.id
            let stats = ItemStatistics.compute(
                items: items, attempts: try reportingStoreErrors { try db.allAttempts() }.filter { $0.bankID == id })
            FileHandle.standardOutput.write(Data(stats.rendered(format.rawValue, language: commandLanguage.words).utf8))
        }
    }
}

/// `--fhir-base`, checked; a bad one stops with a message saying what to give.
func checkedFHIRBase(_ raw: String) throws -> String {
    do { return try FHIR.checkedBase(raw) } catch {
        printError((error as? FHIR.BaseError)?.message ?? Message(verbatim: "\(error)"))
        throw ExitCode(1)
    }
}
