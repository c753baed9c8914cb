import ContentModel
import Foundation
import QuestionGeneration
import Scheduling

/// The home screen's choices, each with its key.
public enum HomeEntry: CaseIterable, Sendable {
    case start, missed, read, section, exam, progress, settings, facilitator, switchLearner, quit

    public var key: Character {
        switch self {
        case .start: "s"
        case .missed: "m"
        case .read: "r"
        case .section: "p"
        case .exam: "e"
        case .progress: "g"
        case .settings: "t"
        case .facilitator: "f"
        case .switchLearner: "l"
        case .quit: "q"
        }
    }

    public var label: String {
        switch self {
        case .start: "Start today's questions"
        case .missed: "Review missed questions"
        case .read: "Read the material"
        case .section: "Practise one section"
        case .exam: "Exam (does not change your schedule)"
        case .progress: "See your progress"
        case .settings: "Settings"
        case .facilitator: "Nurse-led session: enter the nurse's name"
        case .switchLearner: "Next learner"
        case .quit: "Quit"
        }
    }
}

/// The settings screen's rows.
public enum SettingsEntry: CaseIterable, Sendable {
    case confidence, newPerDay, algorithm
}

extension AppState {
    /// Applies one event and returns what the runner must do next.
    public mutating func reduce(_ event: Event, now: Date) -> [Effect] {
        self.now = now
        switch event {
        case .key(let key):
            if key != .endOfInput, overlay != nil { return overlayKey(key) }
            return screenKey(key)
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
        case .historyLoaded(let history):
            self.history = history
            if case .learnerPicker = screen {
                screen = .home(selected: 0)
                if let mode = context.startMode {
                    context.startMode = nil
                    return startSession(mode: mode, section: context.startSection)
                }
            }
            return []
        case .sessionStarted(let id):
            session?.id = id
            session?.shownAt = now
            return []
        case .answerSaved(let attemptID):
            guard var s = session else { return [] }
            if !s.outcomes.isEmpty { s.outcomes[s.outcomes.count - 1].attemptID = attemptID }
            s.pendingSave = false
            session = s
            return []
        case .undone(let itemID):
            guard var s = session, let point = s.undoStack.popLast(), point.itemID == itemID else {
                notice = "Nothing to take back."
                return []
            }
            restore(point, into: &s)
            session = s
            screen = .question(selected: 0)
            notice = "Your last answer was taken back."
            return []
        case .progressLoaded(let data):
            screen = .progress(data)
            scroll = 0
            return []
        case .failed(let message):
            if var s = session, s.pendingSave, let point = s.undoStack.popLast() {
                // The answer was not saved: put the question back so nothing is shown as saved that is not.
                restore(point, into: &s)
                s.pendingSave = false
                session = s
                screen = .question(selected: 0)
                notice = "Your answer was not saved: \(message)"
            } else if let s = session, s.id < 0 {
                session = nil
                screen = .home(selected: 0)
                notice = message
            } else {
                notice = message
            }
            return []
        }
    }

    mutating func restore(_ point: ActiveSession.UndoPoint, into s: inout ActiveSession) {
        s.queue = point.queue
        s.position = point.position
        s.retries = point.retries
        s.outcomes.removeLast(s.outcomes.count - point.outcomes)
        history.states[point.itemID] = point.state
        history.lastResults[point.itemID] = point.lastResult
        s.shownAt = now
    }

    // MARK: Screens

    mutating func screenKey(_ key: Key) -> [Effect] {
        if key == .endOfInput {
            isFinished = true
            return endSessionEffects()
        }
        switch screen {
        case .learnerPicker(let selected, let typed): return learnerPickerKey(key, selected: selected, typed: typed)
        case .home(let selected): return homeKey(key, selected: selected)
        case .question(let selected): return questionKey(key, selected: selected)
        case .confidence(let chosen, let selected): return confidenceKey(key, chosen: chosen, selected: selected)
        case .feedback: return feedbackKey(key)
        case .summary, .progress:
            switch key {
            case .pageDown, .down: scroll += key == .down ? 1 : 10
            case .pageUp, .up: scroll = max(0, scroll - (key == .up ? 1 : 10))
            default: goHome()
            }
            return []
        case .sectionPicker(let selected, let forReading):
            return sectionPickerKey(key, selected: selected, forReading: forReading)
        case .settings(let selected): return settingsKey(key, selected: selected)
        case .facilitatorEntry(let typed):
            switch key {
            case .enter:
                let name = TextLayout.sanitize(typed).trimmingCharacters(in: .whitespaces)
                facilitator = name.isEmpty ? nil : name
                notice = facilitator.map { "Nurse-led session with \($0)." }
                goHome()
            case .escape: goHome()
            case .backspace: screen = .facilitatorEntry(typed: String(typed.dropLast()))
            case .character(let c) where !c.isNewline && typed.count < 40:
                screen = .facilitatorEntry(typed: typed + String(c))
            default: break
            }
            return []
        }
    }

