import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import Scheduling

/// What the progress screen shows.
package struct ProgressData: Sendable, Equatable {
    /// Share of each section's items the learner would likely recall now (R ≥ 0.9), by section order.
    package var mastery: [(section: String, share: Double)]
    /// Percent right in each session, oldest first.
    package var sessionScores: [(date: Date, attempted: Int, correct: Int)]
    /// Reviews falling due on each of the next 14 days (today first, counting overdue today).
    package var duePerDay: [Int]

    package init(
        mastery: [(section: String, share: Double)], sessionScores: [(date: Date, attempted: Int, correct: Int)],
        duePerDay: [Int]
    ) {
        self.mastery = mastery
        self.sessionScores = sessionScores
        self.duePerDay = duePerDay
    }

    package static func == (a: ProgressData, b: ProgressData) -> Bool {
        a.mastery.map(\.section) == b.mastery.map(\.section) && a.mastery.map(\.share) == b.mastery.map(\.share)
            && a.sessionScores.map(\.correct) == b.sessionScores.map(\.correct) && a.duePerDay == b.duePerDay
    }

    /// Computes progress from review states and sessions; pure.
    package static func compute(
        items: [Item], sections: [Section], states: [String: ReviewState], sessions: [SessionSummary],
        scheduler: Scheduler,
        now: Date
    ) -> ProgressData {
        let mastery = sections.map { section -> (String, Double) in
            // One state a teaching point: the forms of a point share it.
            let points = Set(items.filter { $0.section == section.id }.map(\.teachingPoint))
            let inSection = points.sorted().map { states[$0] }
            return (section.id, Mastery.share(of: inSection, scheduler: scheduler, at: now))
        }
        let perDay = ReviewForecast.duePerDay(states.values, from: now)
        let scores = sessions.filter { $0.attempted > 0 }.map { ($0.startedAt, $0.attempted, $0.correct) }
        return ProgressData(mastery: mastery, sessionScores: scores, duePerDay: perDay)
    }
}
