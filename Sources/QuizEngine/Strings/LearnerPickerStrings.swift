/// The first screen: who is answering.
public struct LearnerPickerStrings: Sendable, Equatable {
    public let language: Language

    public var welcome: String { language.pick("Welcome to Teachback.", "Le damos la bienvenida a Teachback.") }
    public var intro: String {
        language.pick(
            "Learn about your treatment by answering a few questions.",
            "Aprenda sobre su tratamiento respondiendo unas preguntas.")
    }
    public var typePrompt: String {
        language.pick(
            "Type your name or code, then press Enter:", "Escriba su nombre o su código, y luego pulse Intro:")
    }
    public var chooseWithArrows: String {
        language.pick(
            "Or choose with the arrow keys ↑ ↓ and press Enter:", "O elija con las flechas ↑ ↓ y pulse Intro:")
    }
    public var terminalKeys: String {
        language.pick("Enter: start · ↑↓: choose · Esc: quit", "Intro empezar · ↑↓ elegir · Esc salir")
    }
    public var sharedTypePrompt: String {
        language.pick("Type your own code, then press Enter:", "Escriba su propio código, y luego pulse Intro:")
    }
    public var sharedNote: String {
        language.pick(
            "This computer is shared, so no one's name is shown here.",
            "Esta computadora es compartida, así que aquí no sale el nombre de nadie.")
    }
    public var sharedTerminalKeys: String { language.pick("Enter: start · Esc: quit", "Intro: empezar · Esc: salir") }
    /// Plain mode's first line, before the disclaimer.
    public var plainTitle: String { "Teachback" }
    public var plainPrompt: String { language.pick("Your name or code: ", "Su nombre o código: ") }
}
