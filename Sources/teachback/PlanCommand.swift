import ArgumentParser
import ContentModel
import Foundation
import Words
import LearnerModel
import LearnerStore
import QuizEngine
import Scheduling

/// A learner's education plan: the topics a nurse assigned, each with the day to be ready by.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: helpText("Assign topics to a learner, each with a day to be ready by; show or change the plan."),
        discussion: helpText(
            "With --by, new questions are paced so every teaching point is introduced early enough to be reviewed on two later days before that day. After the day, ordinary scheduling goes on. Without --topic or --remove the plan is shown. On a shared station (TEACHBACK_STATION=shared, the default on a clinic's server) a change needs a signed-in nurse (--nurse ACCOUNT); the plan keeps the account."
        ))

    @OptionGroup var store: StoreOptions
    @Argument(help: helpText("The learner's name or code (added if new).")) var learner: String
    @Option(help: helpText("A topic (bank id) to add, or whose date to change; see 'teachback bank list'.")) var topic:
        String?
    @Option(
        help: helpText("The day to be ready by, YYYY-MM-DD (the treatment, or the next visit); without it, no date."))
    var by: String?
    @Option(help: helpText("A topic (bank id) to take off the plan; its answers stay.")) var remove: String?
    @Option(help: helpText("Change the learner's daily limit of new questions.")) var newPerDay: Int?
    @OptionGroup var nurseOptions: NurseOptions
    @Option(help: helpText("text or json.")) var format: PlanFormat = .text
    enum PlanFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if by != nil && topic == nil { throw invalid(Message("--by needs --topic ID: the topic the date is for")) }
        if topic != nil && remove != nil { throw invalid(Message("give --topic or --remove, not both")) }
        if let newPerDay, !(0...200).contains(newPerDay) {
            throw invalid(Message("--new-per-day must be between 0 and 200"))
        }
    }

    func run() throws {
        let now = Now.current()
        let today = CalendarDay(now, in: .current)
        var readyBy: CalendarDay?
        if let by {
            guard let day = CalendarDay(by) else {
                throw Failure(Message("--by '{by}' is not a day like 2026-12-12 (year-month-day)", ["by": by]))
            }
            guard day > today else {
                throw Failure(
                    Message(
                        "--by {by} is not after today ({today}); choose a day still to come",
                        ["by": by, "today": today]))
            }
            // Screens and reports name the day without its year ("12 December"): a day within a year is never
            // ambiguous, and no treatment is planned further ahead than that.
            guard day <= today.adding(days: 366) else {
                throw Failure(
                    Message(
                        "--by {by} is more than a year away; choose the treatment's day or the next visit, within a year",
                        ["by": by]))
            }
            readyBy = day
        }
        let catalogue = try Catalogue.load(commandLineBank: nil, environment: ProcessInfo.processInfo.environment)
        if let id = topic, catalogue.entry(id) == nil {
            let known = catalogue.entries.map(\.id).joined(separator: ", ")
            throw Failure(
                Message(
                    "no topic '{id}'; the topics are: {known}. Install one with 'teachback bank install PATH'.",
                    ["id": id, "known": known]))
        }
        let db = try store.open()
        defer { db.close() }
        let nurse = try nurseOptions.signIn(db)
        // Changing a plan is a nurse's work: on a station patients use, only for a nurse who signed in.
        if topic != nil || remove != nil || newPerDay != nil, nurse == nil,
            try store.isSharedStation(ProcessInfo.processInfo.environment)
        {
            throw Failure(
                Message(
                    "changing a plan on a shared station (TEACHBACK_STATION=shared, the default on a clinic's server) needs a signed-in nurse: --nurse ACCOUNT"
                ))
        }
        try reportingStoreErrors {
            var who: Learner
            if let existing = try db.learner(named: learner) {
                who = existing
            } else if topic != nil {
                who = try db.addLearner(learner, at: now)
                say(Message("Added {learner}.", ["learner": who.name]))
            } else {
                throw StoreError.noSuchLearner(name: learner)
            }
            if let newPerDay {
                who.settings.newPerDay = newPerDay
                try db.updateSettings(who.settings, learnerID: who.id)
            }
            if let topic {
                try db.setPlanEntry(
                    PlanEntry(
                        bankID: topic, readyBy: readyBy, assignedAt: now, assignedBy: nurse?.displayName,
                        assignedByID: nurse?.id), learnerID: who.id)
            }
            if let remove {
                if try db.removePlanEntry(bankID: remove, learnerID: who.id) {
                    say(
                        Message(
                            "Took {remove} off {learner}'s plan. Their answers to it are kept.",
                            ["remove": remove, "learner": who.name]))
                } else {
                    throw Failure(
                        Message(
                            "{remove} is not on {learner}'s plan; see 'teachback plan {learner}'",
                            ["remove": remove, "learner": who.name]))
                }
            }
            try show(who, db: db, catalogue: catalogue, today: today)
        }
    }

    /// The plan, a line a topic, with what its date asks and a warning when the pace is above the daily limit.
    func show(_ who: Learner, db: any LearnerDatabase, catalogue: Catalogue, today: CalendarDay) throws {
        let plan = try db.plan(learnerID: who.id)
        let days = Strings().topics
        var rows: [[String: Any]] = []
        var lines: [String] = []
        var warnings: [String] = []
        for entry in plan {
            let info = catalogue.entry(entry.bankID)
            let seen = try db.reviewStates(learnerID: who.id, bankID: entry.bankID).count
            let unseen = max(0, (info?.points ?? 0) - seen)
            var line = "  \(entry.bankID)  \(info?.title ?? commandLanguage.text("(not installed on this computer)"))"
            var row: [String: Any] = [
                "topic": entry.bankID, "title": info?.title ?? NSNull(),
                "readyBy": entry.readyBy?.description ?? NSNull(),
                "teachingPoints": info?.points ?? NSNull(), "notYetAsked": unseen,
                "assignedBy": entry.assignedBy ?? NSNull(),
            ]
            if let readyBy = entry.readyBy {
                let pace = Pacing.pace(
                    unseen: unseen, today: today, readyBy: readyBy, dailyLimit: who.settings.newPerDay)
                row["daysUntil"] = pace.daysUntil
                row["newPerDay"] = pace.isOver ? who.settings.newPerDay : pace.neededPerDay
                let l = commandLanguage
                if pace.isOver {
                    line += "\n " + l.text("ready by {day} (passed): ordinary scheduling", ["day": readyBy.description])
                } else {
                    let dayCount = l.plural("{count} day", "{count} days", count: pace.daysUntil)
                    line +=
                        "\n "
                        + l.plural(
                            "ready by {day} ({days}): {count} new a day; {unseen} of {points} teaching points not yet asked",
                            "ready by {day} ({days}): {count} new a day; {unseen} of {points} teaching points not yet asked",
                            count: pace.neededPerDay,
                            [
                                "day": readyBy.description, "days": dayCount, "unseen": unseen,
                                "points": info?.points ?? 0,
                            ])
                }
                let title = info?.title ?? entry.bankID
                if pace.tooLate {
                    warnings.append(
                        l.plural(
                            "{day} is too close for {title}: a teaching point needs its first day and two more before then to be reviewed twice. The {count} new question will be asked today; choose a later day if you can.",
                            "{day} is too close for {title}: a teaching point needs its first day and two more before then to be reviewed twice. All {count} new questions will be asked today; choose a later day if you can.",
                            count: unseen, ["day": days.day(readyBy), "title": title]))
                } else if pace.exceedsLimit {
                    warnings.append(
                        l.plural(
                            "{title} needs {count} new question a day to be ready by {day}, more than {name}'s daily limit of {limit}. Teachback will ask {count} a day until then; choose a later day, or raise the limit with --new-per-day {count}.",
                            "{title} needs {count} new questions a day to be ready by {day}, more than {name}'s daily limit of {limit}. Teachback will ask {count} a day until then; choose a later day, or raise the limit with --new-per-day {count}.",
                            count: pace.neededPerDay,
                            [
                                "title": title, "day": days.day(readyBy), "name": who.name,
                                "limit": who.settings.newPerDay,
                            ]))
                }
            } else {
                line +=
                    "\n "
                    + commandLanguage.plural(
                        "no date: ordinary scheduling, up to {count} new a day",
                        "no date: ordinary scheduling, up to {count} new a day", count: who.settings.newPerDay)
            }
            lines.append(line)
            rows.append(row)
        }
        switch format {
        case .json:
            try writeJSON([
                "learner": who.name, "newPerDay": who.settings.newPerDay, "topics": rows, "warnings": warnings,
            ])
        case .text:
            if plan.isEmpty {
                say(
                    Message(
                        "{learner} has no topics assigned. Add one with 'teachback plan {learner} --topic ID'.",
                        ["learner": who.name]))
            } else {
                say(
                    Message(
                        "Plan for {learner} (up to {newPerDay} new questions a day):",
                        ["learner": who.name, "newPerDay": who.settings.newPerDay]))
                for line in lines { print(line) }
            }
            for warning in warnings { print("Note: " + warning) }
        }
    }
}
