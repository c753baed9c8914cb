import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import Scheduling

extension AppState {
    /// Applies one event and returns what the runner must do next.
    package mutating func reduce(_ event: Event, now: Date) -> [Effect] {
        self.now = now
        switch event {
        case .tick: return tick()
        case .intent(let intent):
            lastInput = now
            // "Still there? Press any key": the key says yes, and does nothing else.
            if idleWarned {
                idleWarned = false
                notice = nil
                return []
            }
            if intent == .quit {
                isFinished = true
                return endSessionEffects() + (teachBack != nil ? finishTeachBack() : [])
            }
            if overlay != nil { return overlayIntent(intent) }
            return screenIntent(intent)
        case .learnersLoaded(let names):
            learnerNames = names
            if case .learnerPicker(let selected, let typed) = screen {
                screen = .learnerPicker(selected: min(selected, max(0, names.count - 1)), typed: typed)
            }
            return []
        case .learnerOpened(let learner):
            self.learner = learner
            endedAfterIdle = false
            notice = nil
            return [.loadHistory]
        case .historyLoaded(let plan, let topics, let histories):
            self.plan = plan
            self.learnerTopics = topics
            self.histories = histories
            guard case .learnerPicker = screen else { return [] }
            if let mode = context.startMode {
                context.startMode = nil
                goHome()
                if mode == .teachBack { return beginTeachBackFromMenu() }
                if mode == .review && showsTopics {
                    screen = .topics(selected: 0)
                    return startAcrossTopics()
                }
                return startSession(mode: mode, section: context.startSection)
            }
            if showsTopics {
                screen = .topics(selected: 0)
            } else if let only = topics.first, only != current.id, !context.topicChosen {
                screen = .home(selected: 0)
                return openTopic(only)
            } else {
                goHome()
            }
            return []
        case .topicsLoaded(let topics, let then):
            for topic in topics { loadedTopics[topic.id] = topic }
            switch then {
            case .openTopic(let id): return openTopic(id)
            case .reviewAllTopics: return startAcrossTopics()
            default: return reduce(.intent(then), now: now)
            }
        case .sessionStarted(let id):
            session?.id = id
            session?.shownAt = now
            if let step = teachBack, step.sessionID == nil { teachBack?.sessionID = id }
            return []
        case .teachBackSaved(let id): return teachBackSaved(id: id)
        case .teachBackRemoved(let removed): return teachBackRemoved(removed)
        case .signedIn(let signed): return signedIn(signed)
        case .rosterLoaded(let entries):
            guard nurse != nil else { return [] }
            roster = entries
            screen = .roster
            scroll = 0
            notice = nil
            return []
        case .signInRefused(let refusal):
            signInRefused(refusal)
            return []
        case .answerSaved(let attemptID):
            guard var s = session else { return [] }
            if !s.outcomes.isEmpty { s.outcomes[s.outcomes.count - 1].attemptID = attemptID }
            s.pendingSave = false
            session = s
            return []
        case .undone(let itemID):
            guard var s = session, let point = s.undoStack.popLast(), point.itemID == itemID else {
                notice = strings.notices.nothingToTakeBack
                return []
            }
            restore(point, into: &s)
            session = s
            screen = .question(selected: 0)
            notice = strings.notices.answerTakenBack
            return []
        case .progressLoaded(let data):
            screen = .progress(data)
            scroll = 0
            return []
        case .failed(let failure):
            let message = strings.notices.failure(failure)
            if teachBack?.pending != nil {
                // Not saved: the point stays, its note too, to record again.
                teachBack?.pending = nil
                notice = strings.teachBack.notSaved(message)
            } else if let step = teachBack, step.sessionID == nil {
                teachBack = nil
                goHome()
                notice = message
            } else if var s = session, s.pendingSave, let point = s.undoStack.popLast() {
                // The answer was not saved: put the question back so nothing is shown as saved that is not.
                restore(point, into: &s)
                s.pendingSave = false
                session = s
                screen = .question(selected: 0)
                notice = strings.notices.answerNotSaved(message)
            } else if let s = session, s.id == nil {
                session = nil
                screen = .home(selected: 0)
                notice = message
            } else {
                notice = message
            }
            return []
        }
    }

    /// The sentences of the screens: in the language of the topic open, when it is one the program speaks; else in
    /// the language given (`--language`, the environment). The pseudo-locale stays itself: it has no banks.
    var strings: Strings {
        guard context.strings.language != .pseudo else { return context.strings }
        return Language(code: current.bank.metadata.language).map(Strings.init) ?? context.strings
    }

    mutating func restore(_ point: ActiveSession.UndoPoint, into s: inout ActiveSession) {
        s.queue = point.queue
        s.position = point.position
        s.retries = point.retries
        s.outcomes.removeLast(s.outcomes.count - point.outcomes)
        histories[point.topic, default: .init()].states[point.pointID] = point.state
        histories[point.topic, default: .init()].lastResults[point.pointID] = point.lastResult
        histories[point.topic, default: .init()].answerTimes[point.pointID] = point.answerTimes
        s.shownAt = now
    }

    /// The learner has several topics to choose from (and no topic was chosen on the command line).
    var showsTopics: Bool { learnerTopics.count > 1 && !context.topicChosen }

    /// Opens a topic's home, loading its bank first if needed.
    mutating func openTopic(_ id: String) -> [Effect] {
        guard let topic = loadedTopics[id] else { return [.loadTopics([id], then: .openTopic(id))] }
        current = topic
        notice = nil
        goHome()
        return []
    }

    // MARK: Screens

    mutating func screenIntent(_ intent: Intent) -> [Effect] {
        switch screen {
        case .learnerPicker(let selected, let typed): return learnerPicker(intent, selected: selected, typed: typed)
        case .topics(let selected): return topicsScreen(intent, selected: selected)
        case .home(let selected): return home(intent, selected: selected)
        case .question(let selected): return question(intent, selected: selected)
        case .confidence(let chosen, let selected): return confidence(intent, chosen: chosen, selected: selected)
        case .feedback: return feedback(intent)
        case .summary:
            switch intent {
            case .scroll(let lines): scroll = max(0, scroll + lines)
            case .activate: return beginTeachBackAfterSession()
            default: goHome()
            }
            return []
        case .progress:
            if case .scroll(let lines) = intent { scroll = max(0, scroll + lines) } else { goHome() }
            return []
        case .roster:
            if case .scroll(let lines) = intent {
                scroll = max(0, scroll + lines)
            } else {
                roster = []
                goHome()
            }
            return []
        case .sectionPicker(let selected, let forReading):
            return sectionPicker(intent, selected: selected, forReading: forReading)
        case .settings(let selected): return settings(intent, selected: selected)
        case .plan(let selected): return planScreen(intent, selected: selected)
        case .signIn(let form): return signInScreen(intent, form: form)
        case .teachBack(let selected): return teachBackScreen(intent, selected: selected)
        case .teachBackNote(let typed): return teachBackNote(intent, typed: typed)
        }
    }

    mutating func goHome() {
        screen = .home(selected: 0)
        scroll = 0
    }

    /// The focus moved by `by` rows in a list of `count`: a row at a time wraps round at either end; a page at a
    /// time (PgUp, PgDn) stops at the first or last row.
    static func wrapped(_ selected: Int, by: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        if abs(by) > 1 { return min(count - 1, max(0, selected + by)) }
        return ((selected + by) % count + count) % count
    }
}
