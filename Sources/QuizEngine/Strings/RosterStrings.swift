import Scheduling

/// The nurse's roster: the trainer's screen and the `roster` command.
package struct RosterStrings: Sendable, Equatable {
    package let language: Language

    package var title: String { language.pick("Roster: who needs the nurse first", "Lista: a quién ver primero") }
    package var empty: String {
        language.pick(
            "No learner has a plan yet. A nurse gives one topics and dates on the plan screen, or with 'teachback plan'.",
            "Nadie tiene un plan todavía. Una enfermera o un enfermero asigna temas y fechas en la pantalla del plan, o con 'teachback plan'."
        )
    }
    package var noneMatching: String {
        language.pick(
            "No planned topic matches (--by, --topic). Without them the roster lists every learner with a plan.",
            "Ningún tema planificado coincide (--by, --topic). Sin ellos, la lista muestra a todos los que tienen un plan."
        )
    }
    package var safetyAlert: String { language.pick("SAFETY ALERT", "ALERTA DE SEGURIDAD") }
    package func sureButWrong(_ label: String) -> String {
        language.pick("answered wrong while sure: \(label)", "respuesta equivocada, dada con seguridad: \(label)")
    }
    package func daysLeft(_ n: Int) -> String {
        if n < 0 { return language.pick("date passed", "la fecha pasó") }
        if n == 0 { return language.pick("today", "hoy") }
        return n == 1 ? language.pick("1 day left", "queda 1 día") : language.pick("\(n) days left", "quedan \(n) días")
    }
    package var noDate: String { language.pick("no date", "sin fecha") }
    package var onTrack: String { language.pick("on track", "a tiempo") }
    package var behind: String { language.pick("behind", "con retraso") }
    package var ready: String { language.pick("ready", "lista") }
    package func needsTeachBack(_ labels: [String]) -> String {
        language.pick("needs teach-back: ", "necesita explicarlo con sus palabras: ") + labels.joined(separator: "; ")
    }
    package func lastSession(_ day: String) -> String { language.pick("last session \(day)", "última sesión \(day)") }
    package var noSession: String { language.pick("no session yet", "sin sesiones todavía") }
    package var terminalKeys: String {
        language.pick("↑↓ PgUp PgDn: scroll · Esc: back", "↑↓ RePág AvPág: desplazar · Esc: volver")
    }
    package var homeEntry: String {
        language.pick("Nurse: roster of every patient with a plan", "Enfermería: lista de quienes tienen un plan")
    }
    package func generated(_ when: String, count: Int) -> String {
        language.pick(
            "\(count) planned \(count == 1 ? "topic" : "topics"), \(when)",
            "\(count) \(count == 1 ? "tema planificado" : "temas planificados"), \(when)")
    }
    /// Column headings of the CSV and HTML roster.
    package var headings: [String] {
        language.pick(
            [
                "Learner", "Topic", "Ready by", "Days left", "On track", "Ready", "Safety alerts", "Needs teach-back",
                "Last session", "Readiness",
            ],
            [
                "Persona", "Tema", "Fecha", "Días", "A tiempo", "Lista", "Alertas de seguridad",
                "Explicarlo con sus palabras", "Última sesión", "Situación",
            ])
    }
}
