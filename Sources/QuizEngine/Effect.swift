import LearnerModel

/// What the runner must do for the engine: talk to the store. Results come back as events.
package enum Effect: Sendable, Equatable {
    case loadLearners
    case openLearner(name: String)
    /// The learner's plan, topics and history in each (all of them: the home screen counts every topic).
    case loadHistory
    /// Opens topics (loads their banks and questions), then carries on with the intent.
    case loadTopics([String], then: Intent)
    /// Adds a topic to the learner's plan or changes its date; nil date for none.
    case savePlanEntry(PlanEntry)
    case removePlanEntry(bankID: String)
    case startSession(NewSession, plan: [String])
    case record(AnswerRecord)
    case undo(sessionID: SessionID)
    case endSession(id: SessionID)
    case saveSettings(LearnerSettings)
    /// Saves one teach-back result durably.
    case recordTeachBack(TeachBackRecord)
    /// Takes a teach-back result back (undo).
    case removeTeachBack(id: TeachBackID)
    case loadProgress
    /// The roster of every learner with a plan (for a signed-in nurse).
    case loadRoster
    /// Checks a nurse's name and secret against the store's accounts.
    case signIn(name: String, secret: String)
}
