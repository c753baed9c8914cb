import Foundation
import Scheduling

/// The topics screen, and what a plan's date means today (on the topics and home screens).
public struct TopicsStrings: Sendable, Equatable {
    public let language: Language

    public var heading: String { "Your topics" }
    public func topic(_ title: String, due: Int, new: Int) -> String { "\(title): \(due) due, \(new) new" }
    public var all: String { "All my topics: what is due in each, then new questions" }
    public var nextLearner: String { "Next learner" }
    public var quit: String { "Quit" }
    public var allShortcut: Character { "a" }
    public var nextLearnerShortcut: Character { "l" }
    public var quitShortcut: Character { "q" }
    public var terminalKeys: String { "Number or ↑↓ Enter · q: quit · ?: help" }

    /// "12 December".
    public func day(_ day: CalendarDay) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let (_, month, d) = day.components
        return "\(d) \(months[max(0, min(11, month - 1))])"
    }

    /// What the date means today; nil once it has passed (ordinary scheduling goes on).
    public func dateLine(daysUntil: Int, readyBy: CalendarDay, questionsToday: Int) -> String? {
        let common = CommonStrings(language: language)
        let today = common.count(questionsToday, "question") + " today"
        switch daysUntil {
        case ..<0: return nil
        case 0: return "Today is \(day(readyBy)), the day to be ready by: \(today)"
        case 1: return "1 day until \(day(readyBy)): \(today)"
        default: return "\(daysUntil) days until \(day(readyBy)): \(today)"
        }
    }
}
