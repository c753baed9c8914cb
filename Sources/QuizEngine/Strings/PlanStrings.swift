import Scheduling

/// The nurse's plan screen.
package struct PlanStrings: Sendable, Equatable {
    package let language: Language

    package func title(_ learner: String) -> String {
        language.pick("Topics and dates for \(learner)", "Temas y fechas de \(learner)")
    }
    package var explain: String {
        language.pick(
            "Choose the topics this patient should learn, and the day to be ready by (a treatment or the next visit).",
            "Elija los temas que debe aprender esta persona, y el día fijado para saberlos (un tratamiento o la próxima cita)."
        )
    }
    package var onPlan: String { "[x]" }
    package var offPlan: String { "[ ]" }
    package var noDate: String { language.pick("no date: ordinary scheduling", "sin fecha: repaso normal") }

    package func readyBy(_ day: String, daysUntil: Int, perDay: Int) -> String {
        let days =
            daysUntil == 1 ? language.pick("1 day", "1 día") : language.pick("\(daysUntil) days", "\(daysUntil) días")
        return language.pick(
            "ready by \(day) (\(days)): \(perDay) new a day", "para el \(day) (\(days)): \(perDay) nuevas al día")
    }

    package func passed(_ day: String) -> String {
        language.pick(
            "ready by \(day): the day has come; ordinary scheduling", "para el \(day): ya llegó el día; repaso normal")
    }

    package func exceeds(perDay: Int, limit: Int) -> String {
        language.pick(
            "Needs \(perDay) new questions a day, more than the daily limit of \(limit). Choose a later day if you can.",
            "Necesita \(perDay) preguntas nuevas al día, más que el límite diario de \(limit). Elija un día más tarde si puede."
        )
    }

    package func tooClose(_ day: String) -> String {
        language.pick(
            "\(day) is too close for two reviews of every point; all new questions come today. Choose a later day if you can.",
            "El \(day) está muy cerca para repasar dos veces cada punto; todas las preguntas nuevas son para hoy. Elija un día más tarde si puede."
        )
    }

    package var savedAtOnce: String {
        language.pick("Changes are saved at once.", "Los cambios se guardan al momento.")
    }
    package var terminalKeys: String {
        language.pick(
            "Enter: on or off the plan · ←→: day · PgUp/PgDn: week · x: no date · Esc: back",
            "Intro: poner o quitar · ←→: día · RePág/AvPág: semana · x: sin fecha · Esc: volver")
    }
}
