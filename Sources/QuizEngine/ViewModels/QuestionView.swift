public struct QuestionView: Sendable, Equatable {
    public var itemID: String
    public var section: String
    /// 1 for the first question of the session.
    public var number: Int
    public var total: Int
    public var critical: Bool
    public var stem: String
    public var options: [String]
    public var selected: Int
}
