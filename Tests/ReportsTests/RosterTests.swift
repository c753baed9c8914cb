import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import QuizEngine
import Reports
import Scheduling
import Testing
import TestSupport

/// The nurse's roster: who has a plan, where they stand, and the safety alerts that put them first.
struct RosterTests {
    let now = Date(timeIntervalSince1970: 1_796_547_600)  // 2026-12-06T09:00:00Z
    let utc = TimeZone(identifier: "UTC") ?? .current

    struct Fixture {
        let store: MemoryStore
        let bank: Bank
        let items: [Item]
    }

    func fixture() throws -> Fixture {
        let bank = try TestSupport.builtInBank()
        return Fixture(store: MemoryStore(), bank: bank, items: QuestionGenerator.generate(bank, seed: 0).items)
    }

    func build(_ f: Fixture, by: CalendarDay? = nil) throws -> [RosterEntry] {
        try Roster.build(
            store: f.store, open: { $0 == f.bank.metadata.id ? (f.bank, f.items) : nil }, now: now, timeZone: utc,
            by: by
        ).entries
    }

    /// An answer to `item`, right or wrong, with a confidence, in a session of its own.
    func answer(
        _ f: Fixture, _ learner: Learner, _ item: Item, correct: Bool, confidence: Grading.Confidence?, at: Date
    ) throws {
        let session = try f.store.startSession(
            NewSession(learnerID: learner.id, mode: .review, bankID: f.bank.metadata.id, startedAt: at))
        let chosen = correct ? item.answer : (item.answer + 1) % item.options.count
        _ = try f.store.recordAnswer(
            AnswerRecord(
                learnerID: learner.id, sessionID: session, bankID: f.bank.metadata.id, itemID: item.id,
                pointID: item.teachingPoint, itemVersion: item.version, section: item.section, chosen: chosen,
                chosenText: item.options[chosen], correct: correct, confidence: confidence, responseMilliseconds: 900,
                answeredAt: at, rating: correct ? .good : .again, previousState: nil, newState: ReviewState(due: at)))
        try f.store.endSession(session, at: at)
    }

    func plan(_ f: Fixture, _ name: String, readyBy: String?) throws -> Learner {
        let learner = try f.store.addLearner(name, at: now.addingTimeInterval(-86_400 * 3))
        try f.store.setPlanEntry(
            PlanEntry(bankID: f.bank.metadata.id, readyBy: readyBy.flatMap(CalendarDay.init), assignedAt: now),
            learnerID: learner.id)
        return learner
    }

    @Test func aConfidentWrongSafetyAnswerRaisesAnAlertUntilTheNextTeachBack() throws {
        // Given Ana planned for a date two weeks off, who answered a safety question wrong while sure
        let f = try fixture()
        let ana = try plan(f, "Ana", readyBy: "2026-12-20")
        let safety = try #require(f.items.first { $0.critical })
        try answer(f, ana, safety, correct: false, confidence: .sure, at: now.addingTimeInterval(-3600))
        // And Ben, planned for tomorrow, who answered it wrong but said he guessed
        let ben = try plan(f, "Ben", readyBy: "2026-12-07")
        try answer(f, ben, safety, correct: false, confidence: .guessed, at: now.addingTimeInterval(-3600))
        // And Cy, with no plan at all
        _ = try f.store.addLearner("Cy", at: now)
        // When the roster is made
        var roster = try build(f)
        // Then Ana is first, with one alert naming the point; Ben has none; Cy is not on it
        #expect(roster.map(\.learner) == ["Ana", "Ben"])
        #expect(roster[0].safetyAlerts.map(\.pointID) == [safety.teachingPoint])
        #expect(roster[1].safetyAlerts.isEmpty && roster[1].daysLeft == 1)
        // When Ana explains the point back in her own words, Then the alert is gone and Ben (tomorrow) comes first
        let session = try f.store.startSession(
            NewSession(learnerID: ana.id, mode: .teachBack, bankID: f.bank.metadata.id, startedAt: now))
        _ = try f.store.recordTeachBack(
            TeachBackRecord(
                learnerID: ana.id, sessionID: session, bankID: f.bank.metadata.id, pointID: safety.teachingPoint,
                result: .ownWords, nurse: "RN Lee", recordedAt: now))
        roster = try build(f)
        #expect(roster.allSatisfy { $0.safetyAlerts.isEmpty })
        #expect(roster.map(\.learner) == ["Ben", "Ana"])
        // And a new confident wrong answer after that raises it again
        try answer(f, ana, safety, correct: false, confidence: .sure, at: now.addingTimeInterval(60))
        #expect(try build(f).first?.learner == "Ana")
    }

