import LearnerModel

/// What happens to the engine: a learner's intent, or the store's answer to an effect.
public enum Event: Sendable {
    case intent(Intent)
    case learnersLoaded([String])
    case learnerOpened(Learner)
    case historyLoaded(SessionPlanner.History)
    case sessionStarted(id: Int64)
    case answerSaved(attemptID: Int64)
    case undone(itemID: String?)
    case progressLoaded(ProgressData)
    case failed(String)
}
