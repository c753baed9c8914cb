/// What the learner sees after answering.
package struct FeedbackStrings: Sendable, Equatable {
    package let language: Language

    package var saving: String { language.text("Saving your answer…") }
    package var savingKeys: String { language.text("Saving…") }
    package var correct: String { language.text("Correct.") }
    package var notQuite: String { language.text("Not quite.") }
    package func youChose(_ letter: Character, _ option: String) -> String {
        language.text("You chose {letter}. {option}", ["letter": letter, "option": option])
    }
    package func theAnswer(_ letter: Character, _ key: String) -> String {
        language.text("The answer is {letter}. {key}", ["letter": letter, "key": key])
    }
    package var aboutYourAnswer: String { language.text("About your answer:") }
    package func coveredIn(_ section: String) -> String {
        language.text("This is covered in \"{section}\". Press r to read it.", ["section": section])
    }
    package func seeAgain(_ when: String) -> String {
        language.text("You will see this question again {when}.", ["when": when])
    }
    package var examLeavesSchedule: String {
        language.text("Exam answers do not change your review schedule.")
    }
    package var comesBack: String {
        language.text("It will come back later in this session.")
    }
    package var terminalKeys: String {
        language.text("Enter: next · q: stop · r: read · u: undo")
    }
}
