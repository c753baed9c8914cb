/// The list of sections, to read one or practise one.
package struct SectionPickerStrings: Sendable, Equatable {
    package let language: Language

    package func title(forReading: Bool) -> String {
        forReading
            ? language.text("Read the material: choose a section.")
            : language.text("Practise one section: choose a section.")
    }
    package func terminalKeys(count: Int) -> String {
        language.text("↑↓ Enter or 1–{count}: choose · Esc: back", ["count": count])
    }
}
