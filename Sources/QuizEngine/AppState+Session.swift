import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import Scheduling

extension AppState {
    /// Plans a session and asks the store to start it; stays home with a notice if there is nothing to ask.
    mutating func startSession(mode: SessionMode, section: String?) -> [Effect] {
        guard let learner else { return [] }
        let plan = current.planner.plan(
            mode: mode, section: section, count: context.count, history: history, settings: learner.settings, now: now,
            day: day(current.id), seed: context.seed &+ UInt64(history.states.count))
        return begin(
            mode: mode, section: section, topic: current.id, queue: plan.map { Asked(topic: current.id, item: $0.id) })
    }

    /// Plans a review across the learner's topics (opening any not yet opened) and starts it.
    mutating func startAcrossTopics() -> [Effect] {
        guard let learner else { return [] }
        let missing = learnerTopics.filter { loadedTopics[$0] == nil }
        if !missing.isEmpty { return [.loadTopics(missing, then: .reviewAllTopics)] }
        let topics = learnerTopics.compactMap { id in
            loadedTopics[id].map { (id: id, planner: $0.planner, history: histories[id] ?? .init(), day: day(id)) }
        }
        let seen = histories.values.map(\.states.count).reduce(0, +)
        let queue = SessionPlanner.planAcross(
            topics, count: context.count, settings: learner.settings, now: now, seed: context.seed &+ UInt64(seen))
        return begin(mode: .review, section: nil, topic: nil, queue: queue)
    }

    /// Starts a planned session, or stays home with a notice if there is nothing to ask.
    mutating func begin(mode: SessionMode, section: String?, topic: String?, queue plan: [Asked]) -> [Effect] {
        guard let learner else { return [] }
        guard !plan.isEmpty else {
            switch mode {
            case .missed: notice = strings.notices.noMissedQuestions
            case .review: notice = strings.notices.nothingDue
            default: notice = strings.notices.noQuestions
            }
            goHome()
            return []
        }
        session = ActiveSession(id: nil, mode: mode, section: section, topic: topic, queue: plan, shownAt: now)
        finished = nil
        screen = .question(selected: 0)
        scroll = 0
        return [
            .startSession(
                NewSession(
                    learnerID: learner.id, mode: mode, section: section, facilitator: facilitator, bankID: topic,
                    startedAt: now, nurseID: nurse?.id), plan: plan.map(\.item))
        ]
    }

    var currentItem: Item? { session?.current.flatMap(item(for:)) }

    /// The topic of the question being asked (or just answered), else the open topic.
    var currentTopic: Topic {
        session.flatMap { s in
            (s.current ?? s.lastOutcome.map { Asked(topic: $0.topic, item: $0.itemID) }).flatMap {
                loadedTopics[$0.topic]
            }
        } ?? current
    }

    mutating func question(_ intent: Intent, selected: Int) -> [Effect] {
        guard let item = currentItem else { return endSessionEffects() }
        let count = item.options.count
        switch intent {
        case .moveFocus(let by): screen = .question(selected: Self.wrapped(selected, by: by, count: count))
        case .activate: return choose(selected)
        case .back, .stop: return endSessionEffects()
        case .scroll(let lines): scroll = max(0, scroll + lines)
        case .answer(let option) where item.options.indices.contains(option): return choose(option)
        case .open(.help): overlay = .help
        case .read(nil): openReading(item)
        case .undo: return undoEffects()
        case .unrecognised: notice = strings.notices.pressALetter(last: OptionLetter.uppercase(count - 1))
        default: break
        }
        return []
    }

    mutating func choose(_ option: Int) -> [Effect] {
        if learner?.settings.confidenceStep == true && session?.mode.updatesSchedule == true {
            screen = .confidence(chosen: option, selected: 0)
            return []
        }
        return submit(option, confidence: nil)
    }

    mutating func confidence(_ intent: Intent, chosen: Int, selected: Int) -> [Effect] {
        let levels = Grading.Confidence.allCases
        switch intent {
        case .moveFocus(let by):
            screen = .confidence(chosen: chosen, selected: Self.wrapped(selected, by: by, count: levels.count))
        case .activate: return submit(chosen, confidence: levels[selected])
        case .back: screen = .question(selected: chosen)
        case .rateConfidence(let level): return submit(chosen, confidence: level)
        default: break
        }
        return []
    }

