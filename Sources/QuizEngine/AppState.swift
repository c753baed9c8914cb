import ContentModel
import Foundation
import QuestionGeneration
import Scheduling

/// Everything the quiz runner shows and remembers, as a value; `reduce` changes it, `render` draws it.
public struct AppState: Sendable {
    /// What stays fixed for a run: the bank, its items and the command line's choices.
    public struct Context: Sendable {
        public var bank: Bank
        public var items: [Item]
        public var itemsByID: [String: Item]
        public var planner: SessionPlanner
        /// A mode chosen on the command line starts straight away once a learner is chosen.
        public var startMode: SessionMode?
        public var startSection: String?
        public var count: Int?
        public var seed: UInt64
        /// The learner's time zone, for dates on screen.
        public var timeZone: TimeZone

        public init(
            bank: Bank, items: [Item], startMode: SessionMode? = nil, startSection: String? = nil, count: Int? = nil,
            seed: UInt64 = 1, timeZone: TimeZone = .current
        ) {
            self.timeZone = timeZone
            self.bank = bank
            self.items = items
            self.itemsByID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            self.planner = SessionPlanner(items: items, sectionOrder: bank.sections.map(\.id))
            self.startMode = startMode
            self.startSection = startSection
            self.count = count
            self.seed = seed
        }
    }

    public enum Screen: Sendable, Equatable {
        case learnerPicker(selected: Int, typed: String)
        case home(selected: Int)
        case question(selected: Int)
        case confidence(chosen: Int, selected: Int)
        case feedback
        case summary
        case progress(ProgressData?)
        case sectionPicker(selected: Int, forReading: Bool)
        case settings(selected: Int)
        case facilitatorEntry(typed: String)
    }

    public enum Overlay: Sendable, Equatable {
        case help
        case reading(section: Int, scroll: Int)
    }

    public var context: Context
    public var screen: Screen
    public var overlay: Overlay?
    public var learnerNames: [String] = []
    public var learner: Learner?
    public var history = SessionPlanner.History()
    public var session: ActiveSession?
    /// The last finished session, for the summary screen.
    public var finished: ActiveSession?
    public var facilitator: String?
    /// A one-line notice under the title, such as an error or "Answer undone".
    public var notice: String?
    public var isFinished = false
    /// Scroll offset of the current screen's body, for small windows.
    public var scroll = 0
    public var now: Date

    public init(context: Context, facilitator: String? = nil, now: Date) {
        self.context = context
        self.facilitator = facilitator
        self.screen = .learnerPicker(selected: 0, typed: "")
        self.now = now
    }
}

/// One answer in a session, and what the schedule made of it.
public struct Outcome: Sendable, Equatable {
    public var itemID: String
    public var chosen: Int
    public var correct: Bool
    public var confidence: Grading.Confidence?
    /// When it will be asked again; nil in exam mode.
    public var due: Date?
    public var attemptID: Int64?
}

/// A session under way.
public struct ActiveSession: Sendable, Equatable {
    public var id: Int64
    public var mode: SessionMode
    public var section: String?
    public var queue: [String]
    public var position = 0
    public var retries: [String: Int] = [:]
    public var outcomes: [Outcome] = []
    public var shownAt: Date
    /// Waiting for the store to confirm the last answer is saved; feedback is not shown until then.
    public var pendingSave = false
    /// What to put back on undo: the queue and review state before each answer.
    var undoStack: [UndoPoint] = []

    struct UndoPoint: Sendable, Equatable {
        var queue: [String]
        var position: Int
        var retries: [String: Int]
        var outcomes: Int
        var itemID: String
        var state: ReviewState?
        var lastResult: Bool?
    }

    public var currentItemID: String? { position < queue.count ? queue[position] : nil }
    public var lastOutcome: Outcome? { outcomes.last }
    /// A missed item comes back after at least this many others.
    static let retryGap = 3
    static let maximumRetries = 2
}

/// What the runner must do for the engine: talk to the store. Results come back as events.
public enum Effect: Sendable, Equatable {
    case loadLearners
    case openLearner(name: String)
    case loadHistory
    case startSession(NewSession, plan: [String])
    case record(AnswerRecord)
    case undo(sessionID: Int64)
    case endSession(id: Int64)
    case saveSettings(LearnerSettings)
    case loadProgress
}

/// What happens to the engine: keys, and the store's answers.
public enum Event: Sendable {
    case key(Key)
    case learnersLoaded([String])
    case learnerOpened(Learner)
    case historyLoaded(SessionPlanner.History)
    case sessionStarted(id: Int64)
    case answerSaved(attemptID: Int64)
    case undone(itemID: String?)
    case progressLoaded(ProgressData)
    case failed(String)
}

/// What the progress screen shows.
public struct ProgressData: Sendable, Equatable {
    /// Share of each section's items the learner would likely recall now (R ≥ 0.9), by section order.
    public var mastery: [(section: String, share: Double)]
    /// Percent right in each session, oldest first.
    public var sessionScores: [(date: Date, attempted: Int, correct: Int)]
    /// Reviews falling due on each of the next 14 days (today first, counting overdue today).
    public var duePerDay: [Int]

    public init(
        mastery: [(section: String, share: Double)], sessionScores: [(date: Date, attempted: Int, correct: Int)],
        duePerDay: [Int]
    ) {
        self.mastery = mastery
        self.sessionScores = sessionScores
        self.duePerDay = duePerDay
    }

    public static func == (a: ProgressData, b: ProgressData) -> Bool {
        a.mastery.map(\.section) == b.mastery.map(\.section) && a.mastery.map(\.share) == b.mastery.map(\.share)
            && a.sessionScores.map(\.correct) == b.sessionScores.map(\.correct) && a.duePerDay == b.duePerDay
    }

    /// Computes progress from review states and sessions; pure.
    public static func compute(
        items: [Item], sections: [Section], states: [String: ReviewState], sessions: [SessionSummary],
        scheduler: Scheduler,
        now: Date
    ) -> ProgressData {
        let mastery = sections.map { section -> (String, Double) in
            let inSection = items.filter { $0.section == section.id }
            guard !inSection.isEmpty else { return (section.id, 0) }
            let known = inSection.filter { item in
                states[item.id].map { scheduler.retrievability($0, at: now) >= 0.9 && $0.phase == .review } ?? false
            }
            return (section.id, Double(known.count) / Double(inSection.count))
        }
        var perDay = Array(repeating: 0, count: 14)
        for state in states.values {
            let day = Int((state.due.timeIntervalSince(now) / 86_400).rounded(.down))
            if day < 14 { perDay[max(0, day)] += 1 }
        }
        let scores = sessions.filter { $0.attempted > 0 }.map { ($0.startedAt, $0.attempted, $0.correct) }
        return ProgressData(mastery: mastery, sessionScores: scores, duePerDay: perDay)
    }
}
