/// The first screen: who is answering.
public struct LearnerPickerStrings: Sendable, Equatable {
    public let language: Language

    public var welcome: String { "Welcome to Teachback." }
    public var intro: String { "Learn about your treatment by answering a few questions." }
    public var typePrompt: String { "Type your name or code, then press Enter:" }
    public var chooseWithArrows: String { "Or choose with the arrow keys ↑ ↓ and press Enter:" }
    public var terminalKeys: String { "Enter: start · ↑↓: choose · Esc: quit" }
    public var sharedTypePrompt: String { "Type your own code, then press Enter:" }
    public var sharedNote: String { "This computer is shared, so no one's name is shown here." }
    public var sharedTerminalKeys: String { "Enter: start · Esc: quit" }
    /// Plain mode's first line, before the disclaimer.
    public var plainTitle: String { "Teachback" }
    public var plainPrompt: String { "Your name or code: " }
}
