import Foundation
import LearnerModel
import Scheduling

/// Runs the engine against a store: applies events, performs the effects they ask for, and feeds back results.
///
/// Effects run before `send` returns, so by the time anything is drawn an answer is already committed.
package final class QuizDriver {
    package private(set) var state: AppState
    let store: any QuizStore
    let clock: () -> Date
    /// Start of the learner's day, for the daily limit on new questions.
    let startOfDay: (Date) -> Date
    /// Opens topics of the catalogue by id: their banks and questions, in the order asked.
    let loadTopics: ([String]) throws -> [Topic]
    /// The roster of every learner with a plan (nil: this runner offers none).
    let loadRoster: (() throws -> [RosterEntry])?
    /// Checks a nurse's name and secret against the store's accounts (nil: this runner offers no sign-in).
    let signIn: ((_ name: String, _ secret: String, _ at: Date) throws -> Result<SignedInNurse, SignInRefusal>)?

    package init(
        state: AppState, store: any QuizStore, clock: @escaping () -> Date,
        startOfDay: @escaping (Date) -> Date = { Calendar.current.startOfDay(for: $0) },
        loadTopic: @escaping (String) throws -> Topic = { throw TopicUnavailable(id: $0) },
        loadTopics: (([String]) throws -> [Topic])? = nil,
        signIn: ((String, String, Date) throws -> Result<SignedInNurse, SignInRefusal>)? = nil,
        loadRoster: (() throws -> [RosterEntry])? = nil
    ) {
        self.loadRoster = loadRoster
        self.signIn = signIn
        self.state = state
        self.store = store
        self.clock = clock
        self.startOfDay = startOfDay
        self.loadTopics = loadTopics ?? { try $0.map(loadTopic) }
    }

    /// No way to open a topic was given.
    package struct TopicUnavailable: Error, CustomStringConvertible {
        package var id: String
        package init(id: String) { self.id = id }
        package var description: String {
            NoticeStrings(language: .english).failure(
                EngineFailure(step: .loadTopics, reason: .topicUnavailable(id: id)))
        }
    }

    /// Loads the learner list, or opens `learner` directly.
    package func start(learner: String?) {
        if let learner {
            perform([.openLearner(name: learner)])
        } else {
            perform([.loadLearners])
        }
    }

    /// Applies what the learner or nurse wants, and everything the store must do for it, before returning.
    package func send(_ intent: Intent) {
        perform(state.reduce(.intent(intent), now: clock()))
    }

    /// Lets the engine see time pass with no key (the idle warning and lock); true when the screen changed.
    @discardableResult
    package func tick() -> Bool {
        let before = (state.screen, state.notice, state.idleWarned)
        perform(state.reduce(.tick, now: clock()))
        return before != (state.screen, state.notice, state.idleWarned)
    }

    /// Ends what is open as the idle lock does (plain mode, when nobody typed for the idle time).
    package func endAfterIdle() {
        perform(state.lockAfterIdle(state.context.idleTimeout ?? 0))
    }

    /// What the screen shows now.
    package var view: ViewModel { state.view() }

    func perform(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            // The store's audit events name the nurse signed in when they happen.
            if store.auditContext.nurse != state.nurse?.id { store.auditContext.nurse = state.nurse?.id }
            let event: Event?
            do {
                event = try run(effect)
            } catch {
                event = .failed(EngineFailure(step: effect.step, reason: EngineFailure.Reason(error)))
            }
            if let event { queue += state.reduce(event, now: clock()) }
        }
    }

    func run(_ effect: Effect) throws -> Event? {
        let now = clock()
        switch effect {
        case .loadLearners:
            // A shared station never reads the other learners' names, so no screen can show them.
            return .learnersLoaded(state.context.sharedStation ? [] : try store.learnerNames())
        case .openLearner(let name):
            return .learnerOpened(try store.findOrAddLearner(name, at: now))
        case .loadHistory:
            guard let learner = state.learner else { return nil }
            let plan = try store.plan(learnerID: learner.id)
            let known = Set(state.context.catalogue.map(\.id))
            // A plan narrows the topics to the nurse's choice (and any other the learner has answered in); without
            // one, every topic there is.
            var topics: [String] = []
            if plan.isEmpty {
                topics = state.context.catalogue.map(\.id)
            } else {
                for id in plan.map(\.bankID) + (try store.banksAnswered(learnerID: learner.id))
                where known.contains(id) && !topics.contains(id) {
                    topics.append(id)
                }
            }
            // A topic chosen on the command line is always one of the learner's.
            if state.context.topicChosen && !topics.contains(state.context.initial.id) {
                topics.insert(state.context.initial.id, at: 0)
            }
            var histories: [String: SessionPlanner.History] = [:]
            for id in topics { histories[id] = try history(learnerID: learner.id, bankID: id, now: now) }
            return .historyLoaded(plan: plan, topics: topics, histories: histories)
        case .loadTopics(let ids, let then):
            return .topicsLoaded(try loadTopics(ids), then: then)
        case .savePlanEntry(let entry):
            guard let learner = state.learner else { return nil }
            try store.setPlanEntry(entry, learnerID: learner.id)
            return nil
        case .removePlanEntry(let bankID):
            guard let learner = state.learner else { return nil }
            _ = try store.removePlanEntry(bankID: bankID, learnerID: learner.id)
            return nil
        case .startSession(let session, _):
            return .sessionStarted(id: try store.startSession(session))
        case .record(let answer):
            return .answerSaved(attemptID: try store.recordAnswer(answer))
        case .undo(let sessionID):
            return .undone(itemID: try store.undoLastAnswer(sessionID: sessionID))
        case .endSession(let id):
            try store.endSession(id, at: now)
            return nil
        case .saveSettings(let settings):
            guard let learner = state.learner else { return nil }
            try store.updateSettings(settings, learnerID: learner.id)
            return nil
        case .loadRoster:
            guard state.nurse != nil else { return nil }
            return .rosterLoaded(try loadRoster?() ?? [])
        case .signIn(let name, let secret):
            guard let signIn else { return .signInRefused(.noAccounts) }
            switch try signIn(name, secret, now) {
            case .success(let nurse): return .signedIn(nurse)
            case .failure(let refusal): return .signInRefused(refusal)
            }
        case .recordTeachBack(let record):
            return .teachBackSaved(id: try store.recordTeachBack(record))
        case .removeTeachBack(let id):
            return .teachBackRemoved(try store.removeTeachBack(id: id))
        case .loadProgress:
            guard let learner = state.learner else { return nil }
            let data = ProgressData.compute(
                items: state.current.items, sections: state.current.bank.sections,
                states: try store.reviewStates(learnerID: learner.id, bankID: state.current.id),
                sessions: try store.sessionSummaries(learnerID: learner.id, bankID: state.current.id),
                scheduler: learner.settings.scheduler,
                now: now)
            return .progressLoaded(data)
        }
    }

    /// The learner's history in one topic.
    func history(learnerID: LearnerID, bankID: String, now: Date) throws -> SessionPlanner.History {
        SessionPlanner.History(
            states: try store.reviewStates(learnerID: learnerID, bankID: bankID),
            lastResults: try store.lastResults(learnerID: learnerID, bankID: bankID),
            lapsed: try store.lapsedItems(
                learnerID: learnerID, bankID: bankID,
                since: now.addingTimeInterval(-SessionPlanner.lapseWindowDays * 86_400)),
            introducedToday: try store.introducedCount(learnerID: learnerID, bankID: bankID, since: startOfDay(now)),
            answerTimes: try store.answerTimes(learnerID: learnerID, bankID: bankID),
            // Only a nurse sees the flags (and the teach-back step), so a patient's start-up does not read them.
            missesSinceTeachBack: state.facilitator == nil
                ? [:]
                : TeachBackFlags.missesSinceExplained(
                    misses: try store.pointMisses(learnerID: learnerID, bankID: bankID),
                    teachBacks: try store.teachBacks(learnerID: learnerID, bankID: bankID)))
    }

    /// Ends the session in progress, if any (answers are already saved); used when the terminal closes or a signal arrives.
    package func finish() {
        send(.quit)
    }

    /// Shows a one-line notice from outside the engine (read-aloud cannot start, say).
    package func show(notice: String) {
        state.notice = notice
    }
}
