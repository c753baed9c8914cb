import QuestionGeneration

/// The question screen and the confidence step after it.
package struct QuestionStrings: Sendable, Equatable {
    package let language: Language

    /// The letter of option `index` (0 = A): the same letters in English and Spanish.
    package func letter(_ index: Int) -> Character { OptionLetter.uppercase(index) }
    package func counter(_ number: Int, of total: Int) -> String {
        language.pick("Question \(number) of \(total)", "Pregunta \(number) de \(total)")
    }
    package var safety: String { language.pick("Safety question", "Pregunta de seguridad") }
    package func terminalKeys(last: Character) -> String {
        language.pick(
            "A–\(last): answer · q: stop · ?: help · r: read · u: undo · ↑↓ Enter",
            "A–\(last): responder · q: parar · ?: ayuda · r: leer · u: deshacer · ↑↓ Intro")
    }

    package func youChose(_ letter: Character) -> String {
        language.pick("You chose \(letter). How sure were you?", "Eligió la \(letter). ¿Cuánta seguridad tenía?")
    }
    package func confidence(_ level: Int) -> String {
        language.pick(["Sure", "Not sure", "I guessed"], ["Mucha", "Poca", "Adiviné"])[level]
    }
    package var confidenceTerminalKeys: String {
        language.pick("1–3 or ↑↓ Enter: answer · Esc: back", "1–3 o ↑↓ Intro: responder · Esc: volver")
    }

    package var plainSafety: String { language.pick("Safety question.", "Pregunta de seguridad.") }
    package func plainPrompt(last: Character) -> String {
        language.pick(
            "Your answer (A to \(last), or q to stop): ", "Su respuesta (de la A a la \(last), o q para parar): ")
    }
    package var plainConfidencePrompt: String {
        language.pick(
            "How sure were you? 1 Sure, 2 Not sure, 3 I guessed: ",
            "¿Cuánta seguridad tenía? 1 Mucha, 2 Poca, 3 Adiviné: ")
    }
    package var plainStopped: String {
        language.pick("Stopped. Your answers are saved.", "Paró. Sus respuestas están guardadas.")
    }
    package var plainHelp: String {
        language.pick(
            "Type the letter of your answer and press Enter. q stops (answers are saved), u takes back the last answer, r reads the material.",
            "Escriba la letra de su respuesta y pulse Intro. q para (las respuestas se guardan), u deshace la última respuesta, r lee el texto."
        )
    }
}
