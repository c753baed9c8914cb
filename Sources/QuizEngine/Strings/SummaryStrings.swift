/// The end of a session.
public struct SummaryStrings: Sendable, Equatable {
    public let language: Language

    public func done(correct: Int, of asked: Int) -> String {
        language.pick(
            "Session done: \(correct) of \(asked) correct.", "Sesión terminada: \(correct) de \(asked) correctas.")
    }
    public var saved: String {
        language.pick("Everything you answered is saved.", "Todo lo que respondió está guardado.")
    }
    public var bySection: String { language.pick("By section:", "Por parte:") }
    public var byTopic: String { language.pick("By topic:", "Por tema:") }
    public func sectionRow(correct: Int, of asked: Int, title: String) -> String {
        language.pick("\(correct) of \(asked)  \(title)", "\(correct) de \(asked)  \(title)")
    }
    public var toGoOver: String { language.pick("Questions to go over:", "Preguntas para repasar:") }
    public var answerPrefix: String { language.pick("  Answer: ", "  Respuesta: ") }
    public func nextReview(_ when: String) -> String {
        language.pick("Next review: \(when).", "Próximo repaso: \(when).")
    }
    public var examLeftSchedule: String {
        language.pick(
            "This was an exam: your review schedule did not change.",
            "Esto fue un examen: su calendario de repaso no cambió.")
    }
    public var terminalKeys: String {
        language.pick("Enter: home · PgDn/PgUp: scroll", "Intro: inicio · AvPág/RePág: subir y bajar")
    }

    public func plainScore(correct: Int, of asked: Int) -> String {
        language.pick("\(correct) of \(asked) correct", "\(correct) de \(asked) correctas")
    }
    public var plainToGoOver: String { language.pick("Questions to go over:", "Preguntas para repasar:") }
    public func plainMissed(stem: String, key: String) -> String {
        language.pick("- \(stem) Answer: \(key)", "- \(stem) Respuesta: \(key)")
    }
    public func plainNextReview(_ when: String) -> String {
        language.pick("Next review \(when).", "Próximo repaso \(when).")
    }
}
