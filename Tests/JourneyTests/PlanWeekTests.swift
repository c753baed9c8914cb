import Foundation
import LearnerModel
import PlainUI
import QuestionGeneration
import QuizEngine
import Reports
import Scheduling
import Testing
import TestSupport

/// Plain-mode journeys that need no terminal and no server, as a patient lives them: the trainer's plain mode driven
/// line by line (`PlainTrainer` takes its input and output as closures), the engine on a test clock, the real
/// SQLite store in memory. Moved here from the Python end-to-end scripts (issue 24); what is about the commands
/// (`plan`, `report`, `learner export`) stays in `scripts/e2e`.
struct PlanWeekTests {
    static let utc = TimeZone(identifier: "UTC") ?? .current

    /// 09:00 UTC on the given day of December 2026.
    static func december(_ day: Int, hour: Int = 9) -> Date {
        Date(timeIntervalSince1970: 1_796_083_200 + Double(day - 1) * 86_400 + Double(hour) * 3_600)
    }

    /// One plain session of the learner's plan (as `teachback --plain --learner NAME` runs it), every question answered
    /// right; returns how many were asked and what it printed.
    func dailySession(topics: [Topic], store: MemoryStore, clock: TestClock) throws -> (asked: Int, out: String) {
        let driver = try makeTopicsDriver(topics: topics, mode: .review, store: store, clock: clock, learner: "Eve")
        var asked = 0
        var out = ""
        PlainTrainer(
            driver: driver, echo: false,
            readLine: {
                guard let item = driver.item else { return nil }
                asked += 1
                return String(OptionLetterName.of(item.answer))
            }, write: { out += $0 }
        ).run()
        return (asked, out)
    }

    @Test func aWeekOfDailySessionsAsksAndReviewsEveryPointBeforeTheDateAndEndsReady() throws {
        // Given Eve planned on two topics by 8 December, as the nurse set it on 1 December
        #expect(Self.december(1) == ISO8601DateFormatter().date(from: "2026-12-01T09:00:00Z"))
        let topics = try testTopics()
        let store = MemoryStore()
        let clock = TestClock()
        clock.now = Self.december(1)
        let eve = try store.findOrAddLearner("Eve", at: clock.now)
        let readyBy = CalendarDay(Self.december(8), in: Self.utc)
        for topic in topics {
            try store.setPlanEntry(
                PlanEntry(bankID: topic.id, readyBy: readyBy, assignedAt: clock.now, assignedBy: "RN Kim"),
                learnerID: eve.id)
        }
        // When she does one plain session a day for a week, answering every question right
        for day in 1...7 {
            clock.now = Self.december(day)
            let (asked, out) = try dailySession(topics: topics, store: store, clock: clock)
            #expect(asked > 0, "1 December + \(day - 1): nothing asked\n\(out.suffix(600))")
            #expect(!out.contains("Stopped."), "day \(day): the session did not end by itself\n\(out.suffix(600))")
        }
        // Then every teaching point of each topic was asked, and reviewed on two later days, all before the date
        for topic in topics {
            let points = Set(topic.items.map(\.teachingPoint))
            let times = try store.answerTimes(learnerID: eve.id, bankID: topic.id)
            #expect(Set(times.keys) == points, "\(topic.id): \(times.count) of \(points.count) points asked")
            let short = times.filter { _, answered in
                Set(answered.map { CalendarDay($0, in: Self.utc) }).count < 3
                    || answered.contains { $0 >= Self.december(8, hour: 0) }
            }
            #expect(
                short.isEmpty,
                "\(topic.id): not reviewed on two later days before 8 December: \(short.keys.sorted().prefix(5))")
        }
        // And on the day each topic is ready, its history holding nothing of the other's
        for topic in topics {
            let states = try store.reviewStates(learnerID: eve.id, bankID: topic.id)
            let readiness = Readiness.assess(
                items: topic.items, states: states,
                lastResults: try store.lastResults(learnerID: eve.id, bankID: topic.id), readyBy: readyBy,
                dailyLimit: eve.settings.newPerDay, now: Self.december(8, hour: 8), timeZone: Self.utc)
            #expect(readiness.isReady, "\(topic.id): \(readiness.sentence(dayName: { $0.description }))")
            #expect(Set(states.keys).isSubset(of: Set(topic.items.map(\.teachingPoint))))
        }
    }
}
