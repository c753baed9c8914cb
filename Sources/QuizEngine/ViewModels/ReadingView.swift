public struct ReadingView: Sendable, Equatable {
    /// 1 for the first section.
    public var number: Int
    public var total: Int
    public var title: String
    public var passage: String
    public var objectives: [String]
    /// The line the reader has scrolled to.
    public var scroll: Int
}
