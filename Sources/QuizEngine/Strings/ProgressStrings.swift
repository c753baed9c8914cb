/// The progress screen.
public struct ProgressStrings: Sendable, Equatable {
    public let language: Language

    public var loading: String { "Loading…" }
    public var title: String { "Your progress" }
    public var knownBySection: String { "What you know well now, by section:" }
    public var scores: String { "Score in each session (most recent last):" }
    public var noSessions: String { "No sessions yet." }
    public func score(correct: Int, of attempted: Int) -> String { " \(correct) of \(attempted)" }
    /// The date of a session, as "Nov 27".
    public var dateFormat: String { "MMM d" }
    public var localeIdentifier: String { "en_US_POSIX" }
    public var dueSoon: String { "Reviews due in the next 14 days:" }
    public var axis: String { "today … in 2 weeks" }
    public func dueTotals(today: Int, week: Int, nextWeek: Int) -> String {
        "Today: \(today). This week: \(week). Next week: \(nextWeek)."
    }
    public var terminalKeys: String { "Enter: home · PgDn/PgUp: scroll" }
}
