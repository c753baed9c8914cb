/// A section's passage, opened over any screen.
public struct ReadingStrings: Sendable, Equatable {
    public let language: Language

    public func heading(_ number: Int, of total: Int, title: String) -> String { "\(number) of \(total): \(title)" }
    public var afterReading: String { "After reading, you should be able to:" }
    public var terminalKeys: String { "↑↓ PgUp PgDn: scroll · ← →: other sections · Esc: back" }
}