    /// Grades the answer, updates the schedule in memory and asks the store to save it all at once.
    mutating func submit(_ chosen: Int, confidence: Grading.Confidence?) -> [Effect] {
        guard var s = session, let sessionID = s.id, let asked = s.current, let item = currentItem, let learner,
            let topic = loadedTopics[asked.topic]
        else { return [] }
        let correct = chosen == item.answer
        let rating = Grading.rating(correct: correct, confidence: confidence)
        let pointID = item.teachingPoint
        var history = histories[asked.topic] ?? .init()
        let previous = history.states[pointID]
        var next: ReviewState?
        if s.mode.updatesSchedule {
            // Fuzz, as in py-fsrs, from a generator seeded by the run's seed, the item and its review count.
            var fuzz = SeededGenerator(seed: context.seed ^ FNV1a.hash(item.id) ^ UInt64(previous?.reps ?? 0))
            next = learner.settings.scheduler.review(
                previous ?? .new(at: now), rating: rating, at: now, fuzz: { fuzz.unit() })
        }
        s.undoStack.append(
            .init(
                queue: s.queue, position: s.position, retries: s.retries, outcomes: s.outcomes.count,
                topic: asked.topic, itemID: item.id, pointID: pointID, state: previous,
                lastResult: history.lastResults[pointID], answerTimes: history.answerTimes[pointID]))
        s.outcomes.append(
            Outcome(
                topic: asked.topic, itemID: item.id, chosen: chosen, correct: correct, confidence: confidence,
                due: next?.due))
        if let next {
            history.states[pointID] = next
            history.answerTimes[pointID, default: []].append(now)
        }
        history.lastResults[pointID] = correct
        histories[asked.topic] = history
        if !correct && s.mode != .exam && (s.retries[pointID] ?? 0) < ActiveSession.maximumRetries {
            // Asked again later in the session, in its other form where it has one.
            s.retries[pointID, default: 0] += 1
            let again = Asked(topic: asked.topic, item: topic.planner.otherForm(of: item).id)
            let at = s.position + 1 + ActiveSession.retryGap
            if at <= s.queue.count { s.queue.insert(again, at: at) } else { s.queue.append(again) }
        }
        let elapsed = max(0, Int((now.timeIntervalSince(s.shownAt) * 1000).rounded()))
        s.pendingSave = true
        session = s
        screen = .feedback
        scroll = 0
        notice = nil
        return [
            .record(
                AnswerRecord(
                    learnerID: learner.id, sessionID: sessionID, bankID: asked.topic, itemID: item.id, pointID: pointID,
                    itemVersion: item.version,
                    section: item.section,
                    chosen: chosen, chosenText: item.options[chosen], correct: correct, confidence: confidence,
                    responseMilliseconds: elapsed, answeredAt: now, rating: rating, previousState: previous,
                    newState: next))
        ]
    }

    mutating func feedback(_ intent: Intent) -> [Effect] {
        // Nothing moves on until the store has confirmed the answer is saved.
        guard var s = session, !s.pendingSave else { return [] }
        switch intent {
        case .next, .activate:
            s.position += 1
            s.shownAt = now
            session = s
            if s.currentItemID == nil { return endSessionEffects() }
            screen = .question(selected: 0)
            scroll = 0
        case .read(nil):
            if let item = s.lastOutcome.flatMap({ self.item(for: Asked(topic: $0.topic, item: $0.itemID)) }) {
                openReading(item)
            }
        case .undo: return undoEffects()
        case .stop, .back:
            s.position += 1
            session = s
            return endSessionEffects()
        case .open(.help): overlay = .help
        case .scroll(let lines): scroll = max(0, scroll + lines)
        default: break
        }
        return []
    }

    mutating func undoEffects() -> [Effect] {
        guard let s = session, !s.undoStack.isEmpty else {
            notice = strings.notices.nothingToTakeBackInSession
            return []
        }
        guard let id = s.id else { return [] }
        return [.undo(sessionID: id)]
    }

    /// Ends the session (what was answered is already saved) and shows its summary.
    mutating func endSessionEffects() -> [Effect] {
        guard let s = session else {
            if case .question = screen { goHome() }
            return []
        }
        finished = s
        session = nil
        scroll = 0
        if !isFinished { screen = s.outcomes.isEmpty ? .home(selected: 0) : .summary }
        return s.id.map { [.endSession(id: $0), .loadHistory] } ?? []
    }
}
