import Foundation
import Scheduling

/// The topics screen, and what a plan's date means today (on the topics and home screens).
package struct TopicsStrings: Sendable, Equatable {
    package let language: Language

    package var heading: String { language.text("Your topics") }
    package func topic(_ title: String, due: Int, new: Int) -> String {
        language.text("{title}: {due} due, {new} new", ["title": title, "due": due, "new": new])
    }
    package var all: String {
        language.text("All my topics: what is due in each, then new questions")
    }
    package var nextLearner: String { language.text("Next learner") }
    package var quit: String { language.text("Quit") }
    package var allShortcut: Character { "a" }
    package var nextLearnerShortcut: Character { "l" }
    package var quitShortcut: Character { "q" }
    package var terminalKeys: String {
        language.text("Number or ↑↓ Enter · q: quit · ?: help")
    }

    /// "12 December", "12 de diciembre".
    package func day(_ day: CalendarDay) -> String {
        let (_, month, d) = day.components
        let l = language
        switch month {
        case ...1: return l.text("{day} January", ["day": d])
        case 2: return l.text("{day} February", ["day": d])
        case 3: return l.text("{day} March", ["day": d])
        case 4: return l.text("{day} April", ["day": d])
        case 5: return l.text("{day} May", ["day": d])
        case 6: return l.text("{day} June", ["day": d])
        case 7: return l.text("{day} July", ["day": d])
        case 8: return l.text("{day} August", ["day": d])
        case 9: return l.text("{day} September", ["day": d])
        case 10: return l.text("{day} October", ["day": d])
        case 11: return l.text("{day} November", ["day": d])
        default: return l.text("{day} December", ["day": d])
        }
    }

    /// What the date means today; nil once it has passed (ordinary scheduling goes on).
    package func dateLine(daysUntil: Int, readyBy: CalendarDay, questionsToday: Int) -> String? {
        let questions = CommonStrings(language: language).questions(questionsToday)
        let today = language.text("{questions} today", ["questions": questions])
        let when = day(readyBy)
        switch daysUntil {
        case ..<0: return nil
        case 0:
            return language.text("Today is {when}, the day to be ready by: {today}", ["when": when, "today": today])
        default:
            return language.plural(
                "{count} day until {when}: {today}", "{count} days until {when}: {today}", count: daysUntil,
                ["when": when, "today": today])
        }
    }
}
