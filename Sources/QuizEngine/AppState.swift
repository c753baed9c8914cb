import ContentModel
import Foundation
import QuestionGeneration
import LearnerModel
import Scheduling

/// Everything the quiz runner shows and remembers, as a value: `reduce` applies intents and the store's answers to
/// it, `view` describes it for the renderers.
package struct AppState: Sendable {
    /// What stays fixed for a run: the topics there are, the one to open first, and the command line's choices.
    package struct Context: Sendable {
        /// The topic open first (the one `--topic` or `--bank` chose, else the first there is).
        package var initial: Topic
        /// Every topic there is (the built-in banks, the library's, `--bank`), in order; opened when needed.
        package var catalogue: [TopicInfo]
        /// `--topic` or `--bank` chose the topic: the learner goes straight to it.
        package var topicChosen: Bool
        /// A station several patients use: no screen a patient sees shows another learner's name or code. The
        /// learner picker lists no one (each patient types their own code), and "next learner" is the nurse's.
        package var sharedStation: Bool = false
        /// A mode chosen on the command line starts straight away once a learner is chosen.
        package var startMode: SessionMode?
        package var startSection: String?
        package var count: Int?
        package var seed: UInt64
        /// The learner's time zone, for dates on screen.
        package var timeZone: TimeZone
        /// The sentences of every screen.
        package var strings: Strings
        /// After this long with no key the session ends, the nurse is signed out and the welcome screen comes back
        /// (nil: never). `AppState.defaultIdleTimeout` gives the default for a kind of station.
        package var idleTimeout: TimeInterval?

        package init(
            topic: Topic, catalogue: [TopicInfo]? = nil, topicChosen: Bool = false, sharedStation: Bool = false,
            startMode: SessionMode? = nil,
            startSection: String? = nil, count: Int? = nil, seed: UInt64 = 1, timeZone: TimeZone = .current,
            strings: Strings = Strings(), idleTimeout: TimeInterval? = nil
        ) {
            self.strings = strings
            self.idleTimeout = idleTimeout
            self.timeZone = timeZone
            self.initial = topic
            var catalogue = catalogue ?? [topic.info]
            if !catalogue.contains(where: { $0.id == topic.id }) { catalogue.insert(topic.info, at: 0) }
            self.catalogue = catalogue
            self.topicChosen = topicChosen
            self.sharedStation = sharedStation
            self.startMode = startMode
            self.startSection = startSection
            self.count = count
            self.seed = seed
        }

        /// One topic: the bank and its items.
        package init(
            bank: Bank, items: [Item], startMode: SessionMode? = nil, startSection: String? = nil, count: Int? = nil,
            seed: UInt64 = 1, timeZone: TimeZone = .current, strings: Strings = Strings()
        ) {
            self.init(
                topic: Topic(bank: bank, items: items), startMode: startMode, startSection: startSection, count: count,
                seed: seed, timeZone: timeZone, strings: strings)
        }
    }

    package enum Screen: Sendable, Equatable {
        case learnerPicker(selected: Int, typed: String)
        /// The learner's topics, when there are several.
        case topics(selected: Int)
        case home(selected: Int)
        case question(selected: Int)
        case confidence(chosen: Int, selected: Int)
        case feedback
        case summary
        case progress(ProgressData?)
        case sectionPicker(selected: Int, forReading: Bool)
        case settings(selected: Int)
        /// The nurse's plan screen: every topic there is, on the plan or not, with its date.
        case plan(selected: Int)
        /// A nurse signing in: their account's name, then the secret (never shown, never kept past the attempt).
        case signIn(SignInForm)
        /// The nurse's teach-back step (`AppState.teachBack`), the focus on one of the four results.
        case teachBack(selected: Int)
        /// A note for the teach-back point shown, being typed.
        case teachBackNote(typed: String)
        /// The nurse's roster (`AppState.roster`).
        case roster
    }

    package enum Overlay: Sendable, Equatable {
        case help
        case reading(section: Int, scroll: Int)
    }

    package internal(set) var context: Context
    package internal(set) var screen: Screen
    package internal(set) var overlay: Overlay?
    /// The topic of the passage open over the screen, when a question from another topic opened it.
    package internal(set) var readingTopicID: String?
    package internal(set) var learnerNames: [String] = []
    package internal(set) var learner: Learner?
    /// The topic open now (a session across topics also asks from others).
    package internal(set) var current: Topic
    /// Topics opened so far, by id (the current one included).
    package internal(set) var loadedTopics: [String: Topic]
    /// The learner's topics, in order: the plan's, then others they answered; every topic when there are neither.
    package internal(set) var learnerTopics: [String] = []
    /// The learner's history in each of their topics.
    package internal(set) var histories: [String: SessionPlanner.History] = [:]
    /// The learner's education plan.
    package internal(set) var plan: [PlanEntry] = []
    package internal(set) var session: ActiveSession?
    /// The last finished session, for the summary screen.
    package internal(set) var finished: ActiveSession?
    /// The nurse signed in on this station, who leads the sessions (everything a nurse does needs one).
    package internal(set) var nurse: SignedInNurse?
    /// The signed-in nurse as charts name them.
    package var facilitator: String? { nurse?.displayName }
    /// The roster last loaded, while the nurse looks at it.
    package internal(set) var roster: [RosterEntry] = []
    /// The nurse's teach-back step under way.
    package internal(set) var teachBack: TeachBackStep?
    /// A one-line notice under the title, such as an error or "Answer undone".
    package internal(set) var notice: String?
    package internal(set) var isFinished = false
    /// Scroll offset of the current screen's body, for small windows.
    package internal(set) var scroll = 0
    package internal(set) var now: Date
    /// When the last key was pressed (or the run began), for the idle lock.
    package internal(set) var lastInput: Date
    /// The "Still there?" warning is showing: the next key only takes it away.
    package internal(set) var idleWarned = false
    /// The station locked after an idle time and nobody has opened a learner since (the notice says so; it is no
    /// error).
    package internal(set) var endedAfterIdle = false

    package init(context: Context, nurse: SignedInNurse? = nil, now: Date) {
        self.context = context
        self.nurse = nurse
        self.screen = .learnerPicker(selected: 0, typed: "")
        self.now = now
        self.lastInput = now
        self.current = context.initial
        self.loadedTopics = [context.initial.id: context.initial]
    }

    /// The idle time after which a station locks: 3 minutes on a station several patients use, 15 otherwise.
    package static func defaultIdleTimeout(sharedStation: Bool) -> TimeInterval { sharedStation ? 180 : 900 }

    /// The learner's history in the open topic.
    package var history: SessionPlanner.History {
        get { histories[current.id] ?? .init() }
        set { histories[current.id] = newValue }
    }

    /// The plan's date for a topic, if it has one.
    package func readyBy(_ topicID: String) -> CalendarDay? {
        plan.first { $0.bankID == topicID }?.readyBy
    }

    /// The learner's day in a topic, for pacing.
    package func day(_ topicID: String) -> SessionPlanner.Day {
        SessionPlanner.Day(now: now, timeZone: context.timeZone, readyBy: readyBy(topicID))
    }

    /// The question a queue entry names, from whichever topic it belongs to.
    package func item(for asked: Asked) -> Item? { loadedTopics[asked.topic]?.itemsByID[asked.item] }

    /// What the learner's topic asks today; for a topic not yet opened, counted from its history alone.
    package func topicDay(_ id: String) -> TopicDay? {
        guard let learner else { return nil }
        let history = histories[id] ?? .init()
        if let topic = loadedTopics[id] {
            return topic.planner.counts(history: history, settings: learner.settings, now: now, day: day(id))
        }
        guard let info = context.catalogue.first(where: { $0.id == id }) else { return nil }
        return SessionPlanner.counts(
            pointCount: info.pointCount, history: history, settings: learner.settings, now: now, day: day(id))
    }
}

/// What the nurse typed on the sign-in screen so far.
package struct SignInForm: Sendable, Equatable {
    package var name = ""
    /// Held only until Enter sends it to be checked; the screen shows one `*` a character.
    package var secret = ""
    /// The secret's field has the focus (else the name's).
    package var onSecret = false
    /// Why the last try was refused.
    package var refusal: SignInRefusal?

    package init(name: String = "", secret: String = "", onSecret: Bool = false, refusal: SignInRefusal? = nil) {
        self.name = name
        self.secret = secret
        self.onSecret = onSecret
        self.refusal = refusal
    }
}
