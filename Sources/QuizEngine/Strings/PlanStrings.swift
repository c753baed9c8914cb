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
        let days =
            daysUntil == 1 ? language.text("1 day") : language.text("{daysUntil} days", ["daysUntil": daysUntil])
        return language.text(
            "ready by {day} ({days}): {perDay} new a day", ["day": day, "days": days, "perDay": perDay])
    }

    package func passed(_ day: String) -> String {
        language.text("ready by {day}: the day has come; ordinary scheduling", ["day": day])
    }

    package func exceeds(perDay: Int, limit: Int) -> String {
        language.text(
            "Needs {perDay} new questions a day, more than the daily limit of {limit}. Choose a later day if you can.",
            ["perDay": perDay, "limit": limit])
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
