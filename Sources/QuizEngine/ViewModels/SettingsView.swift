public struct SettingsView: Sendable, Equatable {
    public var learner: String
    public var entries: [SettingsEntry]
    public var rows: [String]
    public var selected: Int
}
