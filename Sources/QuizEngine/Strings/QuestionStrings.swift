import QuestionGeneration

/// The question screen and the confidence step after it.
package struct QuestionStrings: Sendable, Equatable {
    package let language: Language

    /// The letter of option `index` (0 = A): the same letters in English and Spanish.
    package func letter(_ index: Int) -> Character { OptionLetter.uppercase(index) }
    package func counter(_ number: Int, of total: Int) -> String {
        language.text("Question {number} of {total}", ["number": number, "total": total])
    }
    package var safety: String { language.text("Safety question") }
    package func terminalKeys(last: Character) -> String {
        language.text("A–{last}: answer · q: stop · ?: help · r: read · u: undo · ↑↓ Enter", ["last": last])
    }

    package func youChose(_ letter: Character) -> String {
        language.text("You chose {letter}. How sure were you?", ["letter": letter])
    }
    package func confidence(_ level: Int) -> String {
        [language.text("Sure"), language.text("Not sure"), language.text("I guessed")][level]
    }
    package var confidenceTerminalKeys: String {
        language.text("1–3 or ↑↓ Enter: answer · Esc: back")
    }

    package var plainSafety: String { language.text("Safety question.") }
    package func plainPrompt(last: Character) -> String {
        language.text("Your answer (A to {last}, or q to stop): ", ["last": last])
    }
    package var plainConfidencePrompt: String {
        language.text("How sure were you? 1 Sure, 2 Not sure, 3 I guessed: ")
    }
    package var plainStopped: String {
        language.text("Stopped. Your answers are saved.")
    }
    package var plainHelp: String {
        language.text(
            "Type the letter of your answer and press Enter. q stops (answers are saved), u takes back the last answer, r reads the material."
        )
    }
}
