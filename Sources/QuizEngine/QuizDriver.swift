import Foundation
import LearnerModel
import Scheduling

/// Runs the engine against a store: applies events, performs the effects they ask for, and feeds back results.
///
/// Effects run before `send` returns, so by the time anything is drawn an answer is already committed.
public final class QuizDriver {
    public private(set) var state: AppState
    let store: any QuizStore
    let clock: () -> Date
    /// Start of the learner's day, for the daily limit on new questions.
    let startOfDay: (Date) -> Date

    public init(
        state: AppState, store: any QuizStore, clock: @escaping () -> Date,
        startOfDay: @escaping (Date) -> Date = { Calendar.current.startOfDay(for: $0) }
    ) {
        self.state = state
        self.store = store
        self.clock = clock
        self.startOfDay = startOfDay
    }

    /// Loads the learner list, or opens `learner` directly.
    public func start(learner: String?) {
        if let learner {
            perform([.openLearner(name: learner)])
        } else {
            perform([.loadLearners])
        }
    }

    /// Applies what the learner or nurse wants, and everything the store must do for it, before returning.
    public func send(_ intent: Intent) {
        perform(state.reduce(.intent(intent), now: clock()))
    }

    /// What the screen shows now.
    public var view: ViewModel { state.view() }

    func perform(_ effects: [Effect]) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            let event: Event?
            do {
                event = try run(effect)
            } catch {
                event = .failed(Self.message(for: error))
            }
            if let event { queue += state.reduce(event, now: clock()) }
        }
    }

    static func message(for error: Error) -> String {
        String(describing: error)
    }

    func run(_ effect: Effect) throws -> Event? {
        let now = clock()
        switch effect {
        case .loadLearners:
            return .learnersLoaded(try store.learnerNames())
        case .openLearner(let name):
            return .learnerOpened(try store.findOrAddLearner(name, at: now))
        case .loadHistory:
            guard let learner = state.learner else { return nil }
            let history = SessionPlanner.History(
                states: try store.reviewStates(learnerID: learner.id),
                lastResults: try store.lastResults(learnerID: learner.id),
                lapsed: try store.lapsedItems(
                    learnerID: learner.id, since: now.addingTimeInterval(-SessionPlanner.lapseWindowDays * 86_400)),
                introducedToday: try store.introducedCount(learnerID: learner.id, since: startOfDay(now)))
            return .historyLoaded(history)
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
        case .loadProgress:
            guard let learner = state.learner else { return nil }
            let data = ProgressData.compute(
                items: state.context.items, sections: state.context.bank.sections,
                states: try store.reviewStates(learnerID: learner.id),
                sessions: try store.sessionSummaries(learnerID: learner.id), scheduler: learner.settings.scheduler,
                now: now)
            return .progressLoaded(data)
        }
    }

    /// Ends the session in progress, if any (answers are already saved); used when the terminal closes or a signal arrives.
    public func finish() {
        send(.quit)
    }
}
