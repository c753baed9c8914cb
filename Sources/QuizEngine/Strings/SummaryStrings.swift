/// The end of a session.
public struct SummaryStrings: Sendable, Equatable {
    public let language: Language

    public func done(correct: Int, of asked: Int) -> String { "Session done: \(correct) of \(asked) correct." }
    public var saved: String { "Everything you answered is saved." }
    public var bySection: String { "By section:" }
    public var byTopic: String { "By topic:" }
    public func sectionRow(correct: Int, of asked: Int, title: String) -> String { "\(correct) of \(asked)  \(title)" }
    public var toGoOver: String { "Questions to go over:" }
    public var answerPrefix: String { "  Answer: " }
    public func nextReview(_ when: String) -> String { "Next review: \(when)." }
    public var examLeftSchedule: String { "This was an exam: your review schedule did not change." }
    public var terminalKeys: String { "Enter: home · PgDn/PgUp: scroll" }

    public func plainScore(correct: Int, of asked: Int) -> String { "\(correct) of \(asked) correct" }
    public var plainToGoOver: String { "Questions to go over:" }
    public func plainMissed(stem: String, key: String) -> String { "- \(stem) Answer: \(key)" }
    public func plainNextReview(_ when: String) -> String { "Next review \(when)." }
}
