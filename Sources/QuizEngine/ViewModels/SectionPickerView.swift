package struct SectionPickerView: Sendable, Equatable {
    package var forReading: Bool
    package var sectionIDs: [String]
    package var titles: [String]
    package var selected: Int
}
