package struct ReadingView: Sendable, Equatable {
    /// 1 for the first section.
    package var number: Int
    package var total: Int
    package var title: String
    package var passage: String
    package var objectives: [String]
    /// The line the reader has scrolled to.
    package var scroll: Int
}
