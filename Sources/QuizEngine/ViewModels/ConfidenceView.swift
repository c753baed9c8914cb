public struct ConfidenceView: Sendable, Equatable {
    public var chosen: Int
    public var levels: [String]
    public var selected: Int
}
