/// The nurse's learner report (text, Markdown, HTML, and the sentences CSV and JSON carry): headings, lines, the
/// evaluation, the charting sentence and the readiness sentence.
package struct ReportStrings: Sendable, Equatable {
    package let language: Language

    func pick(_ english: String, _ spanish: String) -> String { language.pick(english, spanish) }

    // Headings: text (capitals), Markdown and HTML.
    package func title(_ learner: String) -> String {
        pick("Teachback report: \(learner)", "Informe de Teachback: \(learner)")
    }
    package func textTitle(_ learner: String) -> String {
        pick("TEACHBACK REPORT: \(learner)", "INFORME DE TEACHBACK: \(learner)")
    }
    package func topic(_ title: String, _ review: String) -> String {
        pick("Topic: \(title) (\(review))", "Tema: \(title) (\(review))")
    }
    package func printed(_ when: String, since: String?) -> String {
        pick("Printed \(when)", "Impreso el \(when)")
            + (since.map { pick(", answers since \($0)", ", respuestas desde el \($0)") } ?? "")
    }
    package var evaluation: String { pick("Evaluation", "Evaluación") }
    package var readiness: String { pick("Readiness", "Preparación") }
    package var teachBack: String { pick("Teach-back", "Explicar con sus palabras") }
    package var needsTeachBack: String { pick("Needs teach-back", "Necesita explicarlo en voz alta") }
    package var needsTeachBackOften: String {
        pick("Needs teach-back (missed often)", "Necesita explicarlo en voz alta (fallado a menudo)")
    }
    package var sessions: String { pick("Sessions", "Sesiones") }
    package var masteryBySection: String { pick("Mastery by section", "Dominio por parte") }
    package var masteryBySectionLong: String {
        pick(
            "Mastery by section (share of questions likely remembered now)",
            "Dominio por parte (parte de las preguntas que probablemente recuerda ahora)")
    }
    package var missedQuestions: String { pick("Missed questions", "Preguntas falladas") }
    package var missedSafetyFirst: String {
        pick("Missed questions (safety first)", "Preguntas falladas (las de seguridad primero)")
    }
    package var missedMoreThanOnce: String { pick("Missed more than once", "Falladas más de una vez") }
    package var prompts: String { pick("Teach-back prompts", "Preguntas para explicar con sus palabras") }
    package var upcoming: String { pick("Reviews coming up", "Próximos repasos") }
    package var noneYet: String { pick("None yet.", "Aún ninguna.") }
    package var none: String { pick("None.", "Ninguna.") }
    package var disclaimer: String {
        pick("For learning only, not medical advice.", "Solo para aprender, no es consejo médico.")
    }

    // Lines.
    package func ledBy(_ when: String, _ nurse: String) -> String {
        pick("\(when), led by \(nurse)", "\(when), guiada por \(nurse)")
    }
    package func ledBy(_ nurse: String) -> String { pick("led by \(nurse)", "guiada por \(nurse)") }
    /// A nurse's name as a record keeps it: a signed-in account's name as it is; a name typed before accounts (anyone
    /// could have typed it) marked so.
    package func nurse(_ name: String, verified: Bool) -> String {
        verified ? name : pick("\(name) (typed name, not verified)", "\(name) (nombre escrito, sin verificar)")
    }
    package func note(_ text: String) -> String { pick("note: \(text)", "nota: \(text)") }
    package var safetyTag: String { pick("[SAFETY] ", "[SEGURIDAD] ") }
    package var safetyWord: String { pick("Safety", "Seguridad") }
    package func missedIn(_ sessions: Int) -> String {
        pick("missed in \(sessions) sessions", "fallado en \(sessions) sesiones")
    }
    package func checkedByTeachBack(_ n: Int) -> String {
        n == 1
            ? pick("1 teaching point checked by teach-back", "1 punto de enseñanza comprobado")
            : pick("\(n) teaching points checked by teach-back", "\(n) puntos de enseñanza comprobados")
    }
    package func correct(_ right: Int, of asked: Int) -> String {
        pick("\(right) of \(asked) correct", "\(right) de \(asked) correctas")
    }
    package func of(_ right: Int, _ asked: Int) -> String { pick("\(right) of \(asked)", "\(right) de \(asked)") }
    package var notYetAnswered: String { pick("not yet answered", "aún sin responder") }
    package func answersRight(_ right: Int, of answered: Int) -> String {
        answered == 1
            ? pick("\(right) of 1 answer right", "\(right) de 1 respuesta correcta")
            : pick("\(right) of \(answered) answers right", "\(right) de \(answered) respuestas correctas")
    }
    package func missedTimesTag(_ n: Int) -> String { pick("[missed \(n)x] ", "[fallada \(n) veces] ") }
    package var laterRightTag: String { pick("[later right] ", "[luego bien] ") }
    package func missedTimes(_ n: Int) -> String { pick("missed \(n) times", "fallada \(n) veces") }
    package func missedTimesSentence(_ n: Int) -> String { pick("Missed \(n) times. ", "Fallada \(n) veces. ") }
    package var laterAnsweredRight: String { pick("later answered right", "luego respondida bien") }
    package var laterAnsweredRightSentence: String { pick("Later answered right. ", "Luego respondida bien. ") }
    package func chose(_ text: String) -> String { pick("Chose: \(text)", "Eligió: \(text)") }
    package func rightAnswer(_ text: String) -> String { pick("Right answer: \(text)", "Respuesta correcta: \(text)") }
    package var rightAnswerLabel: String { pick("Right answer:", "Respuesta correcta:") }
    /// The sentence of the source a missed question's answer comes from.
    package func fromTheSource(_ quote: String) -> String {
        pick("From the source: “\(quote)”", "Del texto original: «\(quote)»")
    }
    package var choseLabel: String { pick("Chose:", "Eligió:") }
    package func times(_ n: Int) -> String { pick("\(n) times", "\(n) veces") }
    package var ask: String { pick("Ask:", "Pregunte:") }
    package var listenFor: String { pick("Listen for:", "Espere oír:") }
    package func upcomingLine(today: Int, week: Int, later: Int) -> String {
        pick(
            "Today: \(today). Next 7 days: \(week). Days 8-14: \(later).",
            "Hoy: \(today). Próximos 7 días: \(week). Días 8 a 14: \(later).")
    }

    // Table headings (Markdown and HTML).
    package var date: String { pick("Date", "Fecha") }
    package var mode: String { pick("Mode", "Modo") }
    package var ledByHeading: String { pick("Led by", "Guiada por") }
    package var correctHeading: String { pick("Correct", "Correctas") }
    package var resultHeading: String { pick("Result", "Resultado") }
    package var section: String { pick("Section", "Parte") }
    package var mastery: String { pick("Mastery", "Dominio") }
    package var answersRightHeading: String { pick("Answers right", "Respuestas correctas") }
    package var likelyRemembered: String { pick("Likely remembered now", "Probablemente lo recuerda ahora") }
    package var teachingPoint: String { pick("Teaching point", "Punto de enseñanza") }
    package var noteHeading: String { pick("Note", "Nota") }
    package var chartLabel: String {
        pick("Percent correct in each session", "Porcentaje de respuestas correctas en cada sesión")
    }
    package func sessionPoint(_ n: Int, _ percent: Int) -> String {
        pick("Session \(n): \(percent)%", "Sesión \(n): \(percent)%")
    }
    package var chartAxis: String {
        pick("sessions, oldest to newest", "sesiones, de la más antigua a la más reciente")
    }

    // The evaluation.
    package var noQuizAnswers: String { pick("No quiz answers recorded yet.", "Aún no hay respuestas de preguntas.") }
    package var noAnswers: String {
        pick(
            "No answers recorded yet; teach-back not yet done.",
            "Aún no hay respuestas, ni se ha explicado con sus palabras.")
    }
    package func allCorrect(teachBackDone: Bool, hadMissed: Bool) -> String {
        let lead =
            teachBackDone
            ? pick("Quiz: answered", "Preguntas: respondió")
            : pick("Stated the essential points: answered", "Dijo los puntos esenciales: respondió")
        return lead + pick(" every question correctly", " bien todas las preguntas")
            + (hadMissed ? pick(", including those first missed.", ", también las que falló al principio.") : ".")
    }
    package func questionsGone(_ n: Int) -> String {
        n == 1
            ? pick("1 question no longer in the bank", "1 pregunta que ya no está en el banco")
            : pick("\(n) questions no longer in the bank", "\(n) preguntas que ya no están en el banco")
    }
    package func needsReinforcement(_ parts: [String], teachBackDone: Bool) -> String {
        (teachBackDone ? pick("Quiz: needs", "Preguntas: necesita") : pick("Needs", "Necesita"))
            + pick(" reinforcement on: ", " reforzar: ") + parts.joined(separator: "; ") + "."
    }
    package func safetyStillMissed(_ n: Int) -> String {
        n == 1
            ? pick(
                " Safety: 1 question on when to act or call the care team still missed.",
                " Seguridad: aún falla 1 pregunta sobre cuándo actuar o llamar al equipo de salud.")
            : pick(
                " Safety: \(n) questions on when to act or call the care team still missed.",
                " Seguridad: aún falla \(n) preguntas sobre cuándo actuar o llamar al equipo de salud.")
    }
    package func questionNoLongerInBank(_ id: String) -> String {
        pick("(question no longer in the bank: \(id))", "(pregunta que ya no está en el banco: \(id))")
    }

    // The charting sentence.
    package func educationProvided(_ topic: String, nurses: String, from: String, to: String) -> String {
        pick(
            "Education on \(topic) provided to the patient using teach-back, led by \(nurses)"
                + (from == to ? " on \(to). " : " from \(from) to \(to). "),
            "Educación sobre «\(topic)» dada a la persona con el método de explicar con sus palabras, guiada por \(nurses)"
                + (from == to ? " el \(to). " : " del \(from) al \(to). "))
    }
    package var allSkipped: String {
        pick("No teaching point was checked (all skipped). ", "No se comprobó ningún punto (se saltaron todos). ")
    }
    package func notYetAble(_ names: String) -> String {
        pick(
            "Not yet able to explain: \(names) — follow-up needed. ",
            "Aún no lo puede explicar: \(names) — hace falta seguimiento. ")
    }
    package func explainedOwnWords(_ names: String) -> String {
        pick("Explained in own words: \(names). ", "Lo explicó con sus palabras: \(names). ")
    }
    package func explainedAfterReteaching(_ names: String) -> String {
        pick("Explained after re-teaching: \(names). ", "Lo explicó después de volver a enseñarle: \(names). ")
    }
    package func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + pick(" and ", " y ") + (items.last ?? "")
    }
    package func flagSentence(_ n: Int, safety: Int) -> String {
        let points = CommonStrings(language: language).teachingPoints(n)
        return pick(
            "Needs teach-back: \(points) missed often",
            "Necesita explicarlo en voz alta: \(points) \(n == 1 ? "fallado" : "fallados") a menudo")
            + (safety > 0 ? pick(" (\(safety) on safety)", " (\(safety) de seguridad)") : "") + "."
    }

    // The readiness sentence.
    package func ready(_ points: Int) -> String {
        pick(
            "Ready: every teaching point (\(points)) was answered right at its last review, and none is overdue.",
            "Lista: respondió bien cada punto de enseñanza (\(points)) en su último repaso, y ninguno está atrasado.")
    }
    package var noQuestions: String {
        pick("Not ready yet: this topic has no questions.", "Aún no está lista: este tema no tiene preguntas.")
    }
    package func notAsked(_ n: Int) -> String { pick("\(n) not yet asked", "\(n) sin preguntar aún") }
    package func wrongLast(_ n: Int) -> String {
        pick("\(n) answered wrongly at the last review", "\(n) respondidos mal en el último repaso")
    }
    package func overdue(_ n: Int) -> String { pick("\(n) overdue for review", "\(n) con el repaso atrasado") }
    package func notReady(of points: Int, _ missing: [String]) -> String {
        let count = CommonStrings(language: language).teachingPoints(points)
        return pick("Not ready yet, of \(count): ", "Aún no está lista, de \(count): ")
            + missing.joined(separator: "; ")
            + "."
    }
    package func readyBy(_ day: String) -> String { pick(" Ready by \(day).", " Lista para el \(day).") }
    package func isToday(_ day: String) -> String { pick(" \(day) is today.", " El \(day) es hoy.") }
    package func datePassed(_ day: String) -> String {
        pick(" The date to be ready by, \(day), has passed.", " Ya pasó la fecha fijada, el \(day).")
    }
    package func onTrack(_ day: String, daysLeft: Int, perDay: Int, limit: Int?) -> String {
        let days = daysLeft == 1 ? pick("1 day", "1 día") : pick("\(daysLeft) days", "\(daysLeft) días")
        return pick(" On track for \(day): \(days) left", " Va bien para el \(day): quedan \(days)")
            + (perDay > 0 ? pick(", \(perDay) new a day", ", \(perDay) nuevas al día") : "")
            + (limit.map { pick(" (more than the daily limit of \($0)).", " (más que el límite diario de \($0)).") }
                ?? ".")
    }
    package var tooLate: String {
        pick("too close to introduce every point in time", "muy cerca para presentar cada punto a tiempo")
    }
    package var reviewsOverdue: String { pick("reviews are overdue", "hay repasos atrasados") }
    package func behind(_ day: String, _ why: [String]) -> String {
        pick(" Behind for \(day): ", " Va atrasada para el \(day): ") + why.joined(separator: "; ") + "."
    }
}
