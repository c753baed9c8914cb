/// The help overlay.
package struct HelpStrings: Sendable, Equatable {
    package let language: Language

    package var title: String { language.pick("Help", "Ayuda") }
    /// The keys of the full-screen trainer and what each does.
    package var terminalKeyRows: [(keys: String, what: String)] {
        language.pick(
            [
                ("A B C D or 1–4", "answer a question"), ("↑ ↓ and Enter", "move and choose"),
                ("r", "read the part of the material"),
                ("u", "take back your last answer"), ("q or Esc", "stop; your answers are kept"),
                ("PgUp PgDn", "scroll"),
                ("?", "this help"),
            ],
            [
                ("A B C D o 1–4", "responder una pregunta"), ("↑ ↓ e Intro", "moverse y elegir"),
                ("r", "leer esa parte del texto"),
                ("u", "deshacer su última respuesta"), ("q o Esc", "parar; sus respuestas se guardan"),
                ("RePág AvPág", "subir y bajar"),
                ("?", "esta ayuda"),
            ])
    }
    package var saved: String {
        language.pick(
            "Every answer is saved as soon as you give it. You can stop at any time.",
            "Cada respuesta se guarda en cuanto la da. Puede parar cuando quiera.")
    }
    package var terminalKeys: String {
        language.pick("Press any key to go back", "Pulse cualquier tecla para volver")
    }
}
