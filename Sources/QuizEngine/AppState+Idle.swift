import Foundation
import LearnerModel

extension AppState {
    /// How long before the lock the warning shows: 30 seconds, or half the idle time when that is shorter.
    package static func warningLead(for timeout: TimeInterval) -> TimeInterval { min(30, timeout / 2) }

    /// Whether anything is on screen that must not stay there for the next person: a learner, a nurse, a name being
    /// typed, an overlay.
    var hasSomethingToHide: Bool {
        if learner != nil || nurse != nil || overlay != nil { return true }
        if case .learnerPicker(_, let typed) = screen { return !typed.isEmpty }
        return true
    }

    /// Time passed with no key: the warning, then the lock. Nothing happens on a station idle at its welcome.
    mutating func tick() -> [Effect] {
        guard let timeout = context.idleTimeout, hasSomethingToHide else { return [] }
        let idle = now.timeIntervalSince(lastInput)
        if idle >= timeout { return lockAfterIdle(timeout) }
        if !idleWarned && idle >= timeout - Self.warningLead(for: timeout) {
            idleWarned = true
            notice = strings.notices.stillThere(seconds: Int((timeout - idle).rounded(.up)))
        }
        return []
    }

    /// The station was left: the session ends (every answer is saved already), the nurse is signed out, and the
    /// welcome screen comes back with nobody's name on it.
    mutating func lockAfterIdle(_ timeout: TimeInterval) -> [Effect] {
        // Only a learner's or a nurse's time ended; a code half-typed at the welcome screen is just cleared.
        let someoneWasHere = learner != nil || nurse != nil
        var effects = endSessionEffects()
        if teachBack != nil { effects += finishTeachBack() }
        learner = nil
        nurse = nil
        histories = [:]
        plan = []
        learnerTopics = []
        learnerNames = []
        current = context.initial
        session = nil
        finished = nil
        teachBack = nil
        roster = []
        overlay = nil
        readingTopicID = nil
        scroll = 0
        idleWarned = false
        endedAfterIdle = true
        lastInput = now
        // A mode or a learner from the command line was for the first person only.
        context.startMode = nil
        screen = .learnerPicker(selected: 0, typed: "")
        notice = someoneWasHere ? strings.notices.endedAfterIdle(seconds: Int(timeout.rounded())) : nil
        return effects + [.loadLearners]
    }
}
