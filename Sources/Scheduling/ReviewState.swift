import Foundation

/// Where a learner is with one item: the scheduler's memory of it.
///
/// One shape serves both algorithms. For FSRS, `stability` and `difficulty` are the model's; for SM-2,
/// `stability` is the interval in days and `difficulty` the easiness factor (EF).
public struct ReviewState: Sendable, Equatable, Hashable {
    public enum Phase: String, Sendable, CaseIterable {
        case learning = "Learning"
        case review = "Review"
        case relearning = "Relearning"
    }

    public var phase: Phase
    /// The learning or relearning step; nil in Review.
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?
    /// Reviews so far.
    public var reps: Int
    /// Times a Review-phase item was forgotten.
    public var lapses: Int
    /// Successful reviews in a row (SM-2's repetition number).
    public var streak: Int

    public init(
        phase: Phase = .learning, step: Int? = 0, stability: Double? = nil, difficulty: Double? = nil, due: Date,
        lastReview: Date? = nil, reps: Int = 0, lapses: Int = 0, streak: Int = 0
    ) {
        self.phase = phase
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
        self.streak = streak
    }

    /// A new item, due now.
    public static func new(at now: Date) -> ReviewState { ReviewState(due: now) }
}

/// How well an item was recalled, as FSRS and Anki name it.
public enum Rating: Int, Sendable, CaseIterable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4
}

/// Which spaced-repetition algorithm schedules a learner's reviews.
public enum Algorithm: String, Sendable, CaseIterable {
    case fsrs
    case sm2
}
