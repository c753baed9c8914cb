/// The nurse's learner report (text, Markdown, HTML, and the sentences CSV and JSON carry): headings, lines, the
/// evaluation, the charting sentence and the readiness sentence.
public struct ReportStrings: Sendable, Equatable {
    public let language: Language

    func pick(_ english: String, _ spanish: String) -> String { language.pick(english, spanish) }

    // Headings: text (capitals), Markdown and HTML.
    public func title(_ learner: String) -> String {
        pick("Teachback report: \(learner)", "Informe de Teachback: \(learner)")
    }
    public func textTitle(_ learner: String) -> String {
        pick("TEACHBACK REPORT: \(learner)", "INFORME DE TEACHBACK: \(learner)")
    }
    public func topic(_ title: String, _ review: String) -> String {
        pick("Topic: \(title) (\(review))", "Tema: \(title) (\(review))")
    }
    public func printed(_ when: String, since: String?) -> String {
        pick("Printed \(when)", "Impreso el \(when)")
            + (since.map { pick(", answers since \($0)", ", respuestas desde el \($0)") } ?? "")
    }
    public var evaluation: String { pick("Evaluation", "Evaluación") }
    public var readiness: String { pick("Readiness", "Preparación") }
    public var teachBack: String { pick("Teach-back", "Explicar con sus palabras") }
    public var needsTeachBack: String { pick("Needs teach-back", "Necesita explicarlo en voz alta") }
    public var needsTeachBackOften: String {
        pick("Needs teach-back (missed often)", "Necesita explicarlo en voz alta (fallado a menudo)")
    }
    public var sessions: String { pick("Sessions", "Sesiones") }
    public var masteryBySection: String { pick("Mastery by section", "Dominio por parte") }
    public var masteryBySectionLong: String {
        pick(
            "Mastery by section (share of questions likely remembered now)",
            "Dominio por parte (parte de las preguntas que probablemente recuerda ahora)")
    }
    public var missedQuestions: String { pick("Missed questions", "Preguntas falladas") }
    public var missedSafetyFirst: String {
        pick("Missed questions (safety first)", "Preguntas falladas (las de seguridad primero)")
    }
    public var missedMoreThanOnce: String { pick("Missed more than once", "Falladas más de una vez") }
    public var prompts: String { pick("Teach-back prompts", "Preguntas para explicar con sus palabras") }
    public var upcoming: String { pick("Reviews coming up", "Próximos repasos") }
    public var noneYet: String { pick("None yet.", "Aún ninguna.") }
    public var none: String { pick("None.", "Ninguna.") }
    public var disclaimer: String {
        pick("For learning only, not medical advice.", "Solo para aprender, no es consejo médico.")
    }

    // Lines.
    public func ledBy(_ when: String, _ nurse: String) -> String {
        pick("\(when), led by \(nurse)", "\(when), guiada por \(nurse)")
    }
    public func ledBy(_ nurse: String) -> String { pick("led by \(nurse)", "guiada por \(nurse)") }
    public func note(_ text: String) -> String { pick("note: \(text)", "nota: \(text)") }
    public var safetyTag: String { pick("[SAFETY] ", "[SEGURIDAD] ") }
    public var safetyWord: String { pick("Safety", "Seguridad") }
    public func missedIn(_ sessions: Int) -> String {
        pick("missed in \(sessions) sessions", "fallado en \(sessions) sesiones")
    }
    public func checkedByTeachBack(_ n: Int) -> String {
        n == 1
            ? pick("1 teaching point checked by teach-back", "1 punto de enseñanza comprobado")
            : pick("\(n) teaching points checked by teach-back", "\(n) puntos de enseñanza comprobados")
    }
    public func correct(_ right: Int, of asked: Int) -> String {
        pick("\(right) of \(asked) correct", "\(right) de \(asked) correctas")
    }
    public func of(_ right: Int, _ asked: Int) -> String { pick("\(right) of \(asked)", "\(right) de \(asked)") }
    public var notYetAnswered: String { pick("not yet answered", "aún sin responder") }
    public func answersRight(_ right: Int, of answered: Int) -> String {
        answered == 1
            ? pick("\(right) of 1 answer right", "\(right) de 1 respuesta correcta")
            : pick("\(right) of \(answered) answers right", "\(right) de \(answered) respuestas correctas")
    }
    public func missedTimesTag(_ n: Int) -> String { pick("[missed \(n)x] ", "[fallada \(n) veces] ") }
    public var laterRightTag: String { pick("[later right] ", "[luego bien] ") }
    public func missedTimes(_ n: Int) -> String { pick("missed \(n) times", "fallada \(n) veces") }
    public func missedTimesSentence(_ n: Int) -> String { pick("Missed \(n) times. ", "Fallada \(n) veces. ") }
    public var laterAnsweredRight: String { pick("later answered right", "luego respondida bien") }
    public var laterAnsweredRightSentence: String { pick("Later answered right. ", "Luego respondida bien. ") }
    public func chose(_ text: String) -> String { pick("Chose: \(text)", "Eligió: \(text)") }
    public func rightAnswer(_ text: String) -> String { pick("Right answer: \(text)", "Respuesta correcta: \(text)") }
    public var rightAnswerLabel: String { pick("Right answer:", "Respuesta correcta:") }
    /// The sentence of the source a missed question's answer comes from.
    public func fromTheSource(_ quote: String) -> String {
        pick("From the source: “\(quote)”", "Del texto original: «\(quote)»")
    }
    public var choseLabel: String { pick("Chose:", "Eligió:") }
    public func times(_ n: Int) -> String { pick("\(n) times", "\(n) veces") }
    public var ask: String { pick("Ask:", "Pregunte:") }
    public var listenFor: String { pick("Listen for:", "Espere oír:") }
    public func upcomingLine(today: Int, week: Int, later: Int) -> String {
        pick(
            "Today: \(today). Next 7 days: \(week). Days 8-14: \(later).",
            "Hoy: \(today). Próximos 7 días: \(week). Días 8 a 14: \(later).")
    }

