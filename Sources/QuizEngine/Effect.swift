import LearnerModel

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
