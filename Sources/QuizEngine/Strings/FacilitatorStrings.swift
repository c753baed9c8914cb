/// Where a nurse enters their name for a nurse-led session.
package struct FacilitatorStrings: Sendable, Equatable {
    package let language: Language

    package var title: String { language.pick("Nurse-led session", "Sesión con enfermera o enfermero") }
    package var explain: String {
        language.pick(
            "Type the nurse's name or initials. It is saved with this learner's sessions and shown in reports.",
            "Escriba el nombre o las iniciales de quien da la sesión. Se guarda con las sesiones de esta persona y sale en los informes."
        )
    }
    package func leading(_ nurse: String) -> String {
        language.pick("Nurse-led session with \(nurse).", "Sesión guiada por \(nurse).")
    }
    package var terminalKeys: String { language.pick("Enter: save · Esc: cancel", "Intro: guardar · Esc: cancelar") }
}
