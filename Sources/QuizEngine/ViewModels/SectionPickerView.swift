public struct SectionPickerView: Sendable, Equatable {
    public var forReading: Bool
    public var sectionIDs: [String]
    public var titles: [String]
    public var selected: Int
}
