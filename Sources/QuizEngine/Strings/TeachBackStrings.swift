import LearnerModel

/// The nurse's teach-back step: each teaching point to check, what to ask, what to listen for, what happened.
package struct TeachBackStrings: Sendable, Equatable {
    package let language: Language

    package func heading(_ number: Int, of total: Int) -> String {
        language.pick("Teach-back \(number) of \(total)", "Explicar con sus palabras: \(number) de \(total)")
    }
    package var safety: String { language.pick("! Safety point", "! Punto de seguridad") }
    package var missedToday: String { language.pick("Missed in this session", "Fallada en esta sesión") }
    package func flagged(misses: Int) -> String {
        language.pick(
            "Needs teach-back: missed in \(misses) sessions",
            "Necesita repaso en voz alta: fallada en \(misses) sesiones")
    }
    package var ask: String { language.pick("Ask: ", "Pregunte: ") }
    package var listenFor: String { language.pick("Listen for:", "Espere oír:") }
    package var whatHappened: String { language.pick("What did the patient do?", "¿Qué hizo la persona?") }
    package func result(_ result: TeachBackResult) -> String {
        switch result {
        case .ownWords: language.pick("Explained it in own words", "Lo explicó con sus palabras")
        case .afterReteaching: language.pick("Explained after re-teaching", "Lo explicó después de volver a enseñarle")
        case .notYet: language.pick("Could not explain yet", "Aún no lo pudo explicar")
        case .skipped: language.pick("Skipped", "Se saltó")
        }
    }
    package var note: String { language.pick("Note: ", "Nota: ") }
    package var noNote: String { language.pick("none (n: add one)", "ninguna (n: escribir una)") }
    package var typeNote: String {
        language.pick(
            "Type a short note for this point. Enter keeps it, Esc leaves it out.",
            "Escriba una nota corta para este punto. Intro la guarda, Esc la deja fuera.")
    }
    package var saving: String { language.pick("Saving…", "Guardando…") }
    package var terminalKeys: String {
        language.pick(
            "1-4: record · n: note · r: passage · u: undo · Esc: finish",
            "1-4: anotar · n: nota · r: texto · u: deshacer · Esc: terminar")
    }
    /// The same, for a narrow window.
    package var shortTerminalKeys: String {
        language.pick("1-4 · n note · r read · u undo · Esc", "1-4 n:nota r:leer u:deshacer Esc")
    }
    package var noteKeys: String {
        language.pick("Enter: keep the note · Esc: leave it out", "Intro: guardar la nota · Esc: dejarla fuera")
    }
    package var shortNoteKeys: String { language.pick("Enter: keep · Esc: leave out", "Intro: guardar · Esc: no") }

    /// Under the session's summary in a nurse-led session.
    package func next(points: Int, safety: Int) -> String {
        let n = CommonStrings(language: language).teachingPoints(points)
        let onSafety = safety > 0 ? language.pick(" (\(safety) on safety).", " (\(safety) de seguridad).") : "."
        return language.pick(
            "Next: teach-back with the patient, \(n)", "Ahora: que la persona lo explique con sus palabras, \(n)")
            + onSafety
    }
    package var summaryKeys: String {
        language.pick(
            "Enter: teach-back · Esc: home · PgDn/PgUp: scroll",
            "Intro: explicar · Esc: inicio · AvPág/RePág: subir y bajar")
    }
    package var shortSummaryKeys: String {
        language.pick("Enter: teach-back · Esc: home", "Intro: explicar · Esc: inicio")
    }
    /// On the nurse's view of the learner.
    package func needsTeachBack(_ n: Int) -> String {
        let points = CommonStrings(language: language).teachingPoints(n)
        return language.pick(
            "Needs teach-back: \(points), missed often.",
            "Necesita explicarlo en voz alta: \(points), \(n == 1 ? "fallado" : "fallados") a menudo.")
    }

    // Notices.
    package func saved(_ n: Int) -> String {
        let points = CommonStrings(language: language).teachingPoints(n)
        return n == 0
            ? language.pick("Teach-back finished; nothing was recorded.", "Terminó la explicación; no se anotó nada.")
            : language.pick(
                "Teach-back saved for \(points). The report has the note for the chart.",
                "Se guardó la explicación de \(points). El informe tiene la nota para el expediente.")
    }
    package var nothingToCheck: String {
        language.pick(
            "Nothing to check by teach-back in this topic: no safety points, and none missed often.",
            "No hay nada que comprobar en este tema: no hay puntos de seguridad, ni puntos fallados a menudo.")
    }
    package var takenBack: String {
        language.pick("The last teach-back result was taken back.", "Se deshizo el último resultado.")
    }
    package var nothingToTakeBack: String {
        language.pick("No teach-back result to take back yet.", "Aún no hay ningún resultado que deshacer.")
    }
    package func notSaved(_ why: String) -> String {
        language.pick("That teach-back result was not saved: \(why)", "Ese resultado no se guardó: \(why)")
    }
    package var pressANumber: String {
        language.pick(
            "Press 1, 2, 3 or 4 to record what the patient did.",
            "Pulse 1, 2, 3 o 4 para anotar lo que hizo la persona.")
    }

    // What the nurse asks, and the chart's name for each teaching point (in the bank's language).
    package func askWhatToDo(_ situation: String) -> String {
        language.pick(
            "\(situation) In your own words, what would you do?", "\(situation) Con sus palabras, ¿qué haría?")
    }
    package func askMeaning(_ term: String) -> String {
        language.pick("In your own words, what does “\(term)” mean?", "Con sus palabras, ¿qué quiere decir «\(term)»?")
    }
    package func askNames(_ label: String) -> String {
        language.pick("Can you name the \(label)?", "¿Puede nombrar los \(label)?")
    }
    package func askInOwnWords(_ question: String) -> String {
        language.pick("In your own words: \(question)", "Con sus palabras: \(question)")
    }
    package func askTrueOrFalse(_ statement: String) -> String {
        language.pick(
            "Is this true or false, and why? \"\(statement)\"", "¿Esto es verdadero o falso, y por qué? «\(statement)»")
    }
    package func labelWhatToDo(_ situation: String) -> String {
        language.pick("what to do: \(situation)", "qué hacer: \(situation)")
    }
    package func labelMeaning(_ term: String) -> String {
        language.pick("what “\(term)” means", "qué quiere decir «\(term)»")
    }
    package func labelGroup(_ label: String) -> String { language.pick("the \(label)", "los \(label)") }
    package func labelWhether(_ statement: String) -> String {
        language.pick("whether “\(statement)” is true", "si «\(statement)» es verdad")
    }
    package func itIs(_ isTrue: Bool) -> String {
        isTrue
            ? language.pick("That it is true.", "Que es verdadero.")
            : language.pick("That it is not true.", "Que no es verdadero.")
    }

    // Plain mode.
    package var plainChoices: String {
        language.pick(
            "1) Explained it in own words  2) Explained after re-teaching  3) Could not explain yet  4) Skipped",
            "1) Lo explicó con sus palabras  2) Lo explicó después de volver a enseñarle  3) Aún no lo pudo explicar  4) Se saltó"
        )
    }
    package var plainPrompt: String {
        language.pick(
            "Record 1-4 (a note may follow the number), r to read the passage, u to undo, q to finish: ",
            "Anote 1-4 (puede seguir una nota tras el número), r para leer el texto, u para deshacer, q para terminar: "
        )
    }
    package func plainBegin(points: Int) -> String {
        let n = CommonStrings(language: language).teachingPoints(points)
        return language.pick(
            "Teach-back with the patient: \(n) to check.", "Explicar con sus palabras: \(n) para comprobar.")
    }
}