    @Test func aTeachBackThatWasNotYetUnderstoodLeavesTheAlert() throws {
        let f = try fixture()
        let ana = try plan(f, "Ana", readyBy: nil)
        let safety = try #require(f.items.first { $0.critical })
        try answer(f, ana, safety, correct: false, confidence: .sure, at: now.addingTimeInterval(-3600))
        let session = try f.store.startSession(
            NewSession(learnerID: ana.id, mode: .teachBack, bankID: f.bank.metadata.id, startedAt: now))
        _ = try f.store.recordTeachBack(
            TeachBackRecord(
                learnerID: ana.id, sessionID: session, bankID: f.bank.metadata.id, pointID: safety.teachingPoint,
                result: .notYet, nurse: "RN Lee", recordedAt: now))
        #expect(try build(f).first?.safetyAlerts.count == 1)
    }

    @Test func aWrongAnswerToAPointThatIsNotAboutSafetyIsNoAlert() throws {
        let f = try fixture()
        let ana = try plan(f, "Ana", readyBy: nil)
        let other = try #require(f.items.first { !$0.critical })
        try answer(f, ana, other, correct: false, confidence: .sure, at: now)
        #expect(try build(f).first?.safetyAlerts.isEmpty == true)
    }

    @Test func byADayKeepsOnlyTopicsDueByThen() throws {
        let f = try fixture()
        _ = try plan(f, "Ana", readyBy: "2026-12-20")
        _ = try plan(f, "Ben", readyBy: "2026-12-08")
        _ = try plan(f, "Cy", readyBy: nil)
        #expect(try build(f, by: CalendarDay("2026-12-10")).map(\.learner) == ["Ben"])
        // Ben's date is two days off with nothing asked: behind, before Ana (on track) and Cy (no date)
        let all = try build(f)
        #expect(all.map(\.learner) == ["Ben", "Ana", "Cy"])
        #expect(all[0].onTrack == false && all[2].readyBy == nil)
    }

    @Test func everyFormatCarriesTheAlertAndEscapesWhatWasTyped() throws {
        let f = try fixture()
        let name = "=HYPERLINK(\"x\") <b>Eve</b>"
        let eve = try plan(f, name, readyBy: "2026-12-20")
        let safety = try #require(f.items.first { $0.critical })
        try answer(f, eve, safety, correct: false, confidence: .sure, at: now)
        let roster = try build(f)
        let text = Roster.rendered(roster, .text, now: now, timeZone: utc)
        #expect(text.contains("SAFETY ALERT: answered wrong while sure:"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let html = Roster.rendered(roster, .html, now: now, timeZone: utc)
        #expect(html.contains("&lt;b&gt;Eve&lt;/b&gt;") && !html.contains("<b>Eve</b>"))
        #expect(html.contains("class=\"alert\""))
        let csv = Roster.rendered(roster, .csv, now: now, timeZone: utc)
        #expect(csv.contains("\"'=HYPERLINK"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(Roster.rendered(roster, .json, now: now, timeZone: utc).utf8))
                as? [[String: Any]])
        #expect((json.first?["safetyAlerts"] as? [Any])?.count == 1)
        let spanish = Roster.rendered(roster, .text, now: now, timeZone: utc, language: .spanish)
        #expect(spanish.contains("ALERTA DE SEGURIDAD"))
    }
}
