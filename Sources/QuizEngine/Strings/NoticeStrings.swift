/// The one-line notices under the title: what just happened, or what to do.
package struct NoticeStrings: Sendable, Equatable {
    package let language: Language

    package var nothingToTakeBack: String { language.pick("Nothing to take back.", "No hay nada que deshacer.") }
    package var nothingToTakeBackInSession: String {
        language.pick("Nothing to take back in this session.", "No hay nada que deshacer en esta sesión.")
    }
    package var answerTakenBack: String {
        language.pick("Your last answer was taken back.", "Se deshizo su última respuesta.")
    }
    package func answerNotSaved(_ why: String) -> String {
        language.pick("Your answer was not saved: \(why)", "Su respuesta no se guardó: \(why)")
    }
    package func nurseLed(_ nurse: String) -> String {
        language.pick("Nurse-led session with \(nurse).", "Sesión guiada por \(nurse).")
    }
    package func signedIn(_ nurse: String) -> String {
        language.pick("\(nurse) signed in.", "\(nurse) inició la sesión.")
    }
    package func signedOut(_ nurse: String) -> String {
        language.pick("\(nurse) signed out.", "\(nurse) cerró la sesión.")
    }
    package func stillThere(seconds: Int) -> String {
        language.pick(
            "Still there? Press any key. Otherwise this session ends in \(seconds) seconds.",
            "¿Sigue ahí? Pulse cualquier tecla. Si no, esta sesión termina en \(seconds) segundos.")
    }
    package func stillTherePlain(seconds: Int) -> String {
        language.pick(
            "Still there? Type your answer and press Enter. Otherwise this session ends in \(seconds) seconds.",
            "¿Sigue ahí? Escriba su respuesta y pulse Intro. Si no, esta sesión termina en \(seconds) segundos.")
    }
    /// - Parameter seconds: the idle time (said in minutes from two minutes up).
    package func endedAfterIdle(seconds: Int) -> String {
        let minutes = seconds / 60
        let time =
            seconds < 120
            ? language.pick("\(seconds) seconds", "\(seconds) segundos")
            : language.pick("\(minutes) minutes", "\(minutes) minutos")
        return language.pick(
            "The last session ended after \(time) without a key. Answers are saved.",
            "La última sesión terminó tras \(time) sin pulsar una tecla. Las respuestas están guardadas.")
    }
    package var typeAName: String {
        language.pick("Type your name or a code, then press Enter.", "Escriba su nombre o un código, y pulse Intro.")
    }
    package var noMissedQuestions: String {
        language.pick("No missed questions. Well done!", "No hay preguntas falladas. ¡Muy bien!")
    }
    package var nothingDue: String {
        language.pick(
            "Nothing is due now, and today's new questions are done. Come back later, or try the exam.",
            "No hay nada pendiente ahora, y ya hizo las preguntas nuevas de hoy. Vuelva más tarde, o haga el examen.")
    }
    package var noQuestions: String { language.pick("There are no questions for that.", "No hay preguntas para eso.") }
    /// - Parameter last: the last option's letter.
    package func pressALetter(last: Character) -> String {
        language.pick(
            "Press a letter from A to \(last) to answer.", "Pulse una letra de la A a la \(last) para responder.")
    }
}
