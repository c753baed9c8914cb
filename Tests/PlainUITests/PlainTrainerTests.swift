import Foundation
import PlainUI
import QuizEngine
import Testing
import TestSupport

/// Plain mode driven by lines, as a screen reader user or a script would.
struct PlainTrainerTests {
    /// Runs a plain session with these lines as input; returns what it printed.
    func transcript(_ lines: [String], driver: QuizDriver) -> String {
        var input = lines[...]
        var output = ""
        PlainTrainer(driver: driver, echo: true, readLine: { input.popFirst() }, write: { output += $0 }).run()
        return output
    }

    @Test func aScriptedSessionAnswersUndoesReadsAndStops() throws {
        // Given a review session of three questions
        let store = MemoryStore()
        let driver = try makeDriver(mode: .review, count: 3, store: store)
        let first = try #require(driver.item)
        let right = String(OptionLetterName.of(first.answer))
        // When the learner answers, takes it back, reads the passage, types nonsense, answers, then input ends
        let out = transcript([right, "u", "r", "z", right], driver: driver)
        // Then every step shows, the undo is said once, and only the answer given after it is kept
        #expect(out.contains("Question 1 of 3"))
        #expect(out.contains("Correct."))
        #expect(out.components(separatedBy: "Your last answer was taken back.").count == 2)
        #expect(out.contains("Press a letter from A to"))
        #expect(out.contains("Stopped. Your answers are saved."))
        #expect(store.recorded.map(\.itemID) == [first.id])
        #expect(store.startedSessions.first?.ended != nil)
        #expect(!out.contains("\u{1B}"))
    }

    @Test func aLearnerIsAskedForByNameAndTheSummaryListsMisses() throws {
        // Given no learner chosen yet, in a nurse-led exam of two questions
        let store = MemoryStore()
        let driver = try makeDriver(mode: .exam, count: 2, facilitator: "RN Lee", store: store, learner: nil)
        // When a name is typed and both questions are answered wrongly
        var lines = ["", "  Bo  "]
        var out = ""
        var input = lines[...]
        let trainer = PlainTrainer(
            driver: driver, echo: false,
            readLine: {
                if let line = input.popFirst() { return line }
                guard let item = driver.item else { return nil }
                return String(OptionLetterName.of((item.answer + 1) % item.options.count))
            }, write: { out += $0 })
        trainer.run()
        lines.removeAll()
        // Then the learner was added by the trimmed name, the summary lists both, and the teach-back step follows
        #expect(store.learnerRows.map(\.name) == ["Bo"])
        #expect(out.contains("0 of 2 correct"))
        #expect(out.components(separatedBy: "\n- ").count == 3)
        #expect(out.contains("Teach-back with the patient:"))
        #expect(out.contains("Teach-back 1 of "))
    }
}
