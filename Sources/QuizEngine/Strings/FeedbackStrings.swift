/// What the learner sees after answering.
public struct FeedbackStrings: Sendable, Equatable {
    public let language: Language

    public var saving: String { "Saving your answer…" }
    public var savingKeys: String { "Saving…" }
    public var correct: String { "Correct." }
    public var notQuite: String { "Not quite." }
    public func youChose(_ letter: Character, _ option: String) -> String { "You chose \(letter). \(option)" }
    public func theAnswer(_ letter: Character, _ key: String) -> String { "The answer is \(letter). \(key)" }
    public var aboutYourAnswer: String { "About your answer:" }
    public func coveredIn(_ section: String) -> String { "This is covered in \"\(section)\". Press r to read it." }
    public func seeAgain(_ when: String) -> String { "You will see this question again \(when)." }
    public var examLeavesSchedule: String { "Exam answers do not change your review schedule." }
    public var comesBack: String { "It will come back later in this session." }
    public var terminalKeys: String { "Enter: next · q: stop · r: read · u: undo" }
}
