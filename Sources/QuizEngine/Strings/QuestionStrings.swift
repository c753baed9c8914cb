import QuestionGeneration

/// The question screen and the confidence step after it.
public struct QuestionStrings: Sendable, Equatable {
    public let language: Language

    /// The letter of option `index` (0 = A).
    public func letter(_ index: Int) -> Character { OptionLetter.uppercase(index) }
    public func counter(_ number: Int, of total: Int) -> String { "Question \(number) of \(total)" }
    public var safety: String { "Safety question" }
    public func terminalKeys(last: Character) -> String {
        "A–\(last): answer · q: stop · ?: help · r: read · u: undo · ↑↓ Enter"
    }

    public func youChose(_ letter: Character) -> String { "You chose \(letter). How sure were you?" }
    public func confidence(_ level: Int) -> String { ["Sure", "Not sure", "I guessed"][level] }
    public var confidenceTerminalKeys: String { "1–3 or ↑↓ Enter: answer · Esc: back" }

    public var plainSafety: String { "Safety question." }
    public func plainPrompt(last: Character) -> String { "Your answer (A to \(last), or q to stop): " }
    public var plainConfidencePrompt: String { "How sure were you? 1 Sure, 2 Not sure, 3 I guessed: " }
    public var plainStopped: String { "Stopped. Your answers are saved." }
    public var plainHelp: String {
        "Type the letter of your answer and press Enter. q stops (answers are saved), u takes back the last answer, r reads the material."
    }
}
