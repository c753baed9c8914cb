public struct TextEntryView: Sendable, Equatable {
    public var typed: String
}