    mutating func goHome() {
        screen = .home(selected: 0)
        scroll = 0
    }

    mutating func learnerPickerKey(_ key: Key, selected: Int, typed: String) -> [Effect] {
        switch key {
        case .up: screen = .learnerPicker(selected: max(0, selected - 1), typed: typed)
        case .down: screen = .learnerPicker(selected: min(max(0, learnerNames.count - 1), selected + 1), typed: typed)
        case .backspace: screen = .learnerPicker(selected: selected, typed: String(typed.dropLast()))
        case .escape:
            if typed.isEmpty { isFinished = true } else { screen = .learnerPicker(selected: selected, typed: "") }
        case .enter:
            let name = TextLayout.sanitize(typed).trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { return [.openLearner(name: name)] }
            if learnerNames.indices.contains(selected) { return [.openLearner(name: learnerNames[selected])] }
            notice = "Type your name or a code, then press Enter."
        case .character(let c) where !c.isNewline && typed.count < 60:
            screen = .learnerPicker(selected: selected, typed: typed + String(c))
        default: break
        }
        return []
    }

    mutating func homeKey(_ key: Key, selected: Int) -> [Effect] {
        let entries = HomeEntry.allCases
        var choice: HomeEntry?
        switch key {
        case .up: screen = .home(selected: (selected + entries.count - 1) % entries.count)
        case .down, .tab: screen = .home(selected: (selected + 1) % entries.count)
        case .enter: choice = entries[selected]
        case .escape: choice = .quit
        case .character(let c):
            if c == "?" {
                overlay = .help
            } else {
                choice = entries.first { $0.key == Character(c.lowercased()) }
            }
        default: break
        }
        guard let choice else { return [] }
        notice = nil
        switch choice {
        case .start: return startSession(mode: .review, section: nil)
        case .missed: return startSession(mode: .missed, section: nil)
        case .exam: return startSession(mode: .exam, section: nil)
        case .read: screen = .sectionPicker(selected: 0, forReading: true)
        case .section: screen = .sectionPicker(selected: 0, forReading: false)
        case .progress: return [.loadProgress]
        case .settings: screen = .settings(selected: 0)
        case .facilitator: screen = .facilitatorEntry(typed: facilitator ?? "")
        case .switchLearner:
            learner = nil
            history = .init()
            finished = nil
            // The nurse stays the same from one learner to the next.
            screen = .learnerPicker(selected: 0, typed: "")
            return [.loadLearners]
        case .quit: isFinished = true
        }
        return []
    }

    /// Plans a session and asks the store to start it; stays home with a notice if there is nothing to ask.
    mutating func startSession(mode: SessionMode, section: String?) -> [Effect] {
        guard let learner else { return [] }
        let plan = context.planner.plan(
            mode: mode, section: section, count: context.count, history: history, settings: learner.settings, now: now,
            seed: context.seed &+ UInt64(history.states.count))
        guard !plan.isEmpty else {
            switch mode {
            case .missed: notice = "No missed questions. Well done!"
            case .review:
                notice = "Nothing is due now, and today's new questions are done. Come back later, or try the exam."
            default: notice = "There are no questions for that."
            }
            goHome()
            return []
        }
        session = ActiveSession(
            id: -1, mode: mode, section: section, queue: plan.map(\.id), shownAt: now)
        finished = nil
        screen = .question(selected: 0)
        scroll = 0
        return [
            .startSession(
                NewSession(
                    learnerID: learner.id, mode: mode, section: section, facilitator: facilitator,
                    bankID: context.bank.metadata.id,
                    startedAt: now), plan: plan.map(\.id))
        ]
    }

