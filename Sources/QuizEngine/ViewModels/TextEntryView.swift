package struct TextEntryView: Sendable, Equatable {
    package var typed: String
}