    // Table headings (Markdown and HTML).
    public var date: String { pick("Date", "Fecha") }
    public var mode: String { pick("Mode", "Modo") }
    public var ledByHeading: String { pick("Led by", "Guiada por") }
    public var correctHeading: String { pick("Correct", "Correctas") }
    public var resultHeading: String { pick("Result", "Resultado") }
    public var section: String { pick("Section", "Parte") }
    public var mastery: String { pick("Mastery", "Dominio") }
    public var answersRightHeading: String { pick("Answers right", "Respuestas correctas") }
    public var likelyRemembered: String { pick("Likely remembered now", "Probablemente lo recuerda ahora") }
    public var teachingPoint: String { pick("Teaching point", "Punto de enseñanza") }
    public var noteHeading: String { pick("Note", "Nota") }
    public var chartLabel: String {
        pick("Percent correct in each session", "Porcentaje de respuestas correctas en cada sesión")
    }
    public func sessionPoint(_ n: Int, _ percent: Int) -> String {
        pick("Session \(n): \(percent)%", "Sesión \(n): \(percent)%")
    }
    public var chartAxis: String { pick("sessions, oldest to newest", "sesiones, de la más antigua a la más reciente") }

    // The evaluation.
    public var noQuizAnswers: String { pick("No quiz answers recorded yet.", "Aún no hay respuestas de preguntas.") }
    public var noAnswers: String {
        pick(
            "No answers recorded yet; teach-back not yet done.",
            "Aún no hay respuestas, ni se ha explicado con sus palabras.")
    }
    public func allCorrect(teachBackDone: Bool, hadMissed: Bool) -> String {
        let lead =
            teachBackDone
            ? pick("Quiz: answered", "Preguntas: respondió")
            : pick("Stated the essential points: answered", "Dijo los puntos esenciales: respondió")
        return lead + pick(" every question correctly", " bien todas las preguntas")
            + (hadMissed ? pick(", including those first missed.", ", también las que falló al principio.") : ".")
    }
    public func questionsGone(_ n: Int) -> String {
        n == 1
            ? pick("1 question no longer in the bank", "1 pregunta que ya no está en el banco")
            : pick("\(n) questions no longer in the bank", "\(n) preguntas que ya no están en el banco")
    }
    public func needsReinforcement(_ parts: [String], teachBackDone: Bool) -> String {
        (teachBackDone ? pick("Quiz: needs", "Preguntas: necesita") : pick("Needs", "Necesita"))
            + pick(" reinforcement on: ", " reforzar: ") + parts.joined(separator: "; ") + "."
    }
    public func safetyStillMissed(_ n: Int) -> String {
        n == 1
            ? pick(
                " Safety: 1 question on when to act or call the care team still missed.",
                " Seguridad: aún falla 1 pregunta sobre cuándo actuar o llamar al equipo de salud.")
            : pick(
                " Safety: \(n) questions on when to act or call the care team still missed.",
                " Seguridad: aún falla \(n) preguntas sobre cuándo actuar o llamar al equipo de salud.")
    }
    public func questionNoLongerInBank(_ id: String) -> String {
        pick("(question no longer in the bank: \(id))", "(pregunta que ya no está en el banco: \(id))")
    }

