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
        /// What a nurse asks and listens for, in a nurse-led session.
        public var teachBack: TeachBackPrompt?
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
}

/// What a nurse asks to check understanding, and what to listen for.
public struct TeachBackPrompt: Sendable, Equatable {
    public var ask: String
    public var listenFor: String
}
