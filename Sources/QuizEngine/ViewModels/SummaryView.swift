public struct SummaryView: Sendable, Equatable {
    public struct SectionRow: Sendable, Equatable {
        public var title: String
        public var correct: Int
        public var asked: Int
    }

    public struct Missed: Sendable, Equatable {
        public var stem: String
        public var key: String
        public var critical: Bool
    }

    public var asked: Int
    public var correct: Int
    public var sections: [SectionRow]
    /// Each missed question once, safety questions first.
    public var missed: [Missed]
    /// The next review, in words.
    public var nextReview: String?
    public var isExam: Bool
    /// The nurse leading the session, if any.
    public var facilitator: String?
    /// The session was across topics: `sections` has a row a topic.
    public var byTopic: Bool = false
    /// In a nurse-led session: the teach-back step that follows.
    public var teachBackNext: TeachBackNext?

    /// The teach-back step after a session: how many points it checks, how many on safety.
    public struct TeachBackNext: Sendable, Equatable {
        public var points: Int
        public var safety: Int
    }
}