    var currentItem: Item? { session?.currentItemID.flatMap { context.itemsByID[$0] } }

    mutating func questionKey(_ key: Key, selected: Int) -> [Effect] {
        guard let item = currentItem else { return endSessionEffects() }
        let count = item.options.count
        switch key {
        case .up: screen = .question(selected: (selected + count - 1) % count)
        case .down, .tab: screen = .question(selected: (selected + 1) % count)
        case .enter: return choose(selected, item: item)
        case .escape: return endSessionEffects()
        case .pageDown: scroll += 5
        case .pageUp: scroll = max(0, scroll - 5)
        case .character(let c):
            let lower = Character(c.lowercased())
            if let letter = "abcdefgh".firstIndex(of: lower).map({
                "abcdefgh".distance(from: "abcdefgh".startIndex, to: $0)
            }),
                letter < count
            {
                return choose(letter, item: item)
            }
            if let digit = c.wholeNumberValue, (1...count).contains(digit) { return choose(digit - 1, item: item) }
            switch lower {
            case "?": overlay = .help
            case "r": overlay = .reading(section: sectionIndex(item.section), scroll: 0)
            case "u": return undoEffects()
            case "q": return endSessionEffects()
            default: notice = "Press a letter from A to \(Character(UnicodeScalar(UInt8(64 + count)))) to answer."
            }
        default: break
        }
        return []
    }

    mutating func choose(_ option: Int, item: Item) -> [Effect] {
        if learner?.settings.confidenceStep == true && session?.mode.updatesSchedule == true {
            screen = .confidence(chosen: option, selected: 0)
            return []
        }
        return submit(option, confidence: nil)
    }

    mutating func confidenceKey(_ key: Key, chosen: Int, selected: Int) -> [Effect] {
        let levels = Grading.Confidence.allCases
        switch key {
        case .up: screen = .confidence(chosen: chosen, selected: (selected + 2) % 3)
        case .down, .tab: screen = .confidence(chosen: chosen, selected: (selected + 1) % 3)
        case .enter: return submit(chosen, confidence: levels[selected])
        case .escape: screen = .question(selected: chosen)
        case .character(let c):
            switch Character(c.lowercased()) {
            case "1", "s": return submit(chosen, confidence: .sure)
            case "2", "n": return submit(chosen, confidence: .notSure)
            case "3", "g": return submit(chosen, confidence: .guessed)
            default: break
            }
        default: break
        }
        return []
    }

