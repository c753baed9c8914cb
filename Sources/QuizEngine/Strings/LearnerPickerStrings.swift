/// The first screen: who is answering.
package struct LearnerPickerStrings: Sendable, Equatable {
    package let language: Language

    package var welcome: String { language.pick("Welcome to Teachback.", "Le damos la bienvenida a Teachback.") }
    package var intro: String {
        language.pick(
            "Learn about your treatment by answering a few questions.",
            "Aprenda sobre su tratamiento respondiendo unas preguntas.")
    }
    package var typePrompt: String {
        language.pick(
            "Type your name or code, then press Enter:", "Escriba su nombre o su código, y luego pulse Intro:")
    }
    package var chooseWithArrows: String {
        language.pick(
            "Or choose with the arrow keys ↑ ↓ and press Enter:", "O elija con las flechas ↑ ↓ y pulse Intro:")
    }
    package var terminalKeys: String {
        language.pick("Enter: start · ↑↓: choose · Esc: quit", "Intro empezar · ↑↓ elegir · Esc salir")
    }
    package var sharedTypePrompt: String {
        language.pick("Type your own code, then press Enter:", "Escriba su propio código, y luego pulse Intro:")
    }
    package var sharedNote: String {
        language.pick(
            "This computer is shared, so no one's name is shown here.",
            "Esta computadora es compartida, así que aquí no sale el nombre de nadie.")
    }
    package var sharedTerminalKeys: String { language.pick("Enter: start · Esc: quit", "Intro: empezar · Esc: salir") }
    /// Plain mode's first line, before the disclaimer.
    package var plainTitle: String { "Teachback" }
    package var plainPrompt: String { language.pick("Your name or code: ", "Su nombre o código: ") }
}
