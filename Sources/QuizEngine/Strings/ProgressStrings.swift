/// The progress screen.
package struct ProgressStrings: Sendable, Equatable {
    package let language: Language

    package var loading: String { language.pick("Loading…", "Cargando…") }
    package var title: String { language.pick("Your progress", "Su progreso") }
    package var knownBySection: String {
        language.pick("What you know well now, by section:", "Lo que ya sabe bien, por parte:")
    }
    package var scores: String {
        language.pick(
            "Score in each session (most recent last):", "Resultado de cada sesión (la más reciente al final):")
    }
    package var noSessions: String { language.pick("No sessions yet.", "Aún no hay sesiones.") }
    package func score(correct: Int, of attempted: Int) -> String {
        language.pick(" \(correct) of \(attempted)", " \(correct) de \(attempted)")
    }
    /// The date of a session, as "Nov 27" or "27 nov".
    package var dateFormat: String { language.pick("MMM d", "d MMM") }
    package var localeIdentifier: String { language.pick("en_US_POSIX", "es_ES") }
    package var dueSoon: String {
        language.pick("Reviews due in the next 14 days:", "Repasos de los próximos 14 días:")
    }
    package var axis: String { language.pick("today … in 2 weeks", "hoy … en 2 semanas") }
    package func dueTotals(today: Int, week: Int, nextWeek: Int) -> String {
        language.pick(
            "Today: \(today). This week: \(week). Next week: \(nextWeek).",
            "Hoy: \(today). Esta semana: \(week). La próxima semana: \(nextWeek).")
    }
    package var terminalKeys: String {
        language.pick("Enter: home · PgDn/PgUp: scroll", "Intro: inicio · AvPág/RePág: subir y bajar")
    }
}
