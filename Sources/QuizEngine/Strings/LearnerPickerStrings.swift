/// The first screen: who is answering.
package struct LearnerPickerStrings: Sendable, Equatable {
    package let language: Language

    package var welcome: String { language.text("Welcome to Teachback.") }
    package var intro: String {
        language.text("Learn about your treatment by answering a few questions.")
    }
    package var typePrompt: String {
        language.text("Type your name or code, then press Enter:")
    }
    package var chooseWithArrows: String {
        language.text("Or choose with the arrow keys ↑ ↓ and press Enter:")
    }
    package var terminalKeys: String {
        language.text("Enter: start · ↑↓: choose · Esc: quit")
    }
    package var sharedTypePrompt: String {
        language.text("Type your own code, then press Enter:")
    }
    package var sharedNote: String {
        language.text("This computer is shared, so no one's name is shown here.")
    }
    package var sharedTerminalKeys: String { language.text("Enter: start · Esc: quit") }
    /// Plain mode's first line, before the disclaimer.
    package var plainTitle: String { "Teachback" }
    package var plainPrompt: String { language.text("Your name or code: ") }
}
