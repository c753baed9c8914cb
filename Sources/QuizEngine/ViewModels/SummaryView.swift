package struct SummaryView: Sendable, Equatable {
    package struct SectionRow: Sendable, Equatable {
        package var title: String
        package var correct: Int
        package var asked: Int
    }

    package struct Missed: Sendable, Equatable {
        package var stem: String
        package var key: String
        package var critical: Bool
    }

    package var asked: Int
    package var correct: Int
    package var sections: [SectionRow]
    /// Each missed question once, safety questions first.
    package var missed: [Missed]
    /// The next review, in words.
    package var nextReview: String?
    package var isExam: Bool
    /// The nurse leading the session, if any.
    package var facilitator: String?
    /// The session was across topics: `sections` has a row a topic.
    package var byTopic: Bool = false
    /// In a nurse-led session: the teach-back step that follows.
    package var teachBackNext: TeachBackNext?

    /// The teach-back step after a session: how many points it checks, how many on safety.
    package struct TeachBackNext: Sendable, Equatable {
        package var points: Int
        package var safety: Int
    }
}
