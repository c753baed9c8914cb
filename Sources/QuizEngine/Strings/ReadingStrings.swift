/// A section's passage, opened over any screen.
package struct ReadingStrings: Sendable, Equatable {
    package let language: Language

    package func heading(_ number: Int, of total: Int, title: String) -> String {
        language.text("{number} of {total}: {title}", ["number": number, "total": total, "title": title])
    }
    package var afterReading: String {
        language.text("After reading, you should be able to:")
    }
    package var terminalKeys: String {
        language.text("↑↓ PgUp PgDn: scroll · ← →: other sections · Esc: back")
    }
}
