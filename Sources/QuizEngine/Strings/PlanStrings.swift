import Scheduling

/// The nurse's plan screen.
package struct PlanStrings: Sendable, Equatable {
    package let language: Language

    package func title(_ learner: String) -> String {
        language.text("Topics and dates for {learner}", ["learner": learner])
    }
    package var explain: String {
        language.text(
            "Choose the topics this patient should learn, and the day to be ready by (a treatment or the next visit).")
    }
    package var onPlan: String { "[x]" }
    package var offPlan: String { "[ ]" }
    package var noDate: String { language.text("no date: ordinary scheduling") }

    package func readyBy(_ day: String, daysUntil: Int, perDay: Int) -> String {
        let days = language.plural("{count} day", "{count} days", count: daysUntil)
        return language.plural(
            "ready by {day} ({days}): {count} new a day", "ready by {day} ({days}): {count} new a day", count: perDay,
            ["day": day, "days": days])
    }

    package func passed(_ day: String) -> String {
        language.text("ready by {day}: the day has come; ordinary scheduling", ["day": day])
    }

    package func exceeds(perDay: Int, limit: Int) -> String {
        language.plural(
            "Needs {count} new question a day, more than the daily limit of {limit}. Choose a later day if you can.",
            "Needs {count} new questions a day, more than the daily limit of {limit}. Choose a later day if you can.",
            count: perDay, ["limit": limit])
    }

    package func tooClose(_ day: String) -> String {
        language.text(
            "{day} is too close for two reviews of every point; all new questions come today. Choose a later day if you can.",
            ["day": day])
    }

    package var savedAtOnce: String {
        language.text("Changes are saved at once.")
    }
    package var terminalKeys: String {
        language.text("Enter: on or off the plan · ←→: day · PgUp/PgDn: week · x: no date · Esc: back")
    }
}
