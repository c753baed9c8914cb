import Foundation
import Scheduling

/// One answer, everything the store keeps about it, written in one transaction.
public struct AnswerRecord: Sendable, Equatable {
    public var learnerID: LearnerID
    public var sessionID: SessionID
    /// The bank (topic) the question comes from: item and teaching-point ids are unique within one bank.
    public var bankID: String
    /// The question asked (one form of its teaching point).
    public var itemID: String
    /// The teaching point the review state belongs to: the item's forms share one.
    public var pointID: String
    public var itemVersion: String
    public var section: String
    public var chosen: Int
    public var chosenText: String
    public var correct: Bool
    public var confidence: Grading.Confidence?
    public var responseMilliseconds: Int
    public var answeredAt: Date
    public var rating: Rating
    /// The review state before this answer (nil for an item never seen), kept so undo restores it exactly.
    public var previousState: ReviewState?
    /// The review state after; nil when the schedule is left alone (exam mode).
    public var newState: ReviewState?

    public init(
        learnerID: LearnerID, sessionID: SessionID, bankID: String, itemID: String, pointID: String? = nil,
        itemVersion: String,
        section: String, chosen: Int,
        chosenText: String, correct: Bool, confidence: Grading.Confidence? = nil, responseMilliseconds: Int,
        answeredAt: Date, rating: Rating, previousState: ReviewState?, newState: ReviewState?
    ) {
        self.learnerID = learnerID
        self.sessionID = sessionID
        self.bankID = bankID
        self.itemID = itemID
        self.pointID = pointID ?? itemID
        self.itemVersion = itemVersion
        self.section = section
        self.chosen = chosen
        self.chosenText = chosenText
        self.correct = correct
        self.confidence = confidence
        self.responseMilliseconds = responseMilliseconds
        self.answeredAt = answeredAt
        self.rating = rating
        self.previousState = previousState
        self.newState = newState
    }
}

extension AnswerRecord {
    /// The answer as it would have been had its station seen `current`, the review state another station wrote a
    /// moment before: the state it replaced is `current` (so undo restores it) and the new state is reviewed from it.
    /// A store calls this when the state it holds is not the `previousState` the answer was computed from, so two
    /// stations answering for one learner at once never lose one another's update. Fuzz is the middle of its range.
    public func rebased(onto current: ReviewState?, settings: LearnerSettings) -> AnswerRecord {
        var answer = self
        answer.previousState = current
        guard newState != nil else { return answer }
        answer.newState = settings.scheduler.review(
            current ?? .new(at: answeredAt), rating: rating, at: answeredAt, fuzz: { 0.5 })
        return answer
    }

    /// Whether a stored state is the one this answer was computed from.
    public func wasComputed(from stored: ReviewState?) -> Bool { stored == previousState }
}
