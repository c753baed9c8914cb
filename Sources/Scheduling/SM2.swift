import Foundation

/// SuperMemo's SM-2: easiness factor from 2.5 (floor 1.3), intervals 1, 6, then the previous interval × EF.
///
/// A quality below 3 starts the repetitions again (interval 1 day) and leaves EF as it was, as in
/// Woźniak's description; the interval after the second repetition uses the EF from before the update,
/// rounded up to whole days.
public struct SM2: Sendable, Equatable {
    public static let initialEF = 2.5
    public static let minimumEF = 1.3

    public init() {}

    /// SM-2 quality (0–5) for a four-button rating: Again 1, Hard 3, Good 4, Easy 5.
    public static func quality(for rating: Rating) -> Int {
        switch rating {
        case .again: 1
        case .hard: 3
        case .good: 4
        case .easy: 5
        }
    }

    /// Reviews an item with an SM-2 quality from 0 to 5.
    public func review(_ state: ReviewState, quality: Int, at date: Date) -> ReviewState {
        var card = state
        let ef = card.difficulty ?? Self.initialEF
        let previousInterval = card.stability ?? 0
        let intervalDays: Double
        if quality < 3 {
            if card.phase == .review { card.lapses += 1 }
            card.phase = card.streak > 0 || card.phase != .learning ? .relearning : .learning
            card.step = 0
            card.streak = 0
            card.difficulty = ef
            intervalDays = 1
        } else {
            card.streak += 1
            switch card.streak {
            case 1: intervalDays = 1
            case 2: intervalDays = 6
            default: intervalDays = (previousInterval * ef).rounded(.up)
            }
            let q = Double(5 - quality)
            card.difficulty = max(Self.minimumEF, ef + (0.1 - q * (0.08 + q * 0.02)))
            card.phase = .review
            card.step = nil
        }
        card.stability = intervalDays
        card.due = date.addingTimeInterval(intervalDays * 86_400)
        card.lastReview = date
        card.reps += 1
        return card
    }
}

/// A learner's choice of scheduler, ready to review items.
public enum Scheduler: Sendable, Equatable {
    case fsrs(FSRS)
    case sm2(SM2)

    public init(_ algorithm: Algorithm, desiredRetention: Double = 0.9) {
        switch algorithm {
        case .fsrs: self = .fsrs(FSRS(desiredRetention: desiredRetention))
        case .sm2: self = .sm2(SM2())
        }
    }

    public var algorithm: Algorithm {
        switch self {
        case .fsrs: .fsrs
        case .sm2: .sm2
        }
    }

    /// Reviews an item; `fuzz` (FSRS only) draws a uniform number in [0, 1).
    public func review(_ state: ReviewState, rating: Rating, at date: Date, fuzz: (() -> Double)? = nil) -> ReviewState
    {
        switch self {
        case .fsrs(let f): f.review(state, rating: rating, at: date, fuzz: fuzz)
        case .sm2(let s): s.review(state, quality: SM2.quality(for: rating), at: date)
        }
    }

    /// The chance of recalling the item at `date`. For SM-2, an estimate on FSRS's curve with S = interval.
    public func retrievability(_ state: ReviewState, at date: Date) -> Double {
        switch self {
        case .fsrs(let f): f.retrievability(state, at: date)
        case .sm2: FSRS().retrievability(state, at: date)
        }
    }
}

/// How a multiple-choice answer becomes a rating.
public enum Grading {
    /// How sure the learner said they were, when the confidence step is on.
    public enum Confidence: String, Sendable, CaseIterable {
        case sure
        case notSure = "not-sure"
        case guessed
    }

    /// Wrong → Again; right → Good; right but not sure → Hard; right but guessed → Again.
    public static func rating(correct: Bool, confidence: Confidence?) -> Rating {
        guard correct else { return .again }
        switch confidence {
        case nil, .sure?: return .good
        case .notSure?: return .hard
        case .guessed?: return .again
        }
    }
}
