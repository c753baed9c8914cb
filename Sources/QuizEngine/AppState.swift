import ContentModel
import Foundation
import QuestionGeneration
import LearnerModel
import Scheduling

/// Everything the quiz runner shows and remembers, as a value: `reduce` applies intents and the store's answers to
/// it, `view` describes it for the renderers.
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
        /// The sentences of every screen.
        public var strings: Strings

        public init(
            bank: Bank, items: [Item], startMode: SessionMode? = nil, startSection: String? = nil, count: Int? = nil,
            seed: UInt64 = 1, timeZone: TimeZone = .current, strings: Strings = Strings()
        ) {
            self.strings = strings
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
