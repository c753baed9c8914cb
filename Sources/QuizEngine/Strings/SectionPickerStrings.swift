/// The list of sections, to read one or practise one.
public struct SectionPickerStrings: Sendable, Equatable {
    public let language: Language

    public func title(forReading: Bool) -> String {
        forReading ? "Read the material: choose a section." : "Practise one section: choose a section."
    }
    public func terminalKeys(count: Int) -> String { "↑↓ Enter or 1–\(count): choose · Esc: back" }
}
