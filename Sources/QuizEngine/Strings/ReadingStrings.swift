/// A section's passage, opened over any screen.
package struct ReadingStrings: Sendable, Equatable {
    package let language: Language

    package func heading(_ number: Int, of total: Int, title: String) -> String {
        language.pick("\(number) of \(total): \(title)", "\(number) de \(total): \(title)")
    }
    package var afterReading: String {
        language.pick("After reading, you should be able to:", "Después de leer, usted podrá:")
    }
    package var terminalKeys: String {
        language.pick(
            "↑↓ PgUp PgDn: scroll · ← →: other sections · Esc: back",
            "↑↓ RePág AvPág: subir y bajar · ← →: otras partes · Esc: volver")
    }
}
