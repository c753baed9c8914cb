package struct ConfidenceView: Sendable, Equatable {
    package var chosen: Int
    package var levels: [String]
    package var selected: Int
}
