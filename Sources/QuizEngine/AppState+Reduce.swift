import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import Scheduling

extension AppState {
    /// The longest nurse's name the facilitator field takes, in characters.
    static let maximumFacilitatorLength = 40

    /// Applies one event and returns what the runner must do next.
    public mutating func reduce(_ event: Event, now: Date) -> [Effect] {
        self.now = now
        switch event {
        case .intent(let intent):
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
        case .failed(let message):
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
    /// the language given (`--language`, the environment).
    var strings: Strings { Language(code: current.bank.metadata.language).map(Strings.init) ?? context.strings }

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
        case .sectionPicker(let selected, let forReading):
            return sectionPicker(intent, selected: selected, forReading: forReading)
        case .settings(let selected): return settings(intent, selected: selected)
        case .plan(let selected): return planScreen(intent, selected: selected)
        case .facilitatorEntry(let typed): return facilitatorEntry(intent, typed: typed)
        case .teachBack(let selected): return teachBackScreen(intent, selected: selected)
        case .teachBackNote(let typed): return teachBackNote(intent, typed: typed)
        }
    }

    mutating func goHome() {
        screen = .home(selected: 0)
        scroll = 0
    }

    /// The focus moved by `by` rows in a list of `count`, wrapping round at either end.
    static func wrapped(_ selected: Int, by: Int, count: Int) -> Int {
        guard count > 0 else { return 0 }
        return ((selected + by) % count + count) % count
    }

    mutating func learnerPicker(_ intent: Intent, selected: Int, typed: String) -> [Effect] {
        switch intent {
        case .moveFocus(let by):
            let last = max(0, learnerNames.count - 1)
            screen = .learnerPicker(selected: min(last, max(0, selected + by)), typed: typed)
        case .editText(let text):
            let name = String(text.filter { !$0.isNewline }.prefix(LearnerName.maximumLength))
            screen = .learnerPicker(selected: selected, typed: name)
        case .back:
            if typed.isEmpty { isFinished = true } else { screen = .learnerPicker(selected: selected, typed: "") }
        case .activate:
            if !Self.cleanName(typed).isEmpty { return chooseLearner(typed) }
            if learnerNames.indices.contains(selected) { return [.openLearner(name: learnerNames[selected])] }
            notice = strings.notices.typeAName
        case .chooseLearner(let name): return chooseLearner(name)
        default: break
        }
        return []
    }

    /// A typed name as the store gets it: no control characters or escapes, no spaces around it.
    static func cleanName(_ typed: String) -> String {
        TextLayout.sanitize(typed).trimmingCharacters(in: .whitespaces)
    }

    mutating func chooseLearner(_ typed: String) -> [Effect] {
        let name = Self.cleanName(typed)
        guard !name.isEmpty else {
            notice = strings.notices.typeAName
            return []
        }
        return [.openLearner(name: name)]
    }

    /// The home screen's entries: "back to my topics" only when there are several.
    var homeEntries: [HomeEntry] {
        HomeEntry.allCases.filter {
            ($0 != .topics || showsTopics) && (($0 != .plan && $0 != .teachBack) || facilitator != nil)
                && ($0 != .switchLearner || mayHandOver)
        }
    }

    /// "Next learner" is offered on a personal computer, and on a shared station only in a nurse-led session.
    var mayHandOver: Bool { !context.sharedStation || facilitator != nil }

    mutating func home(_ intent: Intent, selected: Int) -> [Effect] {
        let entries = homeEntries
        switch intent {
        case .moveFocus(let by): screen = .home(selected: Self.wrapped(selected, by: by, count: entries.count))
        case .activate where entries.indices.contains(selected): return homeChoice(entries[selected].intent)
        case .back: return homeChoice(showsTopics ? .open(.topics) : .quit)
        case .open(.help): overlay = .help
        case .start, .open, .nextLearner: return homeChoice(intent)
        default: break
        }
        return []
    }

    /// The topics screen's rows: each of the learner's topics, then the entries under them.
    enum TopicsRow: Equatable {
        case topic(String)
        case all, nextLearner, quit
    }

