import Foundation
import LearnerModel

/// Sentences that more than one screen (and the reports) use.
package struct CommonStrings: Sendable, Equatable {
    package let language: Language

    package var appName: String { "Teachback" }
    package var disclaimer: String {
        language.pick(
            "For learning only, not medical advice. Ask your care team about your treatment.",
            "Solo para aprender, no es consejo médico. Pregunte a su equipo de salud sobre su tratamiento.")
    }

    /// "1 question", "3 questions": the number and the word's singular or plural.
    package func count(_ n: Int, one: String, many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }

    /// "1 question" / "1 pregunta".
    package func questions(_ n: Int) -> String {
        count(n, one: language.pick("question", "pregunta"), many: language.pick("questions", "preguntas"))
    }

    /// "1 teaching point" / "1 punto de enseñanza".
    package func teachingPoints(_ n: Int) -> String {
        count(
            n, one: language.pick("teaching point", "punto de enseñanza"),
            many: language.pick("teaching points", "puntos de enseñanza"))
    }

    /// A session mode's name, for the title bar and reports.
    package func modeTitle(_ mode: SessionMode) -> String {
        switch mode {
        case .review: language.pick("Practice", "Práctica")
        case .missed: language.pick("Review missed questions", "Repasar las preguntas falladas")
        case .section: language.pick("Practise one section", "Practicar una parte")
        case .exam: language.pick("Exam", "Examen")
        case .teachBack: language.pick("Teach-back", "Explicar")
        }
    }

    /// "in 10 minutes", "tomorrow", "in 3 days", "in 2 months".
    package func relative(from now: Date, to due: Date) -> String {
        let seconds = due.timeIntervalSince(now)
        let l = language
        if seconds < 90 { return l.pick("in a minute", "en un minuto") }
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return l.pick("in \(minutes) minutes", "en \(minutes) minutos") }
        let hours = Int((seconds / 3600).rounded())
        if hours < 24 {
            return hours == 1 ? l.pick("in an hour", "en una hora") : l.pick("in \(hours) hours", "en \(hours) horas")
        }
        let days = Int((seconds / 86_400).rounded())
        if days == 1 { return l.pick("tomorrow", "mañana") }
        if days < 45 { return l.pick("in \(days) days", "en \(days) días") }
        let months = Int((Double(days) / 30.4).rounded())
        if months < 18 { return l.pick("in \(months) months", "en \(months) meses") }
        let years = Int((Double(days) / 365).rounded())
        return l.pick("in \(years) years", "en \(years) años")
    }

    /// "Please make this window bigger: …", for a terminal under the smallest size.
    package func windowTooSmall(minimum: (Int, Int), actual: (Int, Int)) -> String {
        language.pick(
            "Please make this window bigger: at least \(minimum.0) × \(minimum.1). It is \(actual.0) × \(actual.1) now.",
            "Agrande esta ventana: al menos \(minimum.0) × \(minimum.1). Ahora mide \(actual.0) × \(actual.1).")
    }

    package var moreBelow: String { language.pick("↓ more below (PgDn)", "↓ hay más abajo (AvPág)") }
    package var moreAbove: String { language.pick("↑ more above (PgUp)", "↑ hay más arriba (RePág)") }
}
