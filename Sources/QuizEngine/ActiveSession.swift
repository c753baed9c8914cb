import Foundation
import LearnerModel
import Scheduling

/// One answer in a session, and what the schedule made of it.
package struct Outcome: Sendable, Equatable {
    package var topic: String
    package var itemID: String
    package var chosen: Int
    package var correct: Bool
    package var confidence: Grading.Confidence?
    /// When it will be asked again; nil in exam mode.
    package var due: Date?
    package var attemptID: AttemptID?
}

/// A session under way.
package struct ActiveSession: Sendable, Equatable {
    /// The store's id for it; nil until the store has started it.
    package var id: SessionID?
    package var mode: SessionMode
    package var section: String?
    /// The topic asked from; nil for a session across the learner's topics.
    package var topic: String?
    package var queue: [Asked]
    package var position = 0
    /// Times each teaching point was put back after a miss.
    package var retries: [String: Int] = [:]
    package var outcomes: [Outcome] = []
    package var shownAt: Date
    /// Waiting for the store to confirm the last answer is saved; feedback is not shown until then.
    package var pendingSave = false
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

    package var current: Asked? { position < queue.count ? queue[position] : nil }
    package var currentItemID: String? { current?.item }
    package var lastOutcome: Outcome? { outcomes.last }
    /// A missed item comes back after at least this many others.
    static let retryGap = 3
    static let maximumRetries = 2
}

extension ActiveSession {
    /// Each question's first answer in the session, in the order first asked: a question asked again counts once.
    package var firstTries: [Outcome] {
        var seen = Set<Asked>()
        return outcomes.filter { seen.insert(Asked(topic: $0.topic, item: $0.itemID)).inserted }
    }

    /// First-try results: how many questions, how many right the first time.
    package var score: (asked: Int, correct: Int) {
        let firsts = firstTries
        return (firsts.count, firsts.filter(\.correct).count)
    }

    /// The questions answered wrongly at least once, each once, in the order first missed.
    package var missed: [Asked] {
        var seen = Set<Asked>()
        return outcomes.map { (Asked(topic: $0.topic, item: $0.itemID), $0.correct) }
            .filter { !$0.1 && seen.insert($0.0).inserted }.map(\.0)
    }
}
