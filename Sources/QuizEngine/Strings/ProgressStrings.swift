/// The progress screen.
public struct ProgressStrings: Sendable, Equatable {
    public let language: Language

    public var loading: String { language.pick("Loading…", "Cargando…") }
    public var title: String { language.pick("Your progress", "Su progreso") }
    public var knownBySection: String {
        language.pick("What you know well now, by section:", "Lo que ya sabe bien, por parte:")
    }
    public var scores: String {
        language.pick(
            "Score in each session (most recent last):", "Resultado de cada sesión (la más reciente al final):")
    }
    public var noSessions: String { language.pick("No sessions yet.", "Aún no hay sesiones.") }
    public func score(correct: Int, of attempted: Int) -> String {
        language.pick(" \(correct) of \(attempted)", " \(correct) de \(attempted)")
    }
    /// The date of a session, as "Nov 27" or "27 nov".
    public var dateFormat: String { language.pick("MMM d", "d MMM") }
    public var localeIdentifier: String { language.pick("en_US_POSIX", "es_ES") }
    public var dueSoon: String {
        language.pick("Reviews due in the next 14 days:", "Repasos de los próximos 14 días:")
    }
    public var axis: String { language.pick("today … in 2 weeks", "hoy … en 2 semanas") }
    public func dueTotals(today: Int, week: Int, nextWeek: Int) -> String {
        language.pick(
            "Today: \(today). This week: \(week). Next week: \(nextWeek).",
            "Hoy: \(today). Esta semana: \(week). La próxima semana: \(nextWeek).")
    }
    public var terminalKeys: String {
        language.pick("Enter: home · PgDn/PgUp: scroll", "Intro: inicio · AvPág/RePág: subir y bajar")
    }
}
