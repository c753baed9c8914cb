import Foundation
import Scheduling

/// A person who answers questions: a name or a code a nurse assigns, and their settings.
public struct Learner: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var name: String
    public var created: Date
    public var settings: LearnerSettings

    public init(id: Int64, name: String, created: Date, settings: LearnerSettings = .init()) {
        self.id = id
        self.name = name
        self.created = created
        self.settings = settings
    }
}

public struct LearnerSettings: Sendable, Equatable {
    public var algorithm: Algorithm
    public var desiredRetention: Double
    public var newPerDay: Int
    /// Ask "how sure are you?" after each answer.
    public var confidenceStep: Bool

    public init(
        algorithm: Algorithm = .fsrs, desiredRetention: Double = 0.9, newPerDay: Int = 10, confidenceStep: Bool = false
    ) {
        self.algorithm = algorithm
        self.desiredRetention = desiredRetention
        self.newPerDay = newPerDay
        self.confidenceStep = confidenceStep
    }

    public var scheduler: Scheduler { Scheduler(algorithm, desiredRetention: desiredRetention) }
}

/// What kind of session a learner chose.
public enum SessionMode: String, Sendable, CaseIterable, Codable {
    /// Due reviews first, then new questions up to the daily limit.
    case review
    /// Questions last answered wrongly, or forgotten lately.
    case missed
    /// One section's questions.
    case section
    /// A fixed number of questions; the schedule is left alone.
    case exam

    /// Whether answers in this mode move the review schedule.
    public var updatesSchedule: Bool { self != .exam }

    public var title: String {
        switch self {
        case .review: "Practice"
        case .missed: "Review missed questions"
        case .section: "Practise one section"
        case .exam: "Exam"
        }
    }
}

/// A session as it starts.
public struct NewSession: Sendable, Equatable {
    public var learnerID: Int64
    public var mode: SessionMode
    public var section: String?
    public var facilitator: String?
    public var bankID: String
    public var startedAt: Date

    public init(
        learnerID: Int64, mode: SessionMode, section: String? = nil, facilitator: String? = nil, bankID: String,
        startedAt: Date
    ) {
        self.learnerID = learnerID
        self.mode = mode
        self.section = section
        self.facilitator = facilitator
        self.bankID = bankID
        self.startedAt = startedAt
    }
}

/// One answer, everything the store keeps about it, written in one transaction.
public struct AnswerRecord: Sendable, Equatable {
    public var learnerID: Int64
    public var sessionID: Int64
    public var itemID: String
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
        learnerID: Int64, sessionID: Int64, itemID: String, itemVersion: String, section: String, chosen: Int,
        chosenText: String, correct: Bool, confidence: Grading.Confidence? = nil, responseMilliseconds: Int,
        answeredAt: Date, rating: Rating, previousState: ReviewState?, newState: ReviewState?
    ) {
        self.learnerID = learnerID
        self.sessionID = sessionID
        self.itemID = itemID
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

/// An answer as kept: for reports and item analysis.
public struct StoredAttempt: Sendable, Equatable {
    public var id: Int64
    public var sessionID: Int64
    public var itemID: String
    public var itemVersion: String
    public var section: String
    public var chosen: Int
    public var chosenText: String
    public var correct: Bool
    public var confidence: String?
    public var responseMilliseconds: Int
    public var answeredAt: Date

    public init(
        id: Int64, sessionID: Int64, itemID: String, itemVersion: String, section: String, chosen: Int,
        chosenText: String,
        correct: Bool, confidence: String?, responseMilliseconds: Int, answeredAt: Date
    ) {
        self.id = id
        self.sessionID = sessionID
        self.itemID = itemID
        self.itemVersion = itemVersion
        self.section = section
        self.chosen = chosen
        self.chosenText = chosenText
        self.correct = correct
        self.confidence = confidence
        self.responseMilliseconds = responseMilliseconds
        self.answeredAt = answeredAt
    }
}

/// A finished or unfinished session with its counts.
public struct SessionSummary: Sendable, Equatable {
    public var id: Int64
    public var mode: SessionMode
    public var section: String?
    public var facilitator: String?
    public var startedAt: Date
    public var endedAt: Date?
    public var attempted: Int
    public var correct: Int

    public init(
        id: Int64, mode: SessionMode, section: String?, facilitator: String?, startedAt: Date, endedAt: Date?,
        attempted: Int,
        correct: Int
    ) {
        self.id = id
        self.mode = mode
        self.section = section
        self.facilitator = facilitator
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.attempted = attempted
        self.correct = correct
    }
}

/// What the quiz needs from storage. `LearnerStore` implements it on SQLite; tests use an in-memory one.
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
