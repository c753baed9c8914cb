import Scheduling

/// The settings screen.
package struct SettingsStrings: Sendable, Equatable {
    package let language: Language

    package func title(_ name: String) -> String { language.pick("Settings for \(name)", "Ajustes de \(name)") }
    package func confidence(_ on: Bool) -> String {
        language.pick(
            "Ask how sure I am after each answer: \(on ? "On" : "Off")",
            "Preguntar mi seguridad después de cada respuesta: \(on ? "Sí" : "No")")
    }
    package func newPerDay(_ n: Int) -> String {
        language.pick("New questions per day: \(n)", "Preguntas nuevas al día: \(n)")
    }
    package func algorithm(_ algorithm: Algorithm) -> String {
        language.pick(
            "Review schedule: \(algorithm == .fsrs ? "FSRS (recommended)" : "SM-2 (classic)")",
            "Calendario de repaso: \(algorithm == .fsrs ? "FSRS (recomendado)" : "SM-2 (clásico)")")
    }
    package func speak(_ on: Bool) -> String {
        language.pick(
            "Read questions aloud: \(on ? "On" : "Off")", "Leer las preguntas en voz alta: \(on ? "Sí" : "No")")
    }
    package var savedAtOnce: String {
        language.pick("Changes are saved at once.", "Los cambios se guardan al momento.")
    }
    package var terminalKeys: String {
        language.pick("↑↓: choose · ← → Enter: change · Esc: back", "↑↓: elegir · ← → Intro: cambiar · Esc: volver")
    }
}
