import Foundation
import QuestionGeneration
import Scheduling

/// Whether a learner is ready in one topic: every teaching point answered right at its last review and none
/// overdue; otherwise what is missing. With a date to be ready by, whether they are on track for it.
public struct Readiness: Sendable, Equatable {
    public var points: Int
    /// Points never answered (with the schedule moving).
    public var notAsked: Int
    /// Points whose last answer was wrong.
    public var wrongLast: Int
    /// Points due before today and not reviewed.
    public var overdue: Int
    public var readyBy: CalendarDay?
    /// The learner's daily limit of new questions, beside the pace.
    public var dailyLimit: Int
    /// With a date ahead: the pace it needs, for "on track".
    public var pace: Pacing.Pace?

    public var isReady: Bool { points > 0 && notAsked == 0 && wrongLast == 0 && overdue == 0 }

    /// On track for the date: ready, or every point can still be introduced and reviewed in time at the pace the date
    /// sets (which may be above the learner's daily limit: the sentence says so), and nothing is overdue.
    public var onTrack: Bool? {
        guard readyBy != nil else { return nil }
        if isReady { return true }
        guard let pace, !pace.isOver else { return false }
        return !pace.tooLate && overdue == 0
    }

    public static func assess(
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
    public func sentence(dayName: (CalendarDay) -> String) -> String {
        func count(_ n: Int) -> String { n == 1 ? "1 teaching point" : "\(n) teaching points" }
        var line: String
        if isReady {
            line = "Ready: every teaching point (\(points)) was answered right at its last review, and none is overdue."
        } else if points == 0 {
            line = "Not ready yet: this topic has no questions."
        } else {
            var missing: [String] = []
            if notAsked > 0 { missing.append("\(notAsked) not yet asked") }
            if wrongLast > 0 { missing.append("\(wrongLast) answered wrongly at the last review") }
            if overdue > 0 { missing.append("\(overdue) overdue for review") }
            line = "Not ready yet, of \(count(points)): \(missing.joined(separator: "; "))."
        }
        if let readyBy, let onTrack {
            let day = dayName(readyBy)
            if isReady {
                line += " Ready by \(day)."
            } else if let pace, pace.daysUntil == 0 {
                line += " \(day) is today."
            } else if let pace, pace.isOver {
                line += " The date to be ready by, \(day), has passed."
            } else if onTrack, let pace {
                line +=
                    " On track for \(day): \(pace.daysUntil) day\(pace.daysUntil == 1 ? "" : "s") left"
                    + (pace.neededPerDay > 0 ? ", \(pace.neededPerDay) new a day" : "")
                    + (pace.exceedsLimit ? " (more than the daily limit of \(dailyLimit))." : ".")
            } else if let pace {
                var why: [String] = []
                if pace.tooLate { why.append("too close to introduce every point in time") }
                if overdue > 0 { why.append("reviews are overdue") }
                line += " Behind for \(day): \(why.joined(separator: "; "))."
            }
        }
        return line
    }
}
