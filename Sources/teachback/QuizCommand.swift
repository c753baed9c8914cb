import ArgumentParser
import ContentModel
import Foundation
import Words
import LearnerStore
import NurseAccounts
import QuestionGeneration
import LearnerModel
import PlainUI
import QuizEngine
import Reports
import Speech
import TerminalUI

struct QuizCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: helpText("Answer questions: the full-screen trainer, or line by line with --plain."),
        discussion: helpText(
            "With no options this opens the trainer on the built-in bank and the default database. Plain mode is used when --plain is given, when input or output is not a terminal, or when TERM is dumb."
        ))

    @OptionGroup var bankOptions: BankOptions
    @OptionGroup var store: StoreOptions
    @Option(help: helpText("The learner's name or code (skips choosing one).")) var learner: String?
    @Option(
        help: helpText(
            "review (due, then new), missed, section, exam, or teach-back (with --nurse: the nurse's check)."))
    var mode: ModeChoice?
    @Option(help: helpText("A section id, for practising one section.")) var section: String?
    @Option(help: helpText("How many questions.")) var count: Int?
    @Option(help: helpText("Seed for question order and option placement.")) var seed: UInt64?
    @OptionGroup var nurseOptions: NurseOptions
    @Option(
        help: helpText(
            "shared: a station several patients use (no learner's name or code is ever listed; each types their own), or personal (default: TEACHBACK_STATION, else shared on a clinic's server and personal on a file)."
        ))
    var station: StationChoice?
    @Flag(help: helpText("Line by line, for screen readers, pipes and scripts.")) var plain = false
    @Option(
        help: helpText(
            "After this many seconds without a key the session ends (answers are saved), the nurse is signed out and the welcome screen comes back (default: TEACHBACK_IDLE_TIMEOUT, else 180 on a shared station, 900 otherwise; 10 to 86400)."
        ))
    var idleTimeout: Int?

    enum StationChoice: String, ExpressibleByArgument, CaseIterable { case shared, personal }
    @Flag(name: .customLong("no-color"), help: helpText("No colour (also when NO_COLOR is set).")) var noColor = false
    @Flag(help: helpText("Read each question and its options aloud, then the feedback (espeak-ng); any key stops it."))
    var speak = false
    @Option(
        name: .customLong("speak-to"),
        help:
            helpText(
                "For tests: write what would be read aloud to WAV files in this folder, one a thing said (implies --speak)."
            )
    )
    var speakTo: String?
    @Option(
        help: ArgumentHelp(
            helpText("The language of the screens when the bank does not say one it has (default: LANG)."),
            valueName: LanguageChoice.valueName))
    var language: LanguageChoice?

    /// A language Teachback ships a catalogue for, by its tag: en, es, … and qps, the pseudo-locale for testing.
    struct LanguageChoice: ExpressibleByArgument {
        let language: Language

        init?(argument: String) {
            guard let language = Language(code: argument) else { return nil }
            self.language = language
        }

        static var allValueStrings: [String] { Language.allCases.map(\.rawValue) }
        static var valueName: String { "tag" }
    }

    enum ModeChoice: String, ExpressibleByArgument, CaseIterable {
        case review, missed, section, exam
        case teachBack = "teach-back"
        var mode: SessionMode { SessionMode(rawValue: rawValue) ?? .review }
    }

    func validate() throws {
        if let count, count < 1 { throw invalid(Message("--count must be at least 1")) }
        if let idleTimeout, !Self.idleRange.contains(idleTimeout) {
            throw invalid(Message("--idle-timeout must be between 10 and 86400 seconds"))
        }
        if mode == .section && section == nil { throw invalid(Message("--mode section needs --section ID")) }
        if mode == .teachBack && nurseOptions.nurse == nil {
            throw invalid(Message("--mode teach-back is the nurse's check: sign in with --nurse ACCOUNT"))
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalogue = try bankOptions.catalogue()
        let chosen: CatalogueEntry? =
            if let topic = bankOptions.topic {
                try bankOptions.entry(topic, in: catalogue)
            } else if let path =
                bankOptions.bank
            {
                catalogue.entries.first { $0.origin == .commandLine && $0.path == path }
                    ?? catalogue.entries.first { BankCache.key(bankPath: $0.path) == BankCache.key(bankPath: path) }
            } else { nil }
        guard let first = chosen ?? catalogue.entries.first else {
            throw Failure(
                Message("no bank to ask from: the built-in bank is missing; reinstall Teachback or pass --bank PATH"))
        }
        let opened: OpenedBank
        do { opened = try Catalogue.open(first, environment: environment) } catch let error as BankLoadError {
            printError(error.text(commandLanguage.words))
            throw ExitCode(1)
        }
        let bank = opened.bank
        if let section, bank.section(section) == nil {
            let known = bank.sections.map(\.id).joined(separator: ", ")
            printError(
                Message(
                    "error: no section '{section}' in bank {id}; sections: {known}",
                    ["section": section, "id": bank.metadata.id, "known": known]))
            throw ExitCode(1)
        }
        if let learner, LearnerName.forbiddenCharacter(in: learner) != nil {
            do { _ = try LearnerName.validated(learner) } catch { printError(error) }
            throw ExitCode(1)
        }
        let usePlain =
            plain || isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 || environment["TERM"] == "dumb"
            || environment["TERM"] == nil
        let database = try store.open()
        defer { database.close() }
        // The trainer saves every answer: a database it cannot write is refused before the first question, not
        // discovered at the first answer.
        if let reason = database.cannotWrite {
            printError(reason)
            throw ExitCode(1)
        }
        var startMode = mode?.mode ?? (section != nil ? .section : nil)
        if usePlain && startMode == nil { startMode = .review }
        // A session offers the topics in the language of the bank it opened with: the Spanish model of a topic is
        // not a second topic for an English reader (open it with --topic or --bank).
        let sameLanguage = catalogue.entries.filter { Self.sameLanguage($0.language, bank.metadata.language) }
        let shared = try isShared(environment)
        let idle = try idleSeconds(environment, shared: shared)
        let context = AppState.Context(
            topic: opened.topic, catalogue: sameLanguage.map(\.info),
            topicChosen: chosen != nil, sharedStation: shared, startMode: startMode,
            startSection: section, count: count,
            seed: seed ?? UInt64(Now.current().timeIntervalSince1970),
            strings: Strings(language?.language ?? Language.fromEnvironment(environment) ?? .english),
            idleTimeout: idle)
        let nurse = try nurseOptions.signIn(database)
        let state = AppState(context: context, nurse: nurse, now: Now.current())
        let entries = catalogue.entries
        let driver = QuizDriver(
            state: state, store: database, clock: Now.current,
            loadTopics: { ids in try Catalogue.openTopics(ids, entries: entries, environment: environment) },
            // The computer's clock, not the test clock (TEACHBACK_NOW): a lock cannot be stepped past.
            signIn: { name, secret, _ in
                try NurseSignIn().signIn(name: name, secret: secret, at: Date(), store: database)
            },
            loadRoster: {
                let now = Now.current()
                let roster = try Roster.build(
                    store: database,
                    open: { id in
                        guard let entry = entries.first(where: { $0.id == id }) else { return nil }
                        let opened = try Catalogue.open(entry, environment: environment)
                        return (opened.bank, opened.items)
                    }, now: now, timeZone: .current, language: language?.language)
                try database.appendAudit(
                    .rosterViewed, learnerID: nil, detail: "trainer; \(roster.entries.count) rows", at: now)
                return roster.entries
            })
        driver.start(learner: learner)
        let speech = ReadAloudWiring(
            driver: driver, forced: speak || speakTo != nil,
            output: speakTo.map { .wavFiles(folder: $0) } ?? .audio, environment: environment,
            report: usePlain ? { printError($0) } : { [driver] in driver.show(notice: $0) })
        defer { speech.finish() }
        if usePlain {
            // The nurse sees at once that the sign-in worked, and whose name the chart will carry.
            if let nurse { print(context.strings.facilitator.leading(nurse.displayName)) }
            var warn: (Int) -> Void = { _ in }
            let reader = IdleLineReader(timeout: idle, clock: Now.current) { warn($0) }
            let plain = PlainTrainer(driver: driver, echo: isatty(STDIN_FILENO) == 0, readLine: reader.readLine) {
                FileHandle.standardOutput.write(Data($0.utf8))
            }
            warn = { [driver] in plain.say(driver.view.strings.notices.stillTherePlain(seconds: $0)) }
            plain.idleEnded = { reader.timedOut }
            plain.onPrinted = { speech.session()?.printed($0) }
            plain.beforeInput = { speech.session()?.waiting() }
            plain.afterInput = { speech.session()?.lineRead() }
            speech.checkAtStart()
            plain.run()
        } else {
            let useColor = !noColor && (environment["NO_COLOR"].map { $0.isEmpty } ?? true)
            let ui = TerminalUI(driver: driver, useColor: useColor)
            ui.onScreen = { speech.session()?.drawn($0) }
            ui.onKey = { speech.session()?.keyPressed() }
            speech.checkAtStart()
            let signal = ui.run()
            speech.finish()
            if signal != 0 { throw ExitCode(128 + signal) }
        }
        if let notice = driver.state.notice, driver.state.learner == nil, !driver.state.endedAfterIdle {
            printError(Message("error: {message}", ["message": notice]))
            throw ExitCode(1)
        }
    }

    static let idleRange = 10...86_400

    /// `--idle-timeout`, else `TEACHBACK_IDLE_TIMEOUT`, else the kind of station's default.
    func idleSeconds(_ environment: [String: String], shared: Bool) throws -> TimeInterval {
        if let idleTimeout { return TimeInterval(idleTimeout) }
        guard let value = environment["TEACHBACK_IDLE_TIMEOUT"], !value.isEmpty else {
            return AppState.defaultIdleTimeout(sharedStation: shared)
        }
        guard let seconds = Int(value), Self.idleRange.contains(seconds) else {
            printError(
                Message(
                    "error: TEACHBACK_IDLE_TIMEOUT='{value}' is not a number of seconds from 10 to 86400; set one, or unset it",
                    ["value": value]))
            throw ExitCode(1)
        }
        return TimeInterval(seconds)
    }

    /// Whether two banks' `language` codes name one language ("es" and "es-MX" do).
    static func sameLanguage(_ a: String, _ b: String) -> Bool {
        func base(_ code: String) -> Substring { code.lowercased().prefix { $0.isLetter } }
        return base(a) == base(b)
    }

    /// `--station`, else `TEACHBACK_STATION`, else personal.
    func isShared(_ environment: [String: String]) throws -> Bool {
        if let station { return station == .shared }
        return try store.isSharedStation(environment)
    }
}

