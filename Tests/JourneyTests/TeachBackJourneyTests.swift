import Foundation
import LearnerModel
import PlainUI
import QuestionGeneration
import QuizEngine
import Testing
import TestSupport

/// The nurse's teach-back in plain mode, as the Python script drove it over pipes: a patient misses every question in
/// four daily sessions; on the fifth a nurse-led session ends in the teach-back step, points missed in four sessions
/// first; the nurse records, takes one back, reads the passage, finishes. The reports, FHIR and the printout of the
/// same journey stay in `scripts/e2e/test_teach_back.py` (they are about the commands).
struct TeachBackJourneyTests {
    /// 09:00 UTC on the given day of December 2026.
    static func december(_ day: Int) -> Date {
        Date(timeIntervalSince1970: 1_796_083_200 + Double(day - 1) * 86_400 + 32_400)
    }

    /// One plain session: each question answered right or wrong, then `lines` for whatever else asks (the step).
    @discardableResult
    func session(
        store: MemoryStore, clock: TestClock, count: Int, correct: Bool, facilitator: String? = nil,
        lines: [String] = [], observe: @escaping (String) -> Void = { _ in }
    ) throws -> String {
        let driver = try makeDriver(
            mode: .review, count: count, facilitator: facilitator, store: store, clock: clock, learner: "Eve")
        var script = lines[...]
        var out = ""
        PlainTrainer(
            driver: driver, echo: true,
            readLine: {
                if case .question = driver.state.screen, let item = driver.item {
                    return String(OptionLetterName.of(correct ? item.answer : (item.answer + 1) % item.options.count))
                }
                observe(out)
                return script.popFirst()
            }, write: { out += $0 }
        ).run()
        return out
    }

    /// Given Eve answered every question wrong in four daily sessions of four questions.
    func eveMissedFourDays() throws -> (MemoryStore, TestClock) {
        let store = MemoryStore()
        let clock = TestClock()
        for day in 1...4 {
            clock.now = Self.december(day)
            let out = try session(store: store, clock: clock, count: 4, correct: false)
            // Every question missed, each asked again after its miss: none right, and the session ended by itself
            #expect(out.contains(" correct") && !out.contains("Correct.") && !out.contains("Stopped."), "day \(day)")
        }
        clock.now = Self.december(5)
        return (store, clock)
    }

    @Test func aNurseLedSessionEndsInTheStepWithThePointsMissedInFourSessionsFirst() throws {
        let (store, clock) = try eveMissedFourDays()
        // When on day 5 a nurse-led session of three questions is answered right and the nurse stops at the step
        let out = try session(store: store, clock: clock, count: 3, correct: true, facilitator: "RN Kim", lines: ["q"])
        // Then it ends in the teach-back step, the points missed in four sessions first, flagged
        let step = try #require(out.range(of: "Teach-back with the patient:")).upperBound
        let first = try #require(out.range(of: "Teach-back 1 of ", range: step..<out.endIndex))
        #expect(out[first.lowerBound...].contains("Needs teach-back: missed in 4 sessions"))
        // And each point says what to ask, what to listen for, and the four results
        #expect(out.contains("Ask: ") && out.contains("Listen for:") && out.contains("1) Explained it in own words"))
    }

    @Test func undoInTheStepRestoresTheRecordsExactlyAndANoteKeepsNoControlCharacter() throws {
        let (store, clock) = try eveMissedFourDays()
        let eve = try #require(try store.learner(named: "Eve"))
        // When the nurse records a result with a note holding an escape code, then another, then takes that one back
        var seen: [[TeachBackRecord]] = []
        let out = try session(
            store: store, clock: clock, count: 3, correct: true, facilitator: "RN Kim",
            lines: ["2 Needed the passage twice \u{1B}[31m", "3", "u", "q"],
            observe: { _ in seen.append((try? store.teachBacks(learnerID: eve.id, bankID: nil)) ?? []) })
        // Then the records after the undo are exactly those before the result taken back
        #expect(seen.count == 4)
        #expect(seen[1].count == 1 && seen[2].count == 2 && seen[3] == seen[1])
        // And the step goes back to that point and says so
        let undo = try #require(out.range(of: "to finish: u\n"))
        let after = out[undo.upperBound...]
        #expect(after.hasPrefix("\nTeach-back 2 of ") && after.contains("The last teach-back result was taken back."))
        // And the note is kept without its control characters
        #expect(seen[1].first?.note == "Needed the passage twice [31m")
    }

    @Test func theStepShowsThePassageAndKeepsEachResultWithTheSessionAndTheNurse() throws {
        let (store, clock) = try eveMissedFourDays()
        let eve = try #require(try store.learner(named: "Eve"))
        var beforePassage = 0
        // When the nurse records two results, asks for the passage, records a third and finishes
        let out = try session(
            store: store, clock: clock, count: 3, correct: true, facilitator: "RN Kim",
            lines: ["2 Needed the passage twice", "3", "r", "1", "q"],
            observe: { text in if beforePassage == 0, text.contains("Teach-back 3 of ") { beforePassage = text.count } }
        )
        // Then the passage was shown for re-teaching
        #expect(beforePassage > 0 && out.count > beforePassage + 200)
        // And three results are saved, each with the session and the nurse
        #expect(out.contains("Teach-back saved for 3 teaching points."))
        let kept = try store.teachBacks(learnerID: eve.id, bankID: nil)
        #expect(kept.map(\.result) == [.afterReteaching, .notYet, .ownWords])
        let last = try #require(store.startedSessions.last)
        #expect(last.session.facilitator == "RN Kim")
        #expect(kept.allSatisfy { $0.sessionID == last.id && $0.nurse == "RN Kim" })
    }
}
