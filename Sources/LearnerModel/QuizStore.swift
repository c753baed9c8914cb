import Foundation
import Scheduling

/// What the quiz writes and reads while a learner answers: every backend implements it (SQLite, and the in-memory
/// store the tests use), and one shared test suite holds them all to the same behaviour.
public protocol QuizStore: AnyObject {
    func reviewStates(learnerID: Int64) throws -> [String: ReviewState]
    /// Each item's last answer: right or wrong.
    func lastResults(learnerID: Int64) throws -> [String: Bool]
    /// Items forgotten (rated Again from Review) since `since`.
    func lapsedItems(learnerID: Int64, since: Date) throws -> Set<String>
    /// How many items were seen for the first time since `since` (for the daily limit on new items).
    func introducedCount(learnerID: Int64, since: Date) throws -> Int
    func startSession(_ session: NewSession) throws -> Int64
    func endSession(_ id: Int64, at: Date) throws
    /// Records an answer durably before returning; returns the attempt id.
    func recordAnswer(_ answer: AnswerRecord) throws -> Int64
    /// Removes the session's last answer and restores the review state it replaced; returns the item id.
    func undoLastAnswer(sessionID: Int64) throws -> String?
    /// Names of every learner, in order.
    func learnerNames() throws -> [String]
    /// The learner with this name or code, added if there is none.
    func findOrAddLearner(_ name: String, at date: Date) throws -> Learner
    func updateSettings(_ settings: LearnerSettings, learnerID: Int64) throws
    func sessionSummaries(learnerID: Int64) throws -> [SessionSummary]
}