    /// Grades the answer, updates the schedule in memory and asks the store to save it all at once.
    mutating func submit(_ chosen: Int, confidence: Grading.Confidence?) -> [Effect] {
        guard var s = session, let item = currentItem, let learner else { return [] }
        let correct = chosen == item.answer
        let rating = Grading.rating(correct: correct, confidence: confidence)
        let previous = history.states[item.id]
        var next: ReviewState?
        if s.mode.updatesSchedule {
            // Fuzz, as in py-fsrs, from a generator seeded by the run's seed, the item and its review count.
            var fuzz = SeededGenerator(seed: context.seed ^ Self.fnv(item.id) ^ UInt64(previous?.reps ?? 0))
            next = learner.settings.scheduler.review(
                previous ?? .new(at: now), rating: rating, at: now, fuzz: { fuzz.unit() })
        }
        s.undoStack.append(
            .init(
                queue: s.queue, position: s.position, retries: s.retries, outcomes: s.outcomes.count, itemID: item.id,
                state: previous, lastResult: history.lastResults[item.id]))
        s.outcomes.append(
            Outcome(itemID: item.id, chosen: chosen, correct: correct, confidence: confidence, due: next?.due))
        if let next { history.states[item.id] = next }
        history.lastResults[item.id] = correct
        if !correct && s.mode != .exam && (s.retries[item.id] ?? 0) < ActiveSession.maximumRetries {
            s.retries[item.id, default: 0] += 1
            let at = s.position + 1 + ActiveSession.retryGap
            if at <= s.queue.count { s.queue.insert(item.id, at: at) } else { s.queue.append(item.id) }
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
                    learnerID: learner.id, sessionID: s.id, itemID: item.id, itemVersion: item.version,
                    section: item.section,
                    chosen: chosen, chosenText: item.options[chosen], correct: correct, confidence: confidence,
                    responseMilliseconds: elapsed, answeredAt: now, rating: rating, previousState: previous,
                    newState: next))
        ]
    }

    mutating func feedbackKey(_ key: Key) -> [Effect] {
        guard var s = session, !s.pendingSave else { return [] }
        switch key {
        case .enter, .right, .character(" "), .character("n"), .character("N"):
            s.position += 1
            s.shownAt = now
            session = s
            if s.currentItemID == nil { return endSessionEffects() }
            screen = .question(selected: 0)
            scroll = 0
        case .character("r"), .character("R"):
            if let item = s.lastOutcome.flatMap({ context.itemsByID[$0.itemID] }) {
                overlay = .reading(section: sectionIndex(item.section), scroll: 0)
            }
        case .character("u"), .character("U"): return undoEffects()
        case .character("q"), .character("Q"), .escape:
            s.position += 1
            session = s
            return endSessionEffects()
        case .character("?"): overlay = .help
        case .pageDown, .down: scroll += key == .down ? 1 : 5
        case .pageUp, .up: scroll = max(0, scroll - (key == .up ? 1 : 5))
        default: break
        }
        return []
    }

    mutating func undoEffects() -> [Effect] {
        guard let s = session, !s.undoStack.isEmpty else {
            notice = "Nothing to take back in this session."
            return []
        }
        return [.undo(sessionID: s.id)]
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
        return s.id >= 0 ? [.endSession(id: s.id), .loadHistory] : []
    }

    mutating func sectionPickerKey(_ key: Key, selected: Int, forReading: Bool) -> [Effect] {
        let count = context.bank.sections.count
        var pick: Int?
        switch key {
        case .up: screen = .sectionPicker(selected: (selected + count - 1) % count, forReading: forReading)
        case .down, .tab: screen = .sectionPicker(selected: (selected + 1) % count, forReading: forReading)
        case .enter: pick = selected
        case .escape, .character("q"): goHome()
        case .character(let c):
            if let d = c.wholeNumberValue, (1...count).contains(d) { pick = d - 1 }
        default: break
        }
        guard let pick else { return [] }
        if forReading {
            overlay = .reading(section: pick, scroll: 0)
            return []
        }
        return startSession(mode: .section, section: context.bank.sections[pick].id)
    }

    mutating func settingsKey(_ key: Key, selected: Int) -> [Effect] {
        guard var settings = learner?.settings else { return [] }
        let entries = SettingsEntry.allCases
        var change = 0
        switch key {
        case .up: screen = .settings(selected: (selected + entries.count - 1) % entries.count)
        case .down, .tab: screen = .settings(selected: (selected + 1) % entries.count)
        case .left, .character("-"): change = -1
        case .right, .enter, .character(" "), .character("+"): change = 1
        case .escape, .character("q"): goHome()
        default: break
        }
        guard change != 0 else { return [] }
        switch entries[selected] {
        case .confidence: settings.confidenceStep.toggle()
        case .newPerDay: settings.newPerDay = min(50, max(0, settings.newPerDay + change * 5))
        case .algorithm: settings.algorithm = settings.algorithm == .fsrs ? .sm2 : .fsrs
        }
        learner?.settings = settings
        return [.saveSettings(settings)]
    }

    mutating func overlayKey(_ key: Key) -> [Effect] {
        switch overlay {
        case .help: overlay = nil
        case .reading(let section, let offset):
            let count = context.bank.sections.count
            switch key {
            case .down: overlay = .reading(section: section, scroll: offset + 1)
            case .up: overlay = .reading(section: section, scroll: max(0, offset - 1))
            case .pageDown, .character(" "): overlay = .reading(section: section, scroll: offset + 8)
            case .pageUp: overlay = .reading(section: section, scroll: max(0, offset - 8))
            case .right, .tab: overlay = .reading(section: (section + 1) % count, scroll: 0)
            case .left: overlay = .reading(section: (section + count - 1) % count, scroll: 0)
            default: overlay = nil
            }
        case nil: break
        }
        return []
    }

    static func fnv(_ s: String) -> UInt64 {
        s.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    func sectionIndex(_ id: String) -> Int { context.bank.sections.firstIndex { $0.id == id } ?? 0 }
}
