import Scheduling

/// The settings screen.
public struct SettingsStrings: Sendable, Equatable {
    public let language: Language

    public func title(_ name: String) -> String { "Settings for \(name)" }
    public func confidence(_ on: Bool) -> String { "Ask how sure I am after each answer: \(on ? "On" : "Off")" }
    public func newPerDay(_ n: Int) -> String { "New questions per day: \(n)" }
    public func algorithm(_ algorithm: Algorithm) -> String {
        "Review schedule: \(algorithm == .fsrs ? "FSRS (recommended)" : "SM-2 (classic)")"
    }
    public var savedAtOnce: String { "Changes are saved at once." }
    public var terminalKeys: String { "↑↓: choose · ← → Enter: change · Esc: back" }
}
