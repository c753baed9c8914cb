import Scheduling

/// The settings screen.
package struct SettingsStrings: Sendable, Equatable {
    package let language: Language

    package func title(_ name: String) -> String { language.text("Settings for {name}", ["name": name]) }
    package func confidence(_ on: Bool) -> String {
        on
            ? language.text("Ask how sure I am after each answer: On")
            : language.text("Ask how sure I am after each answer: Off")
    }
    package func newPerDay(_ n: Int) -> String {
        language.text("New questions per day: {n}", ["n": n])
    }
    package func algorithm(_ algorithm: Algorithm) -> String {
        algorithm == .fsrs
            ? language.text("Review schedule: FSRS (recommended)") : language.text("Review schedule: SM-2 (classic)")
    }
    package func speak(_ on: Bool) -> String {
        on ? language.text("Read questions aloud: On") : language.text("Read questions aloud: Off")
    }
    package var savedAtOnce: String {
        language.text("Changes are saved at once.")
    }
    package var terminalKeys: String {
        language.text("↑↓: choose · ← → Enter: change · Esc: back")
    }
}
