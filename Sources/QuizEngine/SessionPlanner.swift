import ContentModel
import Foundation
import QuestionGeneration
import Scheduling
import LearnerModel

/// Chooses which questions a session asks, and in what order.
///
/// The unit is the teaching point (`Item.teachingPoint`): the forms of one point share one review state, a session
/// asks one form of each point, and the forms take turns on successive reviews.
public struct SessionPlanner: Sendable {
    /// What the planner knows about a learner, each entry by teaching point.
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

    /// One teaching point: its forms, in the bank's order.
    public struct Point: Sendable {
        public var id: String
        public var forms: [Item]
        public var section: String { forms[0].section }
        public var topic: String { forms[0].topic }
        public var critical: Bool { forms.contains(where: \.critical) }
    }

    public static let defaultExamLength = 10
    public static let defaultSectionLength = 10
    /// How many days back a forgotten item counts as "missed".
    public static let lapseWindowDays = 14.0

    public let points: [Point]
    public let sectionOrder: [String]

    public init(items: [Item], sectionOrder: [String]) {
        var order: [String] = []
        var forms: [String: [Item]] = [:]
        for item in items {
            if forms[item.teachingPoint] == nil { order.append(item.teachingPoint) }
            forms[item.teachingPoint, default: []].append(item)
        }
        points = order.map { Point(id: $0, forms: forms[$0] ?? []) }
        self.sectionOrder = sectionOrder
    }

    /// The form of `point` to ask now: the forms take turns, one per review.
    public func form(of point: Point, history: History) -> Item {
        point.forms[(history.states[point.id]?.reps ?? 0) % point.forms.count]
    }

    /// Another form of the item's point than the item itself (for asking again after a miss), or the item.
    public func otherForm(of item: Item) -> Item {
        guard let point = points.first(where: { $0.id == item.teachingPoint }), point.forms.count > 1,
            let index = point.forms.firstIndex(where: { $0.id == item.id })
        else { return item }
        return point.forms[(index + 1) % point.forms.count]
    }

    /// Today's plan in teaching points: those due now, and new ones still allowed today.
    public func counts(history: History, settings: LearnerSettings, now: Date) -> (due: Int, new: Int) {
        let due = points.filter { history.states[$0.id].map { $0.due <= now } ?? false }.count
        let unseen = points.filter { history.states[$0.id] == nil }.count
        return (due, min(unseen, max(0, settings.newPerDay - history.introducedToday)))
    }

    /// The questions for a session, in asking order: one form of each teaching point chosen.
    public func plan(
        mode: SessionMode, section: String? = nil, count: Int? = nil, history: History, settings: LearnerSettings,
        now: Date, seed: UInt64
    ) -> [Item] {
        var rng = SeededGenerator(seed: seed)
        func isDue(_ point: Point) -> Bool { history.states[point.id].map { $0.due <= now } ?? false }
        var chosen: [Point]
        switch mode {
        case .review:
            let due = points.filter(isDue)
                .sorted { (history.states[$0.id]?.due ?? now, $0.id) < (history.states[$1.id]?.due ?? now, $1.id) }
            let allowance = max(0, settings.newPerDay - history.introducedToday)
            let fresh = interleave(points.filter { history.states[$0.id] == nil }.shuffled(using: &rng)).prefix(
                allowance)
            chosen = interleave(due) + fresh
        case .missed:
            chosen = interleave(
                points.filter { history.lastResults[$0.id] == false || history.lapsed.contains($0.id) }.shuffled(
                    using: &rng))
        case .section:
            let inSection = points.filter { $0.section == section }
            let due = inSection.filter(isDue).shuffled(using: &rng)
            let rest = inSection.filter { !isDue($0) }.shuffled(using: &rng)
            chosen = Array((due + rest).prefix(count ?? Self.defaultSectionLength))
        case .exam:
            // An even spread over sections, critical safety points first within each.
            let bySection = sectionOrder.map { id in
                points.filter { $0.section == id }.shuffled(using: &rng).sorted { $0.critical && !$1.critical }
            }
            var spread: [Point] = []
            var round = 0
            let length = min(count ?? Self.defaultExamLength, points.count)
            while spread.count < length && bySection.contains(where: { $0.count > round }) {
                for list in bySection where list.count > round && spread.count < length { spread.append(list[round]) }
                round += 1
            }
            chosen = spread.shuffled(using: &rng)
        }
        if let count, mode != .exam, mode != .section { chosen = Array(chosen.prefix(count)) }
        return Self.separateTopics(chosen.map { form(of: $0, history: history) })
    }

    /// Round-robin across sections in the bank's order, so one section does not come all at once.
    func interleave(_ list: [Point]) -> [Point] {
        var queues = sectionOrder.map { id in list.filter { $0.section == id } }
        let unknown = list.filter { !sectionOrder.contains($0.section) }
        var result: [Point] = []
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
