import LearnerModel

/// A step the engine asked for that failed, and why: a value, turned into words only on the screen, in its language
/// (`NoticeStrings.failure`).
package struct EngineFailure: Sendable, Equatable {
    /// The step that failed: the effect's kind.
    package enum Step: String, Sendable, Equatable {
        case loadLearners, openLearner, loadHistory, loadTopics, savePlan, startSession, saveAnswer, undo, endSession
        case saveSettings, saveTeachBack, removeTeachBack, loadProgress, loadRoster, signIn
    }

    /// Why it failed.
    package enum Reason: Sendable, Equatable {
        /// The store's own error (the file, the server, a name's rule).
        case store(StoreError)
        /// A topic that cannot be opened (no longer in the library).
        case topicUnavailable(id: String)
        /// An error the engine does not know, as its thrower describes it.
        case other(String)

        package init(_ error: any Error) {
            switch error {
            case let store as StoreError: self = .store(store)
            case let topic as QuizDriver.TopicUnavailable: self = .topicUnavailable(id: topic.id)
            default: self = .other(String(describing: error))
            }
        }
    }

    package var step: Step
    package var reason: Reason

    package init(step: Step, reason: Reason) {
        self.step = step
        self.reason = reason
    }
}

extension Effect {
    /// Which step of the engine this is, for a failure to name.
    var step: EngineFailure.Step {
        switch self {
        case .loadLearners: .loadLearners
        case .openLearner: .openLearner
        case .loadHistory: .loadHistory
        case .loadTopics: .loadTopics
        case .savePlanEntry, .removePlanEntry: .savePlan
        case .startSession: .startSession
        case .record: .saveAnswer
        case .undo: .undo
        case .endSession: .endSession
        case .saveSettings: .saveSettings
        case .recordTeachBack: .saveTeachBack
        case .removeTeachBack: .removeTeachBack
        case .loadProgress: .loadProgress
        case .loadRoster: .loadRoster
        case .signIn: .signIn
        }
    }
}
