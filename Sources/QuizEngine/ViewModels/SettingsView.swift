package struct SettingsView: Sendable, Equatable {
    package var learner: String
    package var entries: [SettingsEntry]
    package var rows: [String]
    package var selected: Int
}
