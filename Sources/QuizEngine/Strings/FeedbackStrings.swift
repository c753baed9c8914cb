/// What the learner sees after answering.
public struct FeedbackStrings: Sendable, Equatable {
    public let language: Language

    public var saving: String { language.pick("Saving your answer…", "Guardando su respuesta…") }
    public var savingKeys: String { language.pick("Saving…", "Guardando…") }
    public var correct: String { language.pick("Correct.", "Correcto.") }
    public var notQuite: String { language.pick("Not quite.", "No es correcto.") }
    public func youChose(_ letter: Character, _ option: String) -> String {
        language.pick("You chose \(letter). \(option)", "Usted eligió la \(letter). \(option)")
    }
    public func theAnswer(_ letter: Character, _ key: String) -> String {
        language.pick("The answer is \(letter). \(key)", "La respuesta es la \(letter). \(key)")
    }
    public var aboutYourAnswer: String { language.pick("About your answer:", "Sobre su respuesta:") }
    public func coveredIn(_ section: String) -> String {
        language.pick(
            "This is covered in \"\(section)\". Press r to read it.",
            "Esto se explica en «\(section)». Pulse r para leerlo.")
    }
    public func seeAgain(_ when: String) -> String {
        language.pick("You will see this question again \(when).", "Verá esta pregunta otra vez \(when).")
    }
    public var examLeavesSchedule: String {
        language.pick(
            "Exam answers do not change your review schedule.",
            "Las respuestas del examen no cambian su calendario de repaso.")
    }
    public var comesBack: String {
        language.pick("It will come back later in this session.", "Volverá a salir más tarde en esta sesión.")
    }
    public var terminalKeys: String {
        language.pick("Enter: next · q: stop · r: read · u: undo", "Intro: seguir · q: parar · r: leer · u: deshacer")
    }
}
