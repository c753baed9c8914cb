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
    /// In a nurse-led session: the teach-back step that follows (points to check, how many on safety).
    public var teachBackNext: (points: Int, safety: Int)?

    public static func == (a: SummaryView, b: SummaryView) -> Bool {
        a.asked == b.asked && a.correct == b.correct && a.sections == b.sections && a.missed == b.missed
            && a.nextReview == b.nextReview && a.isExam == b.isExam && a.facilitator == b.facilitator
            && a.byTopic == b.byTopic && a.teachBackNext?.points == b.teachBackNext?.points
            && a.teachBackNext?.safety == b.teachBackNext?.safety
    }
}
