import Foundation
import LearnerModel
import QuizEngine
import QuestionGeneration
import Scheduling

/// Whether a learner is ready in one topic: every teaching point answered right at its last review and none
/// overdue; otherwise what is missing. With a date to be ready by, whether they are on track for it.
package struct Readiness: Sendable, Equatable {
    package var points: Int
    /// Points never answered (with the schedule moving).
    package var notAsked: Int
    /// Points whose last answer was wrong.
    package var wrongLast: Int
    /// Points due before today and not reviewed.
    package var overdue: Int
    package var readyBy: CalendarDay?
    /// The learner's daily limit of new questions, beside the pace.
    package var dailyLimit: Int
    /// With a date ahead: the pace it needs, for "on track".
    package var pace: Pacing.Pace?

    package var isReady: Bool { points > 0 && notAsked == 0 && wrongLast == 0 && overdue == 0 }

    /// On track for the date: ready, or every point can still be introduced and reviewed in time at the pace the date
    /// sets (which may be above the learner's daily limit: the sentence says so), and nothing is overdue.
    package var onTrack: Bool? {
        guard readyBy != nil else { return nil }
        if isReady { return true }
        guard let pace, !pace.isOver else { return false }
        return !pace.tooLate && overdue == 0
    }

    /// Each teaching point's last answer, right or wrong, from the answers oldest first (an item no longer in the bank
    /// counts for the point its id names).
    package static func lastResults(_ attempts: [StoredAttempt], items: [Item]) -> [String: Bool] {
        let byItem = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var last: [String: Bool] = [:]
        for a in attempts {
            last[byItem[a.itemID]?.teachingPoint ?? TeachingPoint.id(ofItem: a.itemID) ?? a.itemID] = a.correct
        }
        return last
    }

    package static func assess(
        items: [Item], states: [String: ReviewState], lastResults: [String: Bool], readyBy: CalendarDay?,
        dailyLimit: Int, now: Date, timeZone: TimeZone
    ) -> Readiness {
        let points = Set(items.map(\.teachingPoint))
        let today = CalendarDay(now, in: timeZone)
        let startOfToday = today.start(in: timeZone)
        let notAsked = points.filter { states[$0] == nil }.count
        let pace = readyBy.map {
            Pacing.pace(unseen: notAsked, today: today, readyBy: $0, dailyLimit: dailyLimit)
        }
        return Readiness(
            points: points.count, notAsked: notAsked,
            wrongLast: points.filter { states[$0] != nil && lastResults[$0] == false }.count,
            overdue: points.filter { states[$0].map { $0.due < startOfToday } ?? false }.count, readyBy: readyBy,
            dailyLimit: dailyLimit, pace: pace)
    }

    /// "Ready: …" or "Not ready yet: …", then the date's line if there is one.
    package func sentence(dayName: (CalendarDay) -> String, _ r: ReportStrings = Strings().report) -> String {
        var line: String
        if isReady {
            line = r.ready(points)
        } else if points == 0 {
            line = r.noQuestions
        } else {
            var missing: [String] = []
            if notAsked > 0 { missing.append(r.notAsked(notAsked)) }
            if wrongLast > 0 { missing.append(r.wrongLast(wrongLast)) }
            if overdue > 0 { missing.append(r.overdue(overdue)) }
            line = r.notReady(of: points, missing)
        }
        if let readyBy, let onTrack {
            let day = dayName(readyBy)
            if isReady {
                line = r.sentences([line, r.readyBy(day)])
            } else if let pace, pace.daysUntil == 0 {
                line = r.sentences([line, r.isToday(day)])
            } else if let pace, pace.isOver {
                line = r.sentences([line, r.datePassed(day)])
            } else if onTrack, let pace {
                line = r.sentences([
                    line,
                    r.onTrack(
                        day, daysLeft: pace.daysUntil, perDay: pace.neededPerDay,
                        limit: pace.exceedsLimit ? dailyLimit : nil),
                ])
            } else if let pace {
                var why: [String] = []
                if pace.tooLate { why.append(r.tooLate) }
                if overdue > 0 { why.append(r.reviewsOverdue) }
                line = r.sentences([line, r.behind(day, why)])
            }
        }
        return line
    }
}
