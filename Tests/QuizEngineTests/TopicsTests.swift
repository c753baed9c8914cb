import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
@testable import QuizEngine
import Scheduling
import Testing
import TestSupport

let utcZone = TimeZone(identifier: "UTC") ?? .current

/// Several topics: history kept apart, the topics screen, sessions across topics, and pacing to a date.
struct TopicsTests {
    /// 2026-12-01T09:00:00Z, and the same time on the days after.
    static let dayZero = Date(timeIntervalSince1970: 1_796_115_600)

    @Test func theTwoBanksShareAConceptIDWithOneMeaningEach() throws {
        // The fixture is only useful if it really shares an id with the built-in bank.
        let topics = try testTopics()
        let shared = Set(topics[0].planner.points.map(\.id)).intersection(topics[1].planner.points.map(\.id))
        #expect(shared.contains("concept:recurrence"))
    }

    @Test func aSharedConceptIDKeepsSeparateHistoriesInEachTopic() throws {
        let topics = try testTopics()
        let store = MemoryStore()
        let clock = TestClock()
        // Given a learner who answers the shared concept wrongly in the built-in topic
        var driver = try makeTopicsDriver(topics: topics, store: store, clock: clock)
        driver.send(.openTopic(TestBank.builtInID))
        driver.send(.start(.section, section: "benefits"))
        while let item = driver.item {
            driver.answer(correct: item.teachingPoint != "concept:recurrence")
        }
        #expect(store.states[.init(1, TestBank.builtInID)]?["concept:recurrence"] != nil)
        // When they open the other topic
        driver = try makeTopicsDriver(topics: topics, store: store, clock: clock)
        driver.send(.openTopic(TestBank.handWashingID))
        // Then its concept of the same id is new there, with no last result and nothing missed
        #expect(driver.state.history.states["concept:recurrence"] == nil)
        #expect(driver.state.history.lastResults["concept:recurrence"] == nil)
        driver.send(.start(.missed, section: nil))
        #expect(driver.state.session == nil)
        // And answering it there writes its own state, leaving the other topic's alone
        let before = store.states[.init(1, TestBank.builtInID)]?["concept:recurrence"]
        driver.send(.start(.section, section: "why"))
        while driver.item != nil { driver.answer(correct: true) }
        #expect(store.states[.init(1, TestBank.handWashingID)]?["concept:recurrence"] != nil)
        #expect(store.states[.init(1, TestBank.builtInID)]?["concept:recurrence"] == before)
        #expect(
            store.recorded.allSatisfy {
                ($0.bankID == TestBank.handWashingID) == ($0.section == "why" || $0.section == "how")
            })
    }

    @Test func aLearnerWithTwoTopicsSeesThemWithTheirCountsAndCanReviewAcrossThem() throws {
        let topics = try testTopics()
        let store = MemoryStore()
        let clock = TestClock()
        let driver = try makeTopicsDriver(topics: topics, store: store, clock: clock)
        // Then the first screen lists both topics, each with what it asks today
        guard case .topics(let view) = driver.view.screen else {
            Issue.record("no topics screen: \(driver.view.screen)")
            return
        }
        #expect(view.rows.count == 2 + 3)
        #expect(view.rows[0].label.hasSuffix(": 0 due, 10 new"))
        #expect(view.rows[1].label == "Washing your hands to stay well: 0 due, 10 new")
        // When the learner reviews across topics
        driver.send(.reviewAllTopics)
        let queue = try #require(driver.state.session?.queue)
        // Then new questions of both topics take turns
        #expect(queue.count == 20)
        #expect(
            queue.prefix(4).map(\.topic) == [
                TestBank.builtInID, TestBank.handWashingID, TestBank.builtInID, TestBank.handWashingID,
            ])
        // And each answer names its own topic's bank
        driver.answer(correct: true)
        driver.answer(correct: true)
        #expect(store.recorded.map(\.bankID) == [TestBank.builtInID, TestBank.handWashingID])
        #expect(store.startedSessions.last?.session.bankID == nil)
        // And the summary counts by topic
        driver.send(.stop)
        guard case .summary(let summary?) = driver.view.screen else {
            Issue.record("no summary")
            return
        }
        #expect(summary.sections.map(\.asked) == [1, 1])
        #expect(summary.sections.last?.title == "Washing your hands to stay well")
    }

    @Test func theHomeScreenSaysWhatTheDateMeansToday() throws {
        let topics = try testTopics()
        let store = MemoryStore()
        let clock = TestClock()
        clock.now = Self.dayZero
        let ana = try store.addLearner("Ana", at: clock.now)
        try store.setPlanEntry(
            PlanEntry(bankID: TestBank.handWashingID, readyBy: CalendarDay("2026-12-06"), assignedAt: clock.now),
            learnerID: ana.id)
        let driver = try makeTopicsDriver(topics: topics, initial: TestBank.handWashingID, store: store, clock: clock)
        guard case .home(let home) = driver.view.screen else {
            Issue.record("not home: \(driver.view.screen)")
            return
        }
        // 12 points over the 3 days that leave two more for reviews before 6 December: 4 a day.
        #expect(home.dateLine == "5 days until 6 December: 4 questions today")
        #expect(home.today?.new == 4)
    }

    /// The issue's "done when": two topics, a date a week ahead, a week of daily sessions answering everything right.
    @Test func aWeekOfDailySessionsIntroducesEveryPointInTimeAndReviewsItTwiceBeforeTheDate() throws {
        let topics = try testTopics()
        let store = MemoryStore()
        let clock = TestClock()
        clock.now = Self.dayZero
        let readyBy = try #require(CalendarDay("2026-12-08"))
        let ana = try store.addLearner("Ana", at: clock.now)
        for topic in topics {
            try store.setPlanEntry(
                PlanEntry(bankID: topic.id, readyBy: readyBy, assignedAt: clock.now), learnerID: ana.id)
        }
        for day in 0..<7 {
            clock.now = Self.dayZero.addingTimeInterval(Double(day) * 86_400)
            let driver = try makeTopicsDriver(topics: topics, store: store, clock: clock)
            driver.send(.reviewAllTopics)
            var asked = 0
            while driver.item != nil {
                clock.advance(20)
                driver.answer(correct: true)
                asked += 1
            }
            #expect(asked > 0, "day \(day) asked nothing")
        }
        for topic in topics {
            let times = try store.answerTimes(learnerID: ana.id, bankID: topic.id)
            for point in topic.planner.points {
                let days = Set((times[point.id] ?? []).map { CalendarDay($0, in: utcZone) })
                #expect(days.count >= 3, "\(topic.id) \(point.id) answered on \(days.count) days")
                #expect(days.allSatisfy { $0 < readyBy })
            }
        }
    }

    @Test func pacingSpreadsTheNewPointsAndSaysWhenTheDateIsTooClose() throws {
        let today = try #require(CalendarDay("2026-12-01"))
        let week = Pacing.pace(unseen: 55, today: today, readyBy: today.adding(days: 7), dailyLimit: 10)
        #expect(week.introductionDaysLeft == 5)
        #expect(week.neededPerDay == 11)
        #expect(week.exceedsLimit)
        #expect(!week.tooLate)
        let roomy = Pacing.pace(unseen: 12, today: today, readyBy: today.adding(days: 30), dailyLimit: 10)
        #expect(roomy.neededPerDay == 1 && !roomy.exceedsLimit)
        let close = Pacing.pace(unseen: 12, today: today, readyBy: today.adding(days: 2), dailyLimit: 10)
        #expect(close.tooLate && close.newToday == 12)
        let past = Pacing.pace(unseen: 12, today: today, readyBy: today.adding(days: -1), dailyLimit: 10)
        #expect(past.isOver && past.newToday == 10)
        // A point answered today is not asked again today; one answered on two later days is secured.
        let d = today
        #expect(Pacing.needsReviewToday(answerDays: [d.adding(days: -1)], today: d, readyBy: d.adding(days: 3)))
        #expect(!Pacing.needsReviewToday(answerDays: [d], today: d, readyBy: d.adding(days: 3)))
        #expect(
            !Pacing.needsReviewToday(
                answerDays: [d.adding(days: -2), d.adding(days: -1), d.adding(days: -1)], today: d.adding(days: 1),
                readyBy: d.adding(days: 3)) == false)
        #expect(
            !Pacing.needsReviewToday(
                answerDays: [d.adding(days: -3), d.adding(days: -2), d.adding(days: -1)], today: d,
                readyBy: d.adding(days: 3)))
    }

    @Test func calendarDaysParseOnlyRealDays() {
        #expect(CalendarDay("2026-12-12")?.description == "2026-12-12")
        #expect(CalendarDay("2026-02-30") == nil)
        #expect(CalendarDay("2026-1-5") == nil)
        #expect(CalendarDay("tomorrow") == nil)
        #expect(CalendarDay("2028-02-29")?.components.day == 29)
    }
}

