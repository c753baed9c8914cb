/// The end of a session.
package struct SummaryStrings: Sendable, Equatable {
    package let language: Language

    package func done(correct: Int, of asked: Int) -> String {
        language.pick(
            "Session done: \(correct) of \(asked) correct.", "Sesión terminada: \(correct) de \(asked) correctas.")
    }
    package var saved: String {
        language.pick("Everything you answered is saved.", "Todo lo que respondió está guardado.")
    }
    package var bySection: String { language.pick("By section:", "Por parte:") }
    package var byTopic: String { language.pick("By topic:", "Por tema:") }
    package func sectionRow(correct: Int, of asked: Int, title: String) -> String {
        language.pick("\(correct) of \(asked)  \(title)", "\(correct) de \(asked)  \(title)")
    }
    package var toGoOver: String { language.pick("Questions to go over:", "Preguntas para repasar:") }
    package var answerPrefix: String { language.pick("  Answer: ", "  Respuesta: ") }
    package func nextReview(_ when: String) -> String {
        language.pick("Next review: \(when).", "Próximo repaso: \(when).")
    }
    package var examLeftSchedule: String {
        language.pick(
            "This was an exam: your review schedule did not change.",
            "Esto fue un examen: su calendario de repaso no cambió.")
    }
    package var terminalKeys: String {
        language.pick("Enter: home · PgDn/PgUp: scroll", "Intro: inicio · AvPág/RePág: subir y bajar")
    }

    package func plainScore(correct: Int, of asked: Int) -> String {
        language.pick("\(correct) of \(asked) correct", "\(correct) de \(asked) correctas")
    }
    package var plainToGoOver: String { language.pick("Questions to go over:", "Preguntas para repasar:") }
    package func plainMissed(stem: String, key: String) -> String {
        language.pick("- \(stem) Answer: \(key)", "- \(stem) Respuesta: \(key)")
    }
    package func plainNextReview(_ when: String) -> String {
        language.pick("Next review \(when).", "Próximo repaso \(when).")
    }
}
