import ContentModel
import Foundation
import QuestionGeneration
import Scheduling
import LearnerModel

/// Chooses which questions a session asks, and in what order.
public struct SessionPlanner: Sendable {
    /// What the planner knows about a learner.
    public struct History: Sendable, Equatable {
        public var states: [String: ReviewState]
        public var lastResults: [String: Bool]
        public var lapsed: Set<String>
        public var introducedToday: Int

        public init(
            states: [String: ReviewState] = [:], lastResults: [String: Bool] = [:], lapsed: Set<String> = [],
            introducedToday: Int = 0
        ) {
            self.states = states
            self.lastResults = lastResults
            self.lapsed = lapsed
            self.introducedToday = introducedToday
        }
    }

    public static let defaultExamLength = 10
    public static let defaultSectionLength = 10
    /// How many days back a forgotten item counts as "missed".
    public static let lapseWindowDays = 14.0

    public let items: [Item]
    public let sectionOrder: [String]

    public init(items: [Item], sectionOrder: [String]) {
        self.items = items
        self.sectionOrder = sectionOrder
    }

    /// Today's plan in numbers: items due now and new items still allowed today.
    public func counts(history: History, settings: LearnerSettings, now: Date) -> (due: Int, new: Int) {
        let due = items.filter { history.states[$0.id].map { $0.due <= now } ?? false }.count
        let unseen = items.filter { history.states[$0.id] == nil }.count
        return (due, min(unseen, max(0, settings.newPerDay - history.introducedToday)))
    }

    /// The questions for a session, in asking order.
    public func plan(
        mode: SessionMode, section: String? = nil, count: Int? = nil, history: History, settings: LearnerSettings,
        now: Date, seed: UInt64
    ) -> [Item] {
        var rng = SeededGenerator(seed: seed)
        var chosen: [Item]
        switch mode {
        case .review:
            let due = items.filter { history.states[$0.id].map { $0.due <= now } ?? false }
                .sorted { (history.states[$0.id]?.due ?? now, $0.id) < (history.states[$1.id]?.due ?? now, $1.id) }
            let allowance = max(0, settings.newPerDay - history.introducedToday)
            let fresh = interleave(items.filter { history.states[$0.id] == nil }.shuffled(using: &rng)).prefix(
                allowance)
            chosen = interleave(due) + fresh
        case .missed:
            chosen = interleave(
                items.filter { history.lastResults[$0.id] == false || history.lapsed.contains($0.id) }.shuffled(
                    using: &rng))
        case .section:
            let inSection = items.filter { $0.section == section }
            let due = inSection.filter { history.states[$0.id].map { $0.due <= now } ?? false }.shuffled(using: &rng)
            let rest = inSection.filter { !(history.states[$0.id].map { $0.due <= now } ?? false) }.shuffled(
                using: &rng)
            chosen = Array((due + rest).prefix(count ?? Self.defaultSectionLength))
        case .exam:
            // An even spread over sections, critical safety items first within each.
            let bySection = sectionOrder.map { id in
                items.filter { $0.section == id }.shuffled(using: &rng).sorted { $0.critical && !$1.critical }
            }
            var spread: [Item] = []
            var round = 0
            let length = min(count ?? Self.defaultExamLength, items.count)
            while spread.count < length && bySection.contains(where: { $0.count > round }) {
                for list in bySection where list.count > round && spread.count < length { spread.append(list[round]) }
                round += 1
            }
            chosen = spread.shuffled(using: &rng)
        }
        if let count, mode != .exam, mode != .section { chosen = Array(chosen.prefix(count)) }
        return Self.separateTopics(chosen)
    }

    /// Round-robin across sections in the bank's order, so one section does not come all at once.
    func interleave(_ list: [Item]) -> [Item] {
        var queues = sectionOrder.map { id in list.filter { $0.section == id } }
        let unknown = list.filter { !sectionOrder.contains($0.section) }
        var result: [Item] = []
        while queues.contains(where: { !$0.isEmpty }) {
            for i in queues.indices where !queues[i].isEmpty { result.append(queues[i].removeFirst()) }
        }
        return result + unknown
    }

    /// Reorders so two items about the same topic never come back to back, where that is possible.
    static func separateTopics(_ list: [Item]) -> [Item] {
        var remaining = list
        var result: [Item] = []
        while !remaining.isEmpty {
            let index = remaining.firstIndex { $0.topic != result.last?.topic } ?? 0
            result.append(remaining.remove(at: index))
        }
        return result
    }
}
