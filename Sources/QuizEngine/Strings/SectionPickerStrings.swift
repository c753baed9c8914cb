/// The list of sections, to read one or practise one.
package struct SectionPickerStrings: Sendable, Equatable {
    package let language: Language

    package func title(forReading: Bool) -> String {
        forReading
            ? language.pick("Read the material: choose a section.", "Leer el texto: elija una parte.")
            : language.pick("Practise one section: choose a section.", "Practicar una parte: elija una parte.")
    }
    package func terminalKeys(count: Int) -> String {
        language.pick("↑↓ Enter or 1–\(count): choose · Esc: back", "↑↓ Intro o 1–\(count): elegir · Esc: volver")
    }
}
