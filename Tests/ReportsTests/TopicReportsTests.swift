import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import QuizEngine
@testable import Reports
import Scheduling
import Testing
import TestSupport

/// A report per topic: each topic's section holds that topic's sessions, answers and readiness, and nothing else.
struct TopicReportsTests {
    func reports(store: MemoryStore, learner: Learner, topics: [Topic], now: Date) throws -> [LearnerReport] {
        try topics.map { topic in
            LearnerReport.build(
                learner: learner, bank: topic.bank, items: topic.items,
                sessions: try store.sessions(learnerID: learner.id, bankID: topic.id),
                attempts: try store.attempts(learnerID: learner.id, bankID: topic.id),
                states: try store.reviewStates(learnerID: learner.id, bankID: topic.id), since: nil, now: now,
                readyBy: try store.plan(learnerID: learner.id).first { $0.bankID == topic.id }?.readyBy,
                timeZone: utc)
        }
    }

    @Test func aReportPerTopicHoldsNothingOfTheOtherTopic() throws {
        // Given a learner who answered both topics, some wrongly, in one session across them
        let topics = try testTopics()
        let store = MemoryStore()
        let clock = TestClock()
        let driver = try makeTopicsDriver(topics: topics, store: store, clock: clock)
        driver.send(.reviewAllTopics)
        var n = 0
        while driver.item != nil {
            driver.answer(correct: n % 3 != 0)
            n += 1
        }
        let ana = try #require(try store.learner(named: "Ana"))
        let built = try reports(store: store, learner: ana, topics: topics, now: clock.now)
        // Then each report's missed questions, sections and counts are its own topic's
        for (report, topic) in zip(built, topics) {
            let other = topics.first { $0.id != topic.id }!
            let text = report.rendered(.text, timeZone: utc)
            #expect(report.missed.allSatisfy { topic.itemsByID[$0.itemID] != nil })
            #expect(!report.missed.isEmpty)
            for item in other.items where topic.itemsByID[item.id] == nil {
                #expect(!text.contains(item.stem), "\(topic.id)'s report shows \(item.id)")
            }
            for section in other.bank.sections { #expect(!text.contains(section.title)) }
            #expect(!text.contains("no longer in the bank"))
            let answered = store.recorded.filter { $0.bankID == topic.id }.count
            #expect(report.sections.map(\.answered).reduce(0, +) == answered)
        }
        // And rendered together, each topic has its own section, in every format
        let together = LearnerReport.rendered(built, .text, timeZone: utc)
        #expect(together.components(separatedBy: "TEACHBACK REPORT: Ana").count == 3)
        let json = try JSONSerialization.jsonObject(with: Data(LearnerReport.rendered(built, .json).utf8))
        #expect(
            (json as? [[String: Any]])?.compactMap { ($0["bank"] as? [String: Any])?["id"] as? String }
                == topics.map(\.id))
        let csv = LearnerReport.rendered(built, .csv).split(separator: "\r\n")
        #expect(csv.first?.hasPrefix("topic,record,") == true)
        #expect(Set(csv.dropFirst().map { String($0.prefix { $0 != "," }) }) == Set(topics.map(\.id)))
        let html = LearnerReport.rendered(built, .html)
        #expect(html.components(separatedBy: "<section>").count == 3)
        #expect(html.components(separatedBy: "<!DOCTYPE html>").count == 2)
    }

    @Test func readinessSaysReadyOnlyWhenEveryPointWasRightLastAndNoneIsOverdue() throws {
        let topics = try testTopics()
        let hands = topics[1]
        let store = MemoryStore()
        let clock = TestClock()
        let ana = try store.addLearner("Ana", at: clock.now)
        let readyBy = CalendarDay(clock.now, in: utc).adding(days: 10)
        try store.setPlanEntry(PlanEntry(bankID: hands.id, readyBy: readyBy, assignedAt: clock.now), learnerID: ana.id)
        var report = try reports(store: store, learner: ana, topics: [hands], now: clock.now)[0]
        #expect(!report.readiness.isReady)
        #expect(report.readiness.notAsked == hands.planner.points.count)
        #expect(report.readiness.onTrack == true)
        #expect(report.readinessLine.hasPrefix("Not ready yet, of 12 teaching points: 12 not yet asked."))
        #expect(report.readinessLine.contains("On track for"))
        // When every point is answered right (practising each section)
        let driver = try makeTopicsDriver(topics: topics, initial: hands.id, count: 20, store: store, clock: clock)
        for section in hands.bank.sections {
            driver.send(.start(.section, section: section.id))
            while driver.item != nil { driver.answer(correct: true) }
            driver.send(.back)
        }
        report = try reports(store: store, learner: ana, topics: [hands], now: clock.now)[0]
        #expect(report.readiness.isReady)
        #expect(report.readinessLine.hasPrefix("Ready: every teaching point (12)"))
        // Then a week later, with reviews overdue, it is not
        clock.advance(7 * 86_400)
        report = try reports(store: store, learner: ana, topics: [hands], now: clock.now)[0]
        #expect(!report.readiness.isReady)
        #expect(report.readiness.overdue > 0)
        #expect(report.readinessLine.contains("overdue for review"))
    }
}

/// CSV cells that a spreadsheet would read as a formula are neutralised (OWASP: CSV injection).
struct CSVInjectionTests {
    @Test func cellsStartingAsAFormulaBecomeText() {
        #expect(Escape.csv("=HYPERLINK(\"http://x\",\"click\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"")
        #expect(Escape.csv("+1") == "\"'+1\"")
        #expect(Escape.csv("-2+3") == "\"'-2+3\"")
        #expect(Escape.csv("@SUM(A1)") == "\"'@SUM(A1)\"")
        #expect(Escape.csv("\tcmd") == "\"'\tcmd\"")
        #expect(Escape.csv("\rcmd") == "\"'\rcmd\"")
        #expect(Escape.csv("Ana") == "Ana")
        #expect(Escape.csv("a, b") == "\"a, b\"")
        #expect(Escape.csv("2026-12-01T09:00:00Z") == "2026-12-01T09:00:00Z")
    }

    @Test func bankTextInAReportIsNeverAFormula() throws {
        var bank = try TestSupport.builtInBank()
        bank.sections[0].title = "=SUM(1,2)"
        let items = QuestionGenerator.generate(bank, seed: 0).items
        let learner = Learner(id: 1, name: "=cmd|' /C calc'!A0", created: now)
        let session = SessionSummary(
            id: 1, mode: .review, section: nil, facilitator: "@RN Lee", startedAt: now, endedAt: nil, attempted: 0,
            correct: 0)
        let report = LearnerReport.build(
            learner: learner, bank: bank, items: items, sessions: [session], attempts: [], states: [:], since: nil,
            now: now)
        let csv = report.rendered(.csv, timeZone: utc)
        for line in csv.split(separator: "\r\n") {
            for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                #expect(!["=", "+", "@"].contains(cell.first.map(String.init) ?? ""), "\(cell)")
            }
        }
        #expect(csv.contains("\"'=SUM(1,2)\""))
    }
}
