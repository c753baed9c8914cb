import Scheduling

/// The settings screen.
public struct SettingsStrings: Sendable, Equatable {
    public let language: Language

    public func title(_ name: String) -> String { language.pick("Settings for \(name)", "Ajustes de \(name)") }
    public func confidence(_ on: Bool) -> String {
        language.pick(
            "Ask how sure I am after each answer: \(on ? "On" : "Off")",
            "Preguntar mi seguridad después de cada respuesta: \(on ? "Sí" : "No")")
    }
    public func newPerDay(_ n: Int) -> String {
        language.pick("New questions per day: \(n)", "Preguntas nuevas al día: \(n)")
    }
    public func algorithm(_ algorithm: Algorithm) -> String {
        language.pick(
            "Review schedule: \(algorithm == .fsrs ? "FSRS (recommended)" : "SM-2 (classic)")",
            "Calendario de repaso: \(algorithm == .fsrs ? "FSRS (recomendado)" : "SM-2 (clásico)")")
    }
    public func speak(_ on: Bool) -> String {
        language.pick(
            "Read questions aloud: \(on ? "On" : "Off")", "Leer las preguntas en voz alta: \(on ? "Sí" : "No")")
    }
    public var savedAtOnce: String {
        language.pick("Changes are saved at once.", "Los cambios se guardan al momento.")
    }
    public var terminalKeys: String {
        language.pick("↑↓: choose · ← → Enter: change · Esc: back", "↑↓: elegir · ← → Intro: cambiar · Esc: volver")
    }
}
