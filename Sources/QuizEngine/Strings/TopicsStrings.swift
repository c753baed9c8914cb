import Foundation
import Scheduling

/// The topics screen, and what a plan's date means today (on the topics and home screens).
package struct TopicsStrings: Sendable, Equatable {
    package let language: Language

    package var heading: String { language.pick("Your topics", "Sus temas") }
    package func topic(_ title: String, due: Int, new: Int) -> String {
        language.pick("\(title): \(due) due, \(new) new", "\(title): \(due) para repasar, \(new) nuevas")
    }
    package var all: String {
        language.pick(
            "All my topics: what is due in each, then new questions",
            "Todos mis temas: lo pendiente de cada uno, y luego preguntas nuevas")
    }
    package var nextLearner: String { language.pick("Next learner", "Siguiente persona") }
    package var quit: String { language.pick("Quit", "Salir") }
    package var allShortcut: Character { "a" }
    package var nextLearnerShortcut: Character { "l" }
    package var quitShortcut: Character { "q" }
    package var terminalKeys: String {
        language.pick("Number or ↑↓ Enter · q: quit · ?: help", "Número o ↑↓ Intro · q: salir · ?: ayuda")
    }

    /// "12 December", "12 de diciembre".
    package func day(_ day: CalendarDay) -> String {
        let months = language.pick(
            [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ],
            [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ])
        let (_, month, d) = day.components
        let name = months[max(0, min(11, month - 1))]
        return language.pick("\(d) \(name)", "\(d) de \(name)")
    }

    /// What the date means today; nil once it has passed (ordinary scheduling goes on).
    package func dateLine(daysUntil: Int, readyBy: CalendarDay, questionsToday: Int) -> String? {
        let questions = CommonStrings(language: language).questions(questionsToday)
        let today = language.pick("\(questions) today", "\(questions) hoy")
        let when = day(readyBy)
        switch daysUntil {
        case ..<0: return nil
        case 0:
            return language.pick(
                "Today is \(when), the day to be ready by: \(today)", "Hoy es \(when), el día fijado: \(today)")
        case 1: return language.pick("1 day until \(when): \(today)", "Falta 1 día para el \(when): \(today)")
        default:
            return language.pick(
                "\(daysUntil) days until \(when): \(today)", "Faltan \(daysUntil) días para el \(when): \(today)")
        }
    }
}
