import Scheduling

/// The nurse's roster: the trainer's screen and the `roster` command.
package struct RosterStrings: Sendable, Equatable {
    package let language: Language

    package var title: String { language.text("Roster: who needs the nurse first") }
    package var empty: String {
        language.text(
            "No learner has a plan yet. A nurse gives one topics and dates on the plan screen, or with 'teachback plan'."
        )
    }
    package var noneMatching: String {
        language.text(
            "No planned topic matches (--by, --topic). Without them the roster lists every learner with a plan.")
    }
    package var safetyAlert: String { language.text("SAFETY ALERT") }
    package func sureButWrong(_ label: String) -> String {
        language.text("answered wrong while sure: {label}", ["label": label])
    }
    package func daysLeft(_ n: Int) -> String {
        if n < 0 { return language.text("date passed") }
        if n == 0 { return language.text("today") }
        return language.plural("{count} day left", "{count} days left", count: n)
    }
    package var noDate: String { language.text("no date") }
    package var onTrack: String { language.text("on track") }
    package var behind: String { language.text("behind") }
    package var ready: String { language.text("ready") }
    package func needsTeachBack(_ labels: [String]) -> String {
        language.text("needs teach-back: {points}", ["points": ReportStrings(language: language).items(labels)])
    }
    package func lastSession(_ day: String) -> String { language.text("last session {day}", ["day": day]) }
    package var noSession: String { language.text("no session yet") }
    package var terminalKeys: String {
        language.text("↑↓ PgUp PgDn: scroll · Esc: back")
    }
    package var homeEntry: String {
        language.text("Nurse: roster of every patient with a plan")
    }
    package func generated(_ when: String, count: Int) -> String {
        language.plural("{count} planned topic, {when}", "{count} planned topics, {when}", count: count, ["when": when])
    }
    /// Column headings of the CSV and HTML roster.
    package var headings: [String] {
        let l = language
        return [
            l.text("Learner", context: "roster column"), l.text("Topic", context: "roster column"),
            l.text("Ready by", context: "roster column"), l.text("Days left", context: "roster column"),
            l.text("On track", context: "roster column"),
            l.text("Ready", context: "roster column"), l.text("Safety alerts", context: "roster column"),
            l.text("Needs teach-back", context: "roster column"), l.text("Last session", context: "roster column"),
            l.text("Readiness", context: "roster column"),
        ]
    }
}
