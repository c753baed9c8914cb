import Foundation

/// A day on the calendar (the treatment date, today), without a time: what a nurse writes as 2026-12-12.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (proleptic Gregorian).
    public var number: Int

    public init(number: Int) { self.number = number }

    public init?(year: Int, month: Int, day: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month, day: day)
        guard (1...12).contains(month), (1...31).contains(day), components.isValidDate(in: calendar),
            let date = calendar.date(from: components)
        else { return nil }
        number = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    /// `2026-12-12`; nil for anything else, including days that do not exist (2026-02-30).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `date` falls on in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        number = Int((seconds / 86_400).rounded(.down))
    }

    /// Year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents(
            [.year, .month, .day], from: Date(timeIntervalSince1970: Double(number) * 86_400))
        return (c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    }

    /// `2026-12-12`.
    public var description: String {
        let (y, m, d) = components
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// The first instant of the day in `timeZone`.
    public func start(in timeZone: TimeZone) -> Date {
        let utc = Date(timeIntervalSince1970: Double(number) * 86_400)
        return utc.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: utc)))
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.number < b.number }
}

/// Pacing new questions to a date the patient must be ready by (a treatment, the next visit).
///
/// The promise: every teaching point is introduced early enough to be reviewed on at least two later days before the
/// date. A point introduced on day d is reviewed on d+1 and d+2 at the earliest (one answer a day counts), and the
/// last day to study is the day before the date, so the last day to introduce one is three days before it. New
/// points are spread evenly over the days left for introducing them; the learner's daily limit is the ceiling, and
/// when the date is too close for that the pace goes above it and says so (`exceedsLimit`), for the nurse.
public enum Pacing {
    /// Reviews on later days that every point gets before the date.
    public static let reviewsBeforeDate = 2

    public struct Pace: Sendable, Equatable {
        /// Days from today until the date (0 on the date itself; negative after it).
        public var daysUntil: Int
        /// Days left on which a new point can still be introduced in time, today included.
        public var introductionDaysLeft: Int
        /// Points not yet introduced.
        public var unseen: Int
        /// New points to introduce today.
        public var newToday: Int
        /// New points a day from now on, to be in time.
        public var neededPerDay: Int
        /// The pace is above the learner's daily limit: the nurse should know, and may choose a later date.
        public var exceedsLimit: Bool
        /// Some points can no longer be introduced early enough for two reviews before the date.
        public var tooLate: Bool
        /// The date has passed (or is today): ordinary scheduling applies.
        public var isOver: Bool { daysUntil <= 0 }
    }

    public static func pace(unseen: Int, today: CalendarDay, readyBy: CalendarDay, dailyLimit: Int) -> Pace {
        let daysUntil = readyBy.number - today.number
        // Introduce on day t; review on t+1 and t+2; all before the date: t ≤ date − 3.
        let introductionDays = max(0, daysUntil - reviewsBeforeDate)
        guard daysUntil > 0 else {
            return Pace(
                daysUntil: daysUntil, introductionDaysLeft: 0, unseen: unseen, newToday: min(unseen, dailyLimit),
                neededPerDay: 0, exceedsLimit: false, tooLate: false)
        }
        let needed =
            unseen == 0 ? 0 : introductionDays == 0 ? unseen : (unseen + introductionDays - 1) / introductionDays
        return Pace(
            daysUntil: daysUntil, introductionDaysLeft: introductionDays, unseen: unseen, newToday: min(unseen, needed),
            neededPerDay: needed, exceedsLimit: needed > dailyLimit, tooLate: introductionDays == 0 && unseen > 0)
    }

    /// Whether a point must be asked today to get its reviews in before the date, whatever its schedule says: it has
    /// been answered on fewer than `reviewsBeforeDate` days after the one it was introduced on, and not yet today.
    /// `answerDays` are the days it was answered (the schedule's answers only), in any order.
    public static func needsReviewToday(
        answerDays: some Collection<CalendarDay>, today: CalendarDay, readyBy: CalendarDay
    )
        -> Bool
    {
        guard today < readyBy, let first = answerDays.min(), !answerDays.contains(today) else { return false }
        let later = Set(answerDays.filter { $0 > first })
        return later.count < reviewsBeforeDate
    }

    /// Whether the point has had its introduction and both reviews, each on its own day.
    public static func isSecured(answerDays: some Collection<CalendarDay>) -> Bool {
        Set(answerDays).count >= 1 + reviewsBeforeDate
    }
}
