/// The help overlay.
package struct HelpStrings: Sendable, Equatable {
    package let language: Language

    package var title: String { language.text("Help") }
    /// The keys of the full-screen trainer and what each does.
    package var terminalKeyRows: [(keys: String, what: String)] {
        let l = language
        return [
            (l.text("A B C D or 1–4"), l.text("answer a question")),
            (l.text("↑ ↓ and Enter"), l.text("move and choose")),
            ("r", l.text("read the part of the material")),
            ("u", l.text("take back your last answer")),
            (l.text("q or Esc"), l.text("stop; your answers are kept")),
            (l.text("PgUp PgDn"), l.text("scroll")),
            ("?", l.text("this help")),
        ]
    }
    package var saved: String {
        language.text("Every answer is saved as soon as you give it. You can stop at any time.")
    }
    package var terminalKeys: String {
        language.text("Press any key to go back")
    }
}