/// Read-aloud when it is wanted: `--speak` (or `--speak-to`), or the learner's own setting. The speaker is made the
/// first time it is wanted, in the language on screen; when espeak-ng is missing, one line says so, once, and the
/// session goes on silent.
final class ReadAloudWiring {
    let driver: QuizDriver
    let forced: Bool
    let output: SpeechOutput
    let environment: [String: String]
    /// Says why read-aloud cannot start: a notice on the full screen, a line on standard error in plain mode.
    let report: (String) -> Void
    private var made: SpeechSession?
    private var tried = false

    init(
        driver: QuizDriver, forced: Bool, output: SpeechOutput, environment: [String: String],
        report: @escaping (String) -> Void
    ) {
        self.driver = driver
        self.forced = forced
        self.output = output
        self.environment = environment
        self.report = report
    }

    var wanted: Bool { forced || driver.state.learner?.settings.readAloud == true }

    /// The session, when read-aloud is wanted and can speak.
    func session() -> SpeechSession? {
        guard wanted else {
            made?.speaker.stop()
            return nil
        }
        if made == nil && !tried {
            tried = true
            let (speaker, problem) = Speaker.make(
                language: driver.view.strings.language, output: output, environment: environment)
            if let speaker { made = SpeechSession(speaker: speaker) }
            if let problem { report(problem) }
        }
        return made
    }

    /// With --speak: whether it can speak is checked before the first screen, so its one line comes first.
    func checkAtStart() {
        if forced { _ = session() }
    }

    func finish() { made?.finish() }
}
