import ContentModel
import Foundation
import QuestionGeneration
import Scheduling
import LearnerModel

/// Chooses which questions a session asks, and in what order.
///
/// The unit is the teaching point (`Item.teachingPoint`): the forms of one point share one review state, a session
/// asks one form of each point, and the forms take turns on successive reviews.
package struct SessionPlanner: Sendable {
    /// What the planner knows about a learner, each entry by teaching point.
    package struct History: Sendable, Equatable {
        package var states: [String: ReviewState]
        package var lastResults: [String: Bool]
        package var lapsed: Set<String>
        package var introducedToday: Int
        /// When each point was answered with the schedule moving, for pacing to a date.
        package var answerTimes: [String: [Date]]
        /// Sessions in which each point was missed since the patient last explained it by teach-back.
        package var missesSinceTeachBack: [String: Int]

        package init(
            states: [String: ReviewState] = [:], lastResults: [String: Bool] = [:], lapsed: Set<String> = [],
            introducedToday: Int = 0, answerTimes: [String: [Date]] = [:], missesSinceTeachBack: [String: Int] = [:]
        ) {
            self.missesSinceTeachBack = missesSinceTeachBack
            self.states = states
            self.lastResults = lastResults
            self.lapsed = lapsed
            self.introducedToday = introducedToday
            self.answerTimes = answerTimes
        }
    }

    /// The learner's day, for pacing: today's date where they are, and the day the plan says to be ready by.
    package struct Day: Sendable, Equatable {
        package var today: CalendarDay
        package var timeZone: TimeZone
        package var readyBy: CalendarDay?

        package init(now: Date, timeZone: TimeZone, readyBy: CalendarDay? = nil) {
            self.today = CalendarDay(now, in: timeZone)
            self.timeZone = timeZone
            self.readyBy = readyBy
        }

    }

    /// One teaching point: its forms, in the bank's order.
    package struct Point: Sendable {
        package var id: String
        package var forms: [Item]
        package var section: String { forms[0].section }
        package var topic: String { forms[0].topic }
        package var critical: Bool { forms.contains(where: \.critical) }
    }

    package static let defaultExamLength = 10
    package static let defaultSectionLength = 10
    /// How many days back a forgotten item counts as "missed".
    package static let lapseWindowDays = 14.0

    package let points: [Point]
    package let sectionOrder: [String]
    /// For each item, the items its texts give away (`LeakGraph`): never asked after it in one session.
    package let reveals: [String: [String]]

    package init(items: [Item], sectionOrder: [String], reveals: [String: [String]] = [:]) {
        self.reveals = reveals
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
    package func form(of point: Point, history: History) -> Item {
        point.forms[(history.states[point.id]?.reps ?? 0) % point.forms.count]
    }

    /// Another form of the item's point than the item itself (for asking again after a miss), or the item.
    package func otherForm(of item: Item) -> Item {
        guard let point = points.first(where: { $0.id == item.teachingPoint }), point.forms.count > 1,
            let index = point.forms.firstIndex(where: { $0.id == item.id })
        else { return item }
        return point.forms[(index + 1) % point.forms.count]
    }

    /// Whether the point is to be asked now: its schedule says so, or (with a date ahead) it still needs one of its
    /// reviews before the date and has not been answered today.
    package func isDue(_ point: Point, history: History, now: Date, day: Day) -> Bool {
        Self.isDue(pointID: point.id, history: history, now: now, day: day)
    }

    /// The same for a point known only by its id (a topic whose questions are not loaded).
    package static func isDue(pointID: String, history: History, now: Date, day: Day) -> Bool {
        guard let state = history.states[pointID] else { return false }
        if isDue(state, now: now, day: day) { return true }
        guard let readyBy = day.readyBy, day.today < readyBy else { return false }
        let days = (history.answerTimes[pointID] ?? []).map { CalendarDay($0, in: day.timeZone) }
        return Pacing.needsReviewToday(answerDays: days, today: day.today, readyBy: readyBy)
    }

    /// Whether the schedule asks for a review now. A review in days is due all through the day it falls on, as in
    /// Anki: one answered at 09:05 yesterday with a one-day interval is due at 09:00 today. Learning steps (minutes)
    /// are due at their time.
    package static func isDue(_ state: ReviewState, now: Date, day: Day) -> Bool {
        state.due <= now || (state.phase == .review && CalendarDay(state.due, in: day.timeZone) <= day.today)
    }

    /// Points of this topic never seen.
    func unseenCount(_ history: History) -> Int { points.filter { history.states[$0.id] == nil }.count }

    /// The pace a date sets today, counting the points introduced today as still to come (so it holds all day).
    package func pace(history: History, settings: LearnerSettings, day: Day) -> Pacing.Pace? {
        Self.pace(unseen: unseenCount(history), history: history, settings: settings, day: day)
    }

    static func pace(unseen: Int, history: History, settings: LearnerSettings, day: Day) -> Pacing.Pace? {
        day.readyBy.map {
            Pacing.pace(
                unseen: unseen + history.introducedToday, today: day.today, readyBy: $0, dailyLimit: settings.newPerDay)
        }
    }

    /// New points still allowed today: the learner's daily limit, or the pace a date ahead sets.
    package func newAllowance(history: History, settings: LearnerSettings, day: Day) -> Int {
        Self.newAllowance(unseen: unseenCount(history), history: history, settings: settings, day: day)
    }

    static func newAllowance(unseen: Int, history: History, settings: LearnerSettings, day: Day) -> Int {
        let perDay =
            pace(unseen: unseen, history: history, settings: settings, day: day).flatMap {
                $0.isOver ? nil : $0.newToday
            } ?? settings.newPerDay
        return min(unseen, max(0, perDay - history.introducedToday))
    }

    /// Today's plan in teaching points: those due now, and new ones still allowed today.
    package func counts(history: History, settings: LearnerSettings, now: Date, day: Day) -> TopicDay {
        Self.counts(
            due: points.filter { isDue($0, history: history, now: now, day: day) }.count,
            unseen: unseenCount(history), history: history, settings: settings, day: day)
    }

    /// Today's plan for a topic whose questions are not loaded: its history and how many points it has.
    package static func counts(pointCount: Int, history: History, settings: LearnerSettings, now: Date, day: Day)
        -> TopicDay
    {
        counts(
            due: history.states.keys.filter { isDue(pointID: $0, history: history, now: now, day: day) }.count,
            unseen: max(0, pointCount - history.states.count), history: history, settings: settings, day: day)
    }

    static func counts(due: Int, unseen: Int, history: History, settings: LearnerSettings, day: Day) -> TopicDay {
        TopicDay(
            due: due, new: newAllowance(unseen: unseen, history: history, settings: settings, day: day),
            readyBy: day.readyBy, pace: pace(unseen: unseen, history: history, settings: settings, day: day))
    }

    /// Points due now, soonest first (a point pulled forward for a date counts as due now).
    func duePoints(history: History, now: Date, day: Day) -> [Point] {
        points.filter { isDue($0, history: history, now: now, day: day) }
            .sorted {
                (min(history.states[$0.id]?.due ?? now, now), $0.id) < (
                    min(history.states[$1.id]?.due ?? now, now), $1.id
                )
            }
    }

    /// New points for today, spread over sections, in a seeded order.
    func newPoints(history: History, settings: LearnerSettings, day: Day, rng: inout SeededGenerator) -> [Point] {
        let allowance = newAllowance(history: history, settings: settings, day: day)
        return Array(interleave(points.filter { history.states[$0.id] == nil }.shuffled(using: &rng)).prefix(allowance))
    }

    /// The questions for a session, in asking order: one form of each teaching point chosen.
    package func plan(
        mode: SessionMode, section: String? = nil, count: Int? = nil, history: History, settings: LearnerSettings,
        now: Date, day: Day, seed: UInt64
    ) -> [Item] {
        var rng = SeededGenerator(seed: seed)
        func isDue(_ point: Point) -> Bool { self.isDue(point, history: history, now: now, day: day) }
        var chosen: [Point]
        switch mode {
        case .review:
            chosen =
                interleave(duePoints(history: history, now: now, day: day))
                + newPoints(history: history, settings: settings, day: day, rng: &rng)
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
        case .teachBack:
            // The nurse's checklist asks no questions (`AppState.teachBackPoints`).
            chosen = []
        }
        if let count, mode != .exam, mode != .section { chosen = Array(chosen.prefix(count)) }
        return ordered(Self.separateTopics(chosen.map { form(of: $0, history: history) }))
    }

    /// The items with no one asked after an item that gives it away.
    func ordered(_ items: [Item]) -> [Item] {
        reveals.isEmpty ? items : Self.orderedForLeaks(items, reveals: { reveals[$0] ?? [] })
    }

    /// A review across topics: every topic's due points first, taking turns topic by topic, then every topic's new
    /// points, taking turns too. `topics` are (planner, history, settings' day) in the learner's order.
    package static func planAcross(
        _ topics: [(id: String, planner: SessionPlanner, history: History, day: Day)], count: Int?,
        settings: LearnerSettings, now: Date, seed: UInt64
    ) -> [Asked] {
        var rng = SeededGenerator(seed: seed)
        func forms(_ points: [Point], _ t: (id: String, planner: SessionPlanner, history: History, day: Day))
            -> [Asked]
        {
            t.planner.ordered(SessionPlanner.separateTopics(points.map { t.planner.form(of: $0, history: t.history) }))
                .map { Asked(topic: t.id, item: $0.id) }
        }
        let due = topics.map { t in
            forms(t.planner.interleave(t.planner.duePoints(history: t.history, now: now, day: t.day)), t)
        }
        let fresh = topics.map { t in
            forms(t.planner.newPoints(history: t.history, settings: settings, day: t.day, rng: &rng), t)
        }
        let chosen = takingTurns(due) + takingTurns(fresh)
        let all = count.map { Array(chosen.prefix($0)) } ?? chosen
        // Leaks are within a topic; across the taking of turns, order each topic's items as its planner does.
        let planners = Dictionary(topics.map { ($0.id, $0.planner) }, uniquingKeysWith: { a, _ in a })
        let separator = "\u{0}"
        return orderedForLeaks(all, id: { $0.topic + separator + $0.item }) { key in
            let parts = key.components(separatedBy: separator)
            guard parts.count == 2, let planner = planners[parts[0]] else { return [] }
            return (planner.reveals[parts[1]] ?? []).map { parts[0] + separator + $0 }
        }
    }

    /// The lists' first elements, then their second, and so on.
    static func takingTurns<T>(_ lists: [[T]]) -> [T] {
        var result: [T] = []
        var index = 0
        while lists.contains(where: { $0.count > index }) {
            for list in lists where list.count > index { result.append(list[index]) }
            index += 1
        }
        return result
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
