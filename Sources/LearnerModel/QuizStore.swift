import Foundation
import Scheduling

/// What the quiz writes and reads while a learner answers: every backend implements it (SQLite, and the in-memory
/// store the tests use), and one shared test suite holds them all to the same behaviour.
///
/// History is kept by topic: a review state, a last result or an answer belongs to one bank, and ids are only unique
/// within a bank, so every read names the bank.
public protocol QuizStore: AnyObject {
    /// The learner's review states in one bank, by teaching point.
    func reviewStates(learnerID: LearnerID, bankID: String) throws -> [String: ReviewState]
    /// Each teaching point's last answer in the bank: right or wrong.
    func lastResults(learnerID: LearnerID, bankID: String) throws -> [String: Bool]
    /// Teaching points forgotten (rated Again from Review) since `since`.
    func lapsedItems(learnerID: LearnerID, bankID: String, since: Date) throws -> Set<String>
    /// How many teaching points of the bank were seen for the first time since `since` (for the daily limit).
    func introducedCount(learnerID: LearnerID, bankID: String, since: Date) throws -> Int
    /// When each teaching point of the bank was answered with the schedule moving (not in exams), oldest first.
    func answerTimes(learnerID: LearnerID, bankID: String) throws -> [String: [Date]]
    func startSession(_ session: NewSession) throws -> SessionID
    func endSession(_ id: SessionID, at: Date) throws
    /// The station, OS user and signed-in nurse the store's audit events name (the trainer sets the nurse on sign-in).
    var auditContext: AuditContext { get set }
    /// Records an answer durably before returning; returns the attempt id.
    func recordAnswer(_ answer: AnswerRecord) throws -> AttemptID
    /// Removes the session's last answer and restores the review state it replaced; returns the item id.
    func undoLastAnswer(sessionID: SessionID) throws -> String?
    /// Names of every learner, in order.
    func learnerNames() throws -> [String]
    /// The learner with this name or code, added if there is none.
    func findOrAddLearner(_ name: String, at date: Date) throws -> Learner
    func updateSettings(_ settings: LearnerSettings, learnerID: LearnerID) throws
    /// The learner's sessions with answers in the bank (nil: every session), each counting only that bank's answers.
    func sessionSummaries(learnerID: LearnerID, bankID: String?) throws -> [SessionSummary]
    /// The learner's education plan, in the order the topics were assigned.
    func plan(learnerID: LearnerID) throws -> [PlanEntry]
    /// Adds a topic to the plan, or changes its date.
    func setPlanEntry(_ entry: PlanEntry, learnerID: LearnerID) throws
    /// Takes a topic off the plan (its history stays); false if it was not on it.
    func removePlanEntry(bankID: String, learnerID: LearnerID) throws -> Bool
    /// The banks the learner has answered questions in.
    func banksAnswered(learnerID: LearnerID) throws -> [String]
    /// Saves one teach-back result durably before returning; returns its id.
    func recordTeachBack(_ record: TeachBackRecord) throws -> TeachBackID
    /// Removes a teach-back result (undo); false if there is none with this id.
    func removeTeachBack(id: TeachBackID) throws -> Bool
    /// The learner's teach-back results in one bank (nil: every bank), oldest first.
    func teachBacks(learnerID: LearnerID, bankID: String?) throws -> [TeachBackRecord]
    /// Each session in which a teaching point of the bank was missed (answered wrongly at least once), oldest first.
    func pointMisses(learnerID: LearnerID, bankID: String) throws -> [PointMiss]
}
