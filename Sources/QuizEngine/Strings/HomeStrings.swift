/// The home screen: the learner's day and the menu.
package struct HomeStrings: Sendable, Equatable {
    package let language: Language

    package func hello(_ name: String) -> String { language.pick("Hello, \(name).", "Hola, \(name).") }
    package func today(due: Int, new: Int) -> String {
        let questions = CommonStrings(language: language).questions(due)
        return language.pick(
            "Today: \(questions) due, \(new) new.", "Hoy: \(questions) para repasar, \(new) nuevas.")
    }

    package func label(_ entry: HomeEntry, signedIn: Bool = false) -> String {
        switch entry {
        case .start: language.pick("Start today's questions", "Empezar las preguntas de hoy")
        case .missed: language.pick("Review missed questions", "Repasar las preguntas falladas")
        case .read: language.pick("Read the material", "Leer el texto")
        case .section: language.pick("Practise one section", "Practicar una parte")
        case .exam: language.pick("Exam (does not change your schedule)", "Examen (no cambia su calendario)")
        case .progress: language.pick("See your progress", "Ver su progreso")
        case .settings: language.pick("Settings", "Ajustes")
        case .facilitator where signedIn: language.pick("Nurse: sign out", "Enfermería: cerrar sesión")
        case .facilitator: language.pick("Nurse: sign in", "Enfermería: iniciar sesión")
        case .topics: language.pick("Back to my topics", "Volver a mis temas")
        case .plan:
            language.pick("Nurse: topics and dates for this patient", "Enfermería: temas y fechas de esta persona")
        case .teachBack:
            language.pick(
                "Nurse: teach-back check with this patient", "Enfermería: pedir que lo explique con sus palabras")
        case .roster: RosterStrings(language: language).homeEntry
        case .switchLearner: language.pick("Next learner", "Siguiente persona")
        case .quit: language.pick("Quit", "Salir")
        }
    }

    /// The letter that chooses an entry, shown beside it: the same in every language, as the trainer's other keys.
    package func shortcut(_ entry: HomeEntry) -> Character {
        switch entry {
        case .start: "s"
        case .missed: "m"
        case .read: "r"
        case .section: "p"
        case .exam: "e"
        case .progress: "g"
        case .settings: "t"
        case .facilitator: "f"
        case .topics: "b"
        case .plan: "n"
        case .teachBack: "k"
        case .roster: "o"
        case .switchLearner: "l"
        case .quit: "q"
        }
    }

    package var terminalKeys: String {
        language.pick(
            "Letter or ↑↓ Enter: choose · q: quit · ?: help", "Letra o ↑↓ Intro: elegir · q: salir · ?: ayuda")
    }
}
