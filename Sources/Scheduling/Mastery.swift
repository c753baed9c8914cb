import Foundation

/// What "knows it well now" means, for the progress screen and the nurse's report alike.
public enum Mastery {
    /// The recall probability at or above which an item in review counts as known.
    public static let threshold = 0.9

    /// Whether an item with this review state would likely be recalled now.
    public static func isKnown(_ state: ReviewState?, scheduler: Scheduler, at now: Date) -> Bool {
        guard let state else { return false }
        return scheduler.retrievability(state, at: now) >= threshold && state.phase == .review
    }

    /// The share of a group of items (one state each, nil for never seen) that is known now; 0 for no items.
    public static func share(of states: [ReviewState?], scheduler: Scheduler, at now: Date) -> Double {
        guard !states.isEmpty else { return 0 }
        let known = states.filter { isKnown($0, scheduler: scheduler, at: now) }.count
        return Double(known) / Double(states.count)
    }
}

/// How many reviews fall due on each coming day.
public enum ReviewForecast {
    /// Reviews due on each of the next `days` days, today first; overdue reviews count today.
    public static func duePerDay(_ states: some Sequence<ReviewState>, from now: Date, days: Int = 14) -> [Int] {
        var perDay = Array(repeating: 0, count: days)
        for state in states {
            let day = Int((state.due.timeIntervalSince(now) / 86_400).rounded(.down))
            if day < days { perDay[max(0, day)] += 1 }
        }
        return perDay
    }
}