    // The charting sentence.
    public func educationProvided(_ topic: String, nurses: String, from: String, to: String) -> String {
        pick(
            "Education on \(topic) provided to the patient using teach-back, led by \(nurses)"
                + (from == to ? " on \(to). " : " from \(from) to \(to). "),
            "Educación sobre «\(topic)» dada a la persona con el método de explicar con sus palabras, guiada por \(nurses)"
                + (from == to ? " el \(to). " : " del \(from) al \(to). "))
    }
    public var allSkipped: String {
        pick("No teaching point was checked (all skipped). ", "No se comprobó ningún punto (se saltaron todos). ")
    }
    public func notYetAble(_ names: String) -> String {
        pick(
            "Not yet able to explain: \(names) — follow-up needed. ",
            "Aún no lo puede explicar: \(names) — hace falta seguimiento. ")
    }
    public func explainedOwnWords(_ names: String) -> String {
        pick("Explained in own words: \(names). ", "Lo explicó con sus palabras: \(names). ")
    }
    public func explainedAfterReteaching(_ names: String) -> String {
        pick("Explained after re-teaching: \(names). ", "Lo explicó después de volver a enseñarle: \(names). ")
    }
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + pick(" and ", " y ") + (items.last ?? "")
    }
    public func flagSentence(_ n: Int, safety: Int) -> String {
        let points = CommonStrings(language: language).teachingPoints(n)
        return pick(
            "Needs teach-back: \(points) missed often",
            "Necesita explicarlo en voz alta: \(points) \(n == 1 ? "fallado" : "fallados") a menudo")
            + (safety > 0 ? pick(" (\(safety) on safety)", " (\(safety) de seguridad)") : "") + "."
    }

    // The readiness sentence.
    public func ready(_ points: Int) -> String {
        pick(
            "Ready: every teaching point (\(points)) was answered right at its last review, and none is overdue.",
            "Lista: respondió bien cada punto de enseñanza (\(points)) en su último repaso, y ninguno está atrasado.")
    }
    public var noQuestions: String {
        pick("Not ready yet: this topic has no questions.", "Aún no está lista: este tema no tiene preguntas.")
    }
    public func notAsked(_ n: Int) -> String { pick("\(n) not yet asked", "\(n) sin preguntar aún") }
    public func wrongLast(_ n: Int) -> String {
        pick("\(n) answered wrongly at the last review", "\(n) respondidos mal en el último repaso")
    }
    public func overdue(_ n: Int) -> String { pick("\(n) overdue for review", "\(n) con el repaso atrasado") }
    public func notReady(of points: Int, _ missing: [String]) -> String {
        let count = CommonStrings(language: language).teachingPoints(points)
        return pick("Not ready yet, of \(count): ", "Aún no está lista, de \(count): ")
            + missing.joined(separator: "; ")
            + "."
    }
    public func readyBy(_ day: String) -> String { pick(" Ready by \(day).", " Lista para el \(day).") }
    public func isToday(_ day: String) -> String { pick(" \(day) is today.", " El \(day) es hoy.") }
    public func datePassed(_ day: String) -> String {
        pick(" The date to be ready by, \(day), has passed.", " Ya pasó la fecha fijada, el \(day).")
    }
    public func onTrack(_ day: String, daysLeft: Int, perDay: Int, limit: Int?) -> String {
        let days = daysLeft == 1 ? pick("1 day", "1 día") : pick("\(daysLeft) days", "\(daysLeft) días")
        return pick(" On track for \(day): \(days) left", " Va bien para el \(day): quedan \(days)")
            + (perDay > 0 ? pick(", \(perDay) new a day", ", \(perDay) nuevas al día") : "")
            + (limit.map { pick(" (more than the daily limit of \($0)).", " (más que el límite diario de \($0)).") }
                ?? ".")
    }
    public var tooLate: String {
        pick("too close to introduce every point in time", "muy cerca para presentar cada punto a tiempo")
    }
    public var reviewsOverdue: String { pick("reviews are overdue", "hay repasos atrasados") }
    public func behind(_ day: String, _ why: [String]) -> String {
        pick(" Behind for \(day): ", " Va atrasada para el \(day): ") + why.joined(separator: "; ") + "."
    }
}
