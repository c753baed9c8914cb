/// The help overlay.
public struct HelpStrings: Sendable, Equatable {
    public let language: Language

    public var title: String { "Help" }
    /// The keys of the full-screen trainer and what each does.
    public var terminalKeyRows: [(keys: String, what: String)] {
        [
            ("A B C D or 1–4", "answer a question"), ("↑ ↓ and Enter", "move and choose"),
            ("r", "read the part of the material"),
            ("u", "take back your last answer"), ("q or Esc", "stop; your answers are kept"),
            ("PgUp PgDn", "scroll"),
            ("?", "this help"),
        ]
    }
    public var saved: String { "Every answer is saved as soon as you give it. You can stop at any time." }
    public var terminalKeys: String { "Press any key to go back" }
}
