package struct ProgressView: Sendable, Equatable {
    package struct SectionRow: Sendable, Equatable {
        package var title: String
        package var share: Double
    }

    package struct SessionRow: Sendable, Equatable {
        package var date: String
        package var correct: Int
        package var attempted: Int
    }

    package var sections: [SectionRow]
    /// The most recent sessions, oldest first.
    package var sessions: [SessionRow]
    /// Reviews due on each of the next 14 days, today first.
    package var duePerDay: [Int]
}
