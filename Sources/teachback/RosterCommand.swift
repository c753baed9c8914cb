import ArgumentParser
import ContentModel
import Foundation
import Words
import LearnerModel
import QuizEngine
import Reports
import Scheduling

/// `teachback roster`: every learner with a plan, in the order the nurse should see them.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: helpText(
            "Every learner with a plan, who needs the nurse first: dates, readiness, teach-back, safety alerts."),
        discussion: helpText(
            "A safety alert is a safety point answered wrong with the confidence \"sure\" since the patient last explained it back: the patient believes the unsafe thing. Sorted by safety alerts, then behind for a date, then a date within a week and not ready, then points needing teach-back. On a shared station (TEACHBACK_STATION=shared, the default on a clinic's server) it needs a signed-in nurse (--nurse ACCOUNT). Each look is written to the audit trail."
        ))

    @OptionGroup var store: StoreOptions
    @OptionGroup var nurseOptions: NurseOptions
    @Option(help: helpText("Only topics to be ready by this day or before (YYYY-MM-DD).")) var by: String?
    @Option(help: helpText("Only this topic (bank id).")) var topic: String?
    @Option(help: helpText("text, html, csv or json.")) var format: Format = .text
    @Option(help: helpText("Write to this file instead of standard output.")) var out: String?
    @Option(
        help: ArgumentHelp(
            helpText("The roster's language (default: LANG)."), valueName: QuizCommand.LanguageChoice.valueName))
    var language: QuizCommand.LanguageChoice?
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html, csv, json }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let now = Now.current()
        var day: CalendarDay?
        if let by {
            guard let parsed = CalendarDay(by) else {
                throw Failure(Message("--by '{by}' is not a day like 2026-12-12", ["by": by]))
            }
            day = parsed
        }
        let catalogue = try Catalogue.load(commandLineBank: nil, environment: environment)
        if let topic, catalogue.entry(topic) == nil {
            throw Failure(
                Message(
                    "no topic '{id}'; the topics are: {known}",
                    ["id": topic, "known": catalogue.entries.map(\.id).joined(separator: ", ")]))
        }
        let db = try store.open()
        defer { db.close() }
        let nurse = try nurseOptions.signIn(db)
        // Every patient's name is on it: on a station patients use, only for a nurse who signed in.
        if try store.isSharedStation(environment) && nurse == nil {
            throw Failure(
                Message(
                    "the roster lists every patient: on a clinic's server or a shared station it needs a signed-in nurse (--nurse ACCOUNT)"
                ))
        }
        let (entries, missing) = try reportingStoreErrors {
            try Roster.build(
                store: db,
                open: { id in
                    guard let entry = catalogue.entry(id) else { return nil }
                    do {
                        let opened = try Catalogue.open(entry, environment: environment)
                        return (opened.bank, opened.items)
                    } catch let error as BankLoadError {
                        printError(error.text(commandLanguage.words))
                        return nil
                    }
                }, now: now, timeZone: .current, by: day, topic: topic, language: language?.language ?? commandLanguage)
        }
        for id in missing {
            printError(
                Message(
                    "warning: a plan names the topic '{id}', which is not installed here: its rows are left out",
                    ["id": id]))
        }
        try reportingStoreErrors {
            try db.appendAudit(
                .rosterViewed, learnerID: nil,
                detail: "format \(format.rawValue); \(entries.count) rows" + (topic.map { "; topic \($0)" } ?? ""),
                at: now)
        }
        let text = Roster.rendered(
            entries, RosterFormat(rawValue: format.rawValue) ?? .text, now: now, timeZone: .current,
            language: language?.language ?? commandLanguage, filtered: by != nil || topic != nil)
        try emit(text, to: out)
    }
}
