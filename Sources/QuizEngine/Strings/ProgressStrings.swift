/// The progress screen.
package struct ProgressStrings: Sendable, Equatable {
    package let language: Language

    package var loading: String { language.text("Loading…") }
    package var title: String { language.text("Your progress") }
    package var knownBySection: String {
        language.text("What you know well now, by section:")
    }
    package var scores: String {
        language.text("Score in each session (most recent last):")
    }
    package var noSessions: String { language.text("No sessions yet.") }
    package func score(correct: Int, of attempted: Int) -> String {
        language.text(" {correct} of {attempted}", ["correct": correct, "attempted": attempted])
    }
    /// The date of a session, as "Nov 27" or "27 nov".
    package var dateFormat: String { language.words.shortDateFormat }
    package var localeIdentifier: String { language.words.localeIdentifier }
    package var dueSoon: String {
        language.text("Reviews due in the next 14 days:")
    }
    package var axis: String { language.text("today … in 2 weeks") }
    package func dueTotals(today: Int, week: Int, nextWeek: Int) -> String {
        language.text(
            "Today: {today}. This week: {week}. Next week: {nextWeek}.",
            ["today": today, "week": week, "nextWeek": nextWeek])
    }
    package var terminalKeys: String {
        language.text("Enter: home · PgDn/PgUp: scroll")
    }
}
