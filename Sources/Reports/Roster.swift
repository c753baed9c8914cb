import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import QuizEngine
import Scheduling

/// The nurse's view of the clinic: every learner with a plan, each planned topic a row — its date, days left, on
/// track or not, ready or what is missing, points needing teach-back, the last session, and safety alerts — in the
/// order the nurse should see them (`RosterEntry.inOrder`).
package enum Roster {
    /// A topic's bank and questions, opened once for every learner planned on it.
    package typealias OpenTopic = (String) throws -> (bank: Bank, items: [Item])?

    /// The roster from the store: learners with a plan; with `by`, only topics to be ready by then; with `topic`,
    /// only that topic. A planned topic that cannot be opened (a bank removed) is left out, and named in `missing`.
    /// Each row's sentences are in `language`, or else in its topic's.
    package static func build(
        store: any LearnerDatabase, open: OpenTopic, now: Date, timeZone: TimeZone, by: CalendarDay? = nil,
        topic: String? = nil, language: Language? = nil
    ) throws -> (entries: [RosterEntry], missing: [String]) {
        var opened: [String: (bank: Bank, items: [Item])] = [:]
        var missing: [String] = []
        var entries: [RosterEntry] = []
        for learner in try store.learners() {
            for entry in try store.plan(learnerID: learner.id) {
                if let topic, entry.bankID != topic { continue }
                if let by {
                    guard let readyBy = entry.readyBy, readyBy <= by else { continue }
                }
                if opened[entry.bankID] == nil, !missing.contains(entry.bankID) {
                    if let topic = try open(entry.bankID) {
                        opened[entry.bankID] = topic
                    } else {
                        missing.append(entry.bankID)
                    }
                }
                guard let (bank, items) = opened[entry.bankID] else { continue }
                entries.append(
                    try row(
                        learner: learner, entry: entry, bank: bank, items: items, store: store, now: now,
                        timeZone: timeZone, language: language))
            }
        }
        return (RosterEntry.inOrder(entries), missing)
    }

    static func row(
        learner: Learner, entry: PlanEntry, bank: Bank, items: [Item], store: any LearnerDatabase, now: Date,
        timeZone: TimeZone, language: Language? = nil
    ) throws -> RosterEntry {
        let id = bank.metadata.id
        let strings = language.map(Strings.init) ?? Strings(bankLanguage: bank.metadata.language)
        let attempts = try store.attempts(learnerID: learner.id, bankID: id, since: nil)
        let teachBacks = try store.teachBacks(learnerID: learner.id, bankID: id)
        let states = try store.reviewStates(learnerID: learner.id, bankID: id)
        let readiness = Readiness.assess(
            items: items, states: states, lastResults: Readiness.lastResults(attempts, items: items),
            readyBy: entry.readyBy,
            dailyLimit: learner.settings.newPerDay, now: now, timeZone: timeZone)
        let flags = LearnerReport.flagRows(
            misses: try store.pointMisses(learnerID: learner.id, bankID: id), teachBacks: teachBacks, bank: bank,
            items: items)
        let today = CalendarDay(now, in: timeZone)
        return RosterEntry(
            learner: learner.name, topicID: id, topicTitle: bank.metadata.title, readyBy: entry.readyBy,
            daysLeft: entry.readyBy.map { $0.number - today.number }, onTrack: readiness.onTrack,
            isReady: readiness.isReady,
            readiness: readiness.sentence(dayName: { strings.topics.day($0) }, strings.report),
            needsTeachBack: flags.map(\.label),
            lastSession: try store.sessions(learnerID: learner.id, bankID: id, since: nil).last?.startedAt,
            safetyAlerts: safetyAlerts(attempts: attempts, teachBacks: teachBacks, bank: bank, items: items))
    }

    /// Safety points answered wrong with the confidence "sure" since the patient last explained them back (a
    /// teach-back result of "own words" or "after re-teaching"): the patient believes the unsafe thing. One alert a
    /// point, the latest such answer.
    package static func safetyAlerts(
        attempts: [StoredAttempt], teachBacks: [TeachBackRecord], bank: Bank, items: [Item]
    ) -> [RosterEntry.SafetyAlert] {
        let byItem = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var explained: [String: Date] = [:]
        for t in teachBacks where t.result.understood {
            explained[t.pointID] = max(explained[t.pointID] ?? .distantPast, t.recordedAt)
        }
        var alerts: [String: RosterEntry.SafetyAlert] = [:]
        var order: [String] = []
        for a in attempts where !a.correct && a.confidence == Grading.Confidence.sure.rawValue {
            guard let item = byItem[a.itemID], item.critical else { continue }
            let point = item.teachingPoint
            guard a.answeredAt > (explained[point] ?? .distantPast) else { continue }
            if alerts[point] == nil { order.append(point) }
            alerts[point] = RosterEntry.SafetyAlert(
                pointID: point, label: TeachBack.label(for: item, in: bank), at: a.answeredAt)
        }
        return order.compactMap { alerts[$0] }
    }
}
