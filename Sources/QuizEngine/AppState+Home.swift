import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import Scheduling

extension AppState {
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
            ($0 != .topics || showsTopics) && (($0 != .plan && $0 != .teachBack && $0 != .roster) || nurse != nil)
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
        case .open(.signIn) where nurse != nil: return signOut()
        case .open(.signIn): screen = .signIn(SignInForm())
        case .signOut: return signOut()
        case .open(.teachBack) where facilitator != nil: return beginTeachBackFromMenu()
        // Every patient's name is on it: only for a nurse who signed in.
        case .open(.roster) where nurse != nil: return [.loadRoster]
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
            // The topic keeps the nurse who first assigned it; the audit trail names whoever changes it.
            let assigner =
                existing?.assignedBy != nil ? (existing?.assignedBy, existing?.assignedByID) : (facilitator, nurse?.id)
            let entry = PlanEntry(
                bankID: id, readyBy: readyBy, assignedAt: existing?.assignedAt ?? now, assignedBy: assigner.0,
                assignedByID: assigner.1)
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