    var topicsRows: [TopicsRow] {
        learnerTopics.map(TopicsRow.topic) + [.all] + (mayHandOver ? [.nextLearner] : []) + [.quit]
    }

    mutating func topicsScreen(_ intent: Intent, selected: Int) -> [Effect] {
        let rows = topicsRows
        switch intent {
        case .moveFocus(let by): screen = .topics(selected: Self.wrapped(selected, by: by, count: rows.count))
        case .activate where rows.indices.contains(selected):
            switch rows[selected] {
            case .topic(let id): return openTopic(id)
            case .all: return homeChoice(.reviewAllTopics)
            case .nextLearner: return homeChoice(.nextLearner)
            case .quit: return homeChoice(.quit)
            }
        case .openTopic(let id) where learnerTopics.contains(id): return openTopic(id)
        case .nextLearner where mayHandOver: return homeChoice(intent)
        case .reviewAllTopics, .quit: return homeChoice(intent)
        case .back: return homeChoice(.quit)
        case .open(.help): overlay = .help
        default: break
        }
        return []
    }

    /// Does what a home-screen entry asks, clearing the notice first.
    mutating func homeChoice(_ intent: Intent) -> [Effect] {
        notice = nil
        switch intent {
        case .open(.topics):
            screen = .topics(selected: max(0, learnerTopics.firstIndex(of: current.id) ?? 0))
            scroll = 0
        case .reviewAllTopics: return startAcrossTopics()
        case .openTopic(let id): return openTopic(id)
        case .start(let mode, let section): return startSession(mode: mode, section: section)
        case .open(.sectionPicker(let forReading)): screen = .sectionPicker(selected: 0, forReading: forReading)
        case .open(.progress): return [.loadProgress]
        case .open(.settings): screen = .settings(selected: 0)
        case .open(.plan) where facilitator != nil:
            screen = .plan(selected: max(0, context.catalogue.firstIndex { $0.id == current.id } ?? 0))
        case .open(.facilitatorEntry): screen = .facilitatorEntry(typed: facilitator ?? "")
        case .open(.teachBack) where facilitator != nil: return beginTeachBackFromMenu()
        case .open(.help): overlay = .help
        case .open(.home): goHome()
        case .nextLearner where mayHandOver:
            learner = nil
            histories = [:]
            plan = []
            learnerTopics = []
            current = context.initial
            finished = nil
            // The nurse stays the same from one learner to the next.
            screen = .learnerPicker(selected: 0, typed: "")
            return [.loadLearners]
        case .quit: isFinished = true
        default: break
        }
        return []
    }

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
                    startedAt: now), plan: plan.map(\.item))
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

    mutating func sectionPicker(_ intent: Intent, selected: Int, forReading: Bool) -> [Effect] {
        let sections = current.bank.sections
        switch intent {
        case .moveFocus(let by):
            screen = .sectionPicker(
                selected: Self.wrapped(selected, by: by, count: sections.count), forReading: forReading)
        case .activate:
            guard sections.indices.contains(selected) else { return [] }
            if forReading {
                readingTopicID = nil
                overlay = .reading(section: selected, scroll: 0)
                return []
            }
            return startSession(mode: .section, section: sections[selected].id)
        case .read(let index?) where forReading && sections.indices.contains(index):
            readingTopicID = nil
            overlay = .reading(section: index, scroll: 0)
        case .start(.section, let id?) where !forReading && current.bank.section(id) != nil:
            return startSession(mode: .section, section: id)
        case .back: goHome()
        default: break
        }
        return []
    }

    mutating func settings(_ intent: Intent, selected: Int) -> [Effect] {
        guard var settings = learner?.settings else { return [] }
        let entries = SettingsEntry.allCases
        let change: (entry: SettingsEntry, by: Int)
        switch intent {
        case .moveFocus(let by):
            screen = .settings(selected: Self.wrapped(selected, by: by, count: entries.count))
            return []
        case .activate: change = (entries[selected], 1)
        case .changeSetting(let entry, let by) where by != 0: change = (entry, by)
        case .back:
            goHome()
            return []
        default: return []
        }
        switch change.entry {
        case .confidence: settings.confidenceStep.toggle()
        case .newPerDay: settings.newPerDay = min(50, max(0, settings.newPerDay + change.by * 5))
        case .algorithm: settings.algorithm = settings.algorithm == .fsrs ? .sm2 : .fsrs
        case .readAloud: settings.readAloud.toggle()
        }
        learner?.settings = settings
        return [.saveSettings(settings)]
    }

    /// The first day a new date proposes: a week from today.
    static let defaultLeadDays = 7

    mutating func planScreen(_ intent: Intent, selected: Int) -> [Effect] {
        let topics = context.catalogue
        guard topics.indices.contains(selected), facilitator != nil else {
            goHome()
            return []
        }
        let id = topics[selected].id
        let today = SessionPlanner.Day(now: now, timeZone: context.timeZone).today
        let existing = plan.first { $0.bankID == id }
        func save(_ readyBy: CalendarDay?) -> [Effect] {
            let entry = PlanEntry(
                bankID: id, readyBy: readyBy, assignedAt: existing?.assignedAt ?? now,
                assignedBy: existing?.assignedBy ?? facilitator)
            if let i = plan.firstIndex(where: { $0.bankID == id }) { plan[i] = entry } else { plan.append(entry) }
            return [.savePlanEntry(entry), .loadHistory]
        }
        switch intent {
        case .moveFocus(let by): screen = .plan(selected: Self.wrapped(selected, by: by, count: topics.count))
        case .activate, .togglePlan:
            if existing != nil {
                plan.removeAll { $0.bankID == id }
                return [.removePlanEntry(bankID: id), .loadHistory]
            }
            return save(nil)
        case .moveReadyBy(let days):
            let from = existing?.readyBy ?? today.adding(days: Self.defaultLeadDays - days)
            return save(max(today.adding(days: 1), from.adding(days: days)))
        case .clearReadyBy where existing != nil: return save(nil)
        case .back: goHome()
        case .open(.help): overlay = .help
        default: break
        }
        return []
    }

    mutating func facilitatorEntry(_ intent: Intent, typed: String) -> [Effect] {
        switch intent {
        // The flags for teach-back are read when a nurse leads.
        case .activate:
            setFacilitator(typed)
            return learner != nil ? [.loadHistory] : []
        case .setFacilitator(let name):
            setFacilitator(name ?? "")
            return learner != nil ? [.loadHistory] : []
        case .back: goHome()
        case .editText(let text):
            let name = String(text.filter { !$0.isNewline }.prefix(Self.maximumFacilitatorLength))
            screen = .facilitatorEntry(typed: name)
        default: break
        }
        return []
    }

    mutating func setFacilitator(_ typed: String) {
        let name = TextLayout.sanitize(typed).trimmingCharacters(in: .whitespaces)
        facilitator = name.isEmpty ? nil : name
        notice = facilitator.map { strings.notices.nurseLed($0) }
        goHome()
    }

    mutating func overlayIntent(_ intent: Intent) -> [Effect] {
        switch overlay {
        case .help: overlay = nil
        case .reading(let section, let offset):
            let count = readingTopic.bank.sections.count
            switch intent {
            case .scroll(let lines): overlay = .reading(section: section, scroll: max(0, offset + lines))
            case .turnPage(let by): overlay = .reading(section: Self.wrapped(section, by: by, count: count), scroll: 0)
            default: overlay = nil
            }
        case nil: break
        }
        return []
    }

    /// Opens the passage of the item's section, in the item's topic.
    mutating func openReading(_ item: Item) {
        readingTopicID = currentTopic.id
        overlay = .reading(section: currentTopic.bank.sections.firstIndex { $0.id == item.section } ?? 0, scroll: 0)
    }

    /// The topic whose passages are open: the question's, or the open topic's.
    var readingTopic: Topic { readingTopicID.flatMap { loadedTopics[$0] } ?? current }
}
