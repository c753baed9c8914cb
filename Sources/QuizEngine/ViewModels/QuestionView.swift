package struct QuestionView: Sendable, Equatable {
    package var itemID: String
    package var section: String
    /// 1 for the first question of the session.
    package var number: Int
    package var total: Int
    package var critical: Bool
    package var stem: String
    package var options: [String]
    package var selected: Int
}
