/// Where a nurse enters their name for a nurse-led session.
public struct FacilitatorStrings: Sendable, Equatable {
    public let language: Language

    public var title: String { language.pick("Nurse-led session", "Sesión con enfermera o enfermero") }
    public var explain: String {
        language.pick(
            "Type the nurse's name or initials. It is saved with this learner's sessions and shown in reports.",
            "Escriba el nombre o las iniciales de quien da la sesión. Se guarda con las sesiones de esta persona y sale en los informes."
        )
    }
    public func leading(_ nurse: String) -> String {
        language.pick("Nurse-led session with \(nurse).", "Sesión guiada por \(nurse).")
    }
    public var terminalKeys: String { language.pick("Enter: save · Esc: cancel", "Intro: guardar · Esc: cancelar") }
}
