/// A section's passage, opened over any screen.
public struct ReadingStrings: Sendable, Equatable {
    public let language: Language

    public func heading(_ number: Int, of total: Int, title: String) -> String {
        language.pick("\(number) of \(total): \(title)", "\(number) de \(total): \(title)")
    }
    public var afterReading: String {
        language.pick("After reading, you should be able to:", "Después de leer, usted podrá:")
    }
    public var terminalKeys: String {
        language.pick(
            "↑↓ PgUp PgDn: scroll · ← →: other sections · Esc: back",
            "↑↓ RePág AvPág: subir y bajar · ← →: otras partes · Esc: volver")
    }
}
