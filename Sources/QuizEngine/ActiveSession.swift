import Foundation
import LearnerModel
import Scheduling

/// One answer in a session, and what the schedule made of it.
public struct Outcome: Sendable, Equatable {
    public var topic: String
    public var itemID: String
    public var chosen: Int
    public var correct: Bool
    public var confidence: Grading.Confidence?
    /// When it will be asked again; nil in exam mode.
    public var due: Date?
    public var attemptID: AttemptID?
}

/// A session under way.
public struct ActiveSession: Sendable, Equatable {
    /// The store's id for it; nil until the store has started it.
    public var id: SessionID?
    public var mode: SessionMode
    public var section: String?
    /// The topic asked from; nil for a session across the learner's topics.
    public var topic: String?
    public var queue: [Asked]
    public var position = 0
    /// Times each teaching point was put back after a miss.
    public var retries: [String: Int] = [:]
    public var outcomes: [Outcome] = []
    public var shownAt: Date
    /// Waiting for the store to confirm the last answer is saved; feedback is not shown until then.
    public var pendingSave = false
    /// What to put back on undo: the queue and review state before each answer.
    var undoStack: [UndoPoint] = []

    struct UndoPoint: Sendable, Equatable {
        var queue: [Asked]
        var position: Int
        var retries: [String: Int]
        var outcomes: Int
        var topic: String
        var itemID: String
        var pointID: String
        var state: ReviewState?
        var lastResult: Bool?
        var answerTimes: [Date]?
    }

    public var current: Asked? { position < queue.count ? queue[position] : nil }
    public var currentItemID: String? { current?.item }
    public var lastOutcome: Outcome? { outcomes.last }
    /// A missed item comes back after at least this many others.
    static let retryGap = 3
    static let maximumRetries = 2
}

extension ActiveSession {
    /// Each question's first answer in the session, in the order first asked: a question asked again counts once.
    public var firstTries: [Outcome] {
        var seen = Set<Asked>()
        return outcomes.filter { seen.insert(Asked(topic: $0.topic, item: $0.itemID)).inserted }
    }

    /// First-try results: how many questions, how many right the first time.
    public var score: (asked: Int, correct: Int) {
        let firsts = firstTries
        return (firsts.count, firsts.filter(\.correct).count)
    }

    /// The questions answered wrongly at least once, each once, in the order first missed.
    public var missed: [Asked] {
        var seen = Set<Asked>()
        return outcomes.map { (Asked(topic: $0.topic, item: $0.itemID), $0.correct) }
            .filter { !$0.1 && seen.insert($0.0).inserted }.map(\.0)
    }
}
