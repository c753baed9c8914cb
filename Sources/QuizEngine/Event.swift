import LearnerModel

/// What happens to the engine: a learner's intent, or the store's answer to an effect.
package enum Event: Sendable {
    case intent(Intent)
    /// Time passed with no key (the trainer sends it a few times a second): the idle warning and lock.
    case tick
    case learnersLoaded([String])
    case learnerOpened(Learner)
    /// The learner's plan, their topics in order, and their history in each.
    case historyLoaded(plan: [PlanEntry], topics: [String], histories: [String: SessionPlanner.History])
    /// Topics opened, then the intent that needed them, to carry on with.
    case topicsLoaded([Topic], then: Intent)
    case sessionStarted(id: SessionID)
    case answerSaved(attemptID: AttemptID)
    case undone(itemID: String?)
    case progressLoaded(ProgressData)
    case teachBackSaved(id: TeachBackID)
    /// A teach-back result taken back: whether the store still had it.
    case teachBackRemoved(Bool)
    case rosterLoaded([RosterEntry])
    case signedIn(SignedInNurse)
    case signInRefused(SignInRefusal)
    case failed(EngineFailure)
}