/// No item gives another away (issue 23, §3): the planner never asks a revealed item after its revealer.
struct LeakOrderTests {
    @Test func aRevealedItemIsNeverAskedAfterItsRevealerIn200SeededSessions() throws {
        let bank = try TestSupport.builtInBank()
        let items = QuestionGenerator.generate(bank, seed: 0).items
        // Given every item revealing the one after it (a chain), and the last revealing the first (a circle).
        var reveals: [String: [String]] = [:]
        for (n, item) in items.enumerated() { reveals[item.id] = [items[(n + 1) % items.count].id] }
        let planner = SessionPlanner(items: items, sectionOrder: bank.sections.map(\.id), reveals: reveals)
        var sessionsWithBoth = 0
        for seed in 0..<200 as Range<UInt64> {
            let plan = planner.plan(
                mode: .review, history: .init(), settings: LearnerSettings(newPerDay: 1000),
                now: TopicsTests.dayZero, day: .init(now: TopicsTests.dayZero, timeZone: utcZone), seed: seed)
            let position = Dictionary(uniqueKeysWithValues: plan.enumerated().map { ($1.id, $0) })
            for item in plan {
                for revealed in reveals[item.id] ?? [] {
                    guard let later = position[revealed], let here = position[item.id] else { continue }
                    sessionsWithBoth += 1
                    #expect(later < here, "\(revealed) was asked after \(item.id), which gives it away")
                }
            }
        }
        #expect(sessionsWithBoth > 0)
    }

    @Test func theOrderIsThePlannersWhereNothingLeaks() {
        func item(_ id: String) -> Item {
            Item(
                id: id, version: "v", kind: .faq, section: "s", stem: id, options: ["a", "b"], answer: 0,
                explanation: "", feedback: [nil, nil], source: id, topic: id, critical: false, readingGrade: 0)
        }
        let list = ["a", "b", "c", "d"].map(item)
        #expect(SessionPlanner.orderedForLeaks(list, reveals: { _ in [] }).map(\.id) == ["a", "b", "c", "d"])
        // b reveals d: b waits until d is asked; the rest keeps its order.
        #expect(
            SessionPlanner.orderedForLeaks(list, reveals: { $0 == "b" ? ["d"] : [] }).map(\.id) == ["a", "c", "d", "b"])
        // a and b reveal each other: one of them (the first) waits for another session.
        #expect(
            SessionPlanner.orderedForLeaks(list, reveals: { $0 == "a" ? ["b"] : $0 == "b" ? ["a"] : [] }).map(\.id)
                == ["c", "d", "b"])
    }
}
