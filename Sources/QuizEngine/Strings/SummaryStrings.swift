/// The end of a session.
package struct SummaryStrings: Sendable, Equatable {
    package let language: Language

    package func done(correct: Int, of asked: Int) -> String {
        language.text("Session done: {correct} of {asked} correct.", ["correct": correct, "asked": asked])
    }
    package var saved: String {
        language.text("Everything you answered is saved.")
    }
    package var bySection: String { language.text("By section:") }
    package var byTopic: String { language.text("By topic:") }
    /// A section's count, before its title (which wraps under itself).
    package func sectionCount(correct: Int, of asked: Int) -> String {
        language.text(
            "{correct} of {asked}", context: "a section's count before its title", ["correct": correct, "asked": asked])
    }
    package var toGoOver: String { language.text("Questions to go over:") }
    package var answerPrefix: String { language.text("  Answer: ") }
    package func nextReview(_ when: String) -> String {
        language.text("Next review: {when}.", ["when": when])
    }
    package var examLeftSchedule: String {
        language.text("This was an exam: your review schedule did not change.")
    }
    package var terminalKeys: String {
        language.text("Enter: home · PgDn/PgUp: scroll")
    }

    package func plainScore(correct: Int, of asked: Int) -> String {
        language.text("{correct} of {asked} correct", ["correct": correct, "asked": asked])
    }
    package var plainToGoOver: String { language.text("Questions to go over:") }
    package func plainMissed(stem: String, key: String) -> String {
        language.text("- {stem} Answer: {key}", ["stem": stem, "key": key])
    }
    package func plainNextReview(_ when: String) -> String {
        language.text("Next review {when}.", ["when": when])
    }
}
