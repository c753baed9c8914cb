import Scheduling

/// The nurse's plan screen.
public struct PlanStrings: Sendable, Equatable {
    public let language: Language

    public func title(_ learner: String) -> String { "Topics and dates for \(learner)" }
    public var explain: String {
        "Choose the topics this patient should learn, and the day to be ready by (a treatment or the next visit)."
    }
    public var onPlan: String { "[x]" }
    public var offPlan: String { "[ ]" }
    public var noDate: String { "no date: ordinary scheduling" }

    public func readyBy(_ day: String, daysUntil: Int, perDay: Int) -> String {
        "ready by \(day) (\(daysUntil == 1 ? "1 day" : "\(daysUntil) days")): \(perDay) new a day"
    }

    public func passed(_ day: String) -> String { "ready by \(day): the day has come; ordinary scheduling" }

    public func exceeds(perDay: Int, limit: Int) -> String {
        "Needs \(perDay) new questions a day, more than the daily limit of \(limit). Choose a later day if you can."
    }

    public func tooClose(_ day: String) -> String {
        "\(day) is too close for two reviews of every point; all new questions come today. Choose a later day if you can."
    }

    public var savedAtOnce: String { "Changes are saved at once." }
    public var terminalKeys: String { "Enter: on or off the plan · ←→: day · PgUp/PgDn: week · x: no date · Esc: back" }
}
