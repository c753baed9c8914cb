/// What the learner sees after answering.
package struct FeedbackStrings: Sendable, Equatable {
    package let language: Language

    package var saving: String { language.pick("Saving your answer…", "Guardando su respuesta…") }
    package var savingKeys: String { language.pick("Saving…", "Guardando…") }
    package var correct: String { language.pick("Correct.", "Correcto.") }
    package var notQuite: String { language.pick("Not quite.", "No es correcto.") }
    package func youChose(_ letter: Character, _ option: String) -> String {
        language.pick("You chose \(letter). \(option)", "Usted eligió la \(letter). \(option)")
    }
    package func theAnswer(_ letter: Character, _ key: String) -> String {
        language.pick("The answer is \(letter). \(key)", "La respuesta es la \(letter). \(key)")
    }
    package var aboutYourAnswer: String { language.pick("About your answer:", "Sobre su respuesta:") }
    package func coveredIn(_ section: String) -> String {
        language.pick(
            "This is covered in \"\(section)\". Press r to read it.",
            "Esto se explica en «\(section)». Pulse r para leerlo.")
    }
    package func seeAgain(_ when: String) -> String {
        language.pick("You will see this question again \(when).", "Verá esta pregunta otra vez \(when).")
    }
    package var examLeavesSchedule: String {
        language.pick(
            "Exam answers do not change your review schedule.",
            "Las respuestas del examen no cambian su calendario de repaso.")
    }
    package var comesBack: String {
        language.pick("It will come back later in this session.", "Volverá a salir más tarde en esta sesión.")
    }
    package var terminalKeys: String {
        language.pick("Enter: next · q: stop · r: read · u: undo", "Intro: seguir · q: parar · r: leer · u: deshacer")
    }
}
