public struct ProgressView: Sendable, Equatable {
    public struct SectionRow: Sendable, Equatable {
        public var title: String
        public var share: Double
    }

    public struct SessionRow: Sendable, Equatable {
        public var date: String
        public var correct: Int
        public var attempted: Int
    }

    public var sections: [SectionRow]
    /// The most recent sessions, oldest first.
    public var sessions: [SessionRow]
    /// Reviews due on each of the next 14 days, today first.
    public var duePerDay: [Int]
}
