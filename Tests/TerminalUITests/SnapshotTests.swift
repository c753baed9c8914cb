import Foundation
import LearnerModel
import Scheduling
import QuestionGeneration
import QuizEngine
import Testing
import TestSupport
@testable import TerminalUI

/// Every screen at 80×24 and 40×12, compared with the text files in Snapshots/.
/// Run with TEACHBACK_RECORD_SNAPSHOTS=1 to write them anew, then read the diff before committing.
struct SnapshotTests {
    static let sizes = [(80, 24), (40, 12)]
    static let recording = ProcessInfo.processInfo.environment["TEACHBACK_RECORD_SNAPSHOTS"] == "1"

    func check(
        _ name: String, _ driver: QuizDriver, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for (w, h) in Self.sizes {
            let image = ScreenLayout.render(driver.view, width: w, height: h)
            #expect(image.lines.count == h, sourceLocation: sourceLocation)
            for line in image.text {
                #expect(TextLayout.width(line) <= w, "\(name) \(w)x\(h): \(line)", sourceLocation: sourceLocation)
            }
            let text =
                image.text.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
                + "\n"
            let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(
                "Snapshots/\(name)-\(w)x\(h).txt")
            if Self.recording {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            } else {
                let expected = try? String(contentsOf: url, encoding: .utf8)
                #expect(
                    expected == text, "snapshot \(url.lastPathComponent) differs:\n\(text)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    @Test func learnerPicker() throws {
        let store = MemoryStore()
        _ = try store.findOrAddLearner("Ana", at: TestClock().now)
        _ = try store.findOrAddLearner("P-0231", at: TestClock().now)
        let driver = try makeDriver(store: store, learner: nil)
        driver.press(.down)
        try check("learner-picker", driver)
    }

    @Test func learnerPickerOnASharedStation() throws {
        let store = MemoryStore()
        _ = try store.findOrAddLearner("Ana", at: TestClock().now)
        let bank = try TestSupport.builtInBank()
        let context = AppState.Context(
            topic: Topic(bank: bank, items: QuestionGenerator.generate(bank, seed: 0).items), sharedStation: true)
        let driver = QuizDriver(
            state: AppState(context: context, now: TestClock().now), store: store, clock: { TestClock().now })
        driver.start(learner: nil)
        driver.press(.character("P"))
        try check("learner-picker-shared", driver)
    }

    @Test func home() throws {
        try check("home", try makeDriver(facilitator: "RN Lee"))
    }

    /// A learner with two topics, one with a date: the topics screen, then the nurse's plan screen.
    @Test func topicsAndPlan() throws {
        let store = MemoryStore()
        let clock = TestClock()
        let ana = try store.addLearner("Ana", at: clock.now)
        let day = CalendarDay(clock.now, in: TimeZone(identifier: "UTC") ?? .current)
        try store.setPlanEntry(
            PlanEntry(bankID: TestBank.builtInID, readyBy: day.adding(days: 5), assignedAt: clock.now),
            learnerID: ana.id)
        try store.setPlanEntry(
            PlanEntry(bankID: TestBank.handWashingID, readyBy: nil, assignedAt: clock.now), learnerID: ana.id)
        let driver = try makeTopicsDriver(
            topics: try testTopics(), store: store, clock: clock, facilitator: "RN Lee")
        try check("topics", driver)
        driver.press(.character("1"))
        try check("home-topic-with-date", driver)
        driver.press(.character("n"))
        try check("plan", driver)
    }

    @Test func questionAndFeedback() throws {
        let driver = try makeDriver(mode: .review)
        try check("question", driver)
        driver.answerByKeys(correct: false, next: false)
        try check("feedback-wrong", driver)
        driver.press(.enter)
        driver.answerByKeys(correct: true, next: false)
        try check("feedback-right", driver)
    }

    @Test func summaryWithTeachBack() throws {
        let driver = try makeDriver(mode: .exam, count: 4, facilitator: "RN Lee")
        for n in 0..<4 { driver.answerByKeys(correct: n == 0) }
        try check("summary-nurse-led", driver)
    }

    @Test func teachBackStep() throws {
        // Given a nurse-led exam with misses, at its summary
        let driver = try makeDriver(mode: .exam, count: 4, facilitator: "RN Lee")
        for n in 0..<4 { driver.answerByKeys(correct: n == 0) }
        // When the nurse goes on: the first point, then a note typed, then the next point
        driver.press(.enter)
        try check("teach-back", driver)
        driver.press(.character("n"))
        for c in "Called the clinic line" { driver.press(.character(c)) }
        try check("teach-back-note", driver)
        driver.press(.enter)
        driver.press(.character("2"))
        driver.press(.down)
        try check("teach-back-second", driver)
        // And the nurse's home, with a point that needs teach-back
        driver.press(.escape)
        try check("home-after-teach-back", driver)
    }

    @Test func homeWithAPointThatNeedsTeachBack() throws {
        // Given a safety point missed in two sessions
        let store = MemoryStore()
        let clock = TestClock()
        let learner = try store.findOrAddLearner("Ana", at: clock.now)
        let bank = try TestSupport.builtInBank()
        let item = try #require(QuestionGenerator.generate(bank, seed: 0).items.first { $0.critical })
        for _ in 0..<2 {
            let session = try store.startSession(
                NewSession(learnerID: learner.id, mode: .exam, bankID: TestBank.builtInID, startedAt: clock.now))
            _ = try store.recordAnswer(
                AnswerRecord(
                    learnerID: learner.id, sessionID: session, bankID: TestBank.builtInID, itemID: item.id,
                    pointID: item.teachingPoint, itemVersion: item.version, section: item.section,
                    chosen: (item.answer + 1) % item.options.count,
                    chosenText: item.options[(item.answer + 1) % item.options.count],
                    correct: false, responseMilliseconds: 800, answeredAt: clock.now, rating: .again,
                    previousState: nil,
                    newState: nil))
            clock.advance(86_400)
        }
        // Then the nurse's view of the learner says so
        try check("home-needs-teach-back", try makeDriver(facilitator: "RN Lee", store: store, clock: clock))
    }

    @Test func progress() throws {
        let clock = TestClock()
        let store = MemoryStore()
        let driver = try makeDriver(mode: .review, count: 5, store: store, clock: clock)
        for n in 0..<5 { driver.answerByKeys(correct: n != 2) }
        while driver.state.session != nil { driver.answerByKeys(correct: true) }
        driver.press(.enter)
        clock.advance(86_400 * 2)
        driver.press(.character("g"))
        try check("progress", driver)
    }

    @Test func overlaysAndMenus() throws {
        let driver = try makeDriver(mode: .review)
        driver.press(.character("?"))
        try check("help", driver)
        driver.press(.escape)
        driver.press(.character("r"))
        try check("reading", driver)
        driver.press(.escape)
        // q before any answer goes straight home (there is nothing to sum up).
        driver.press(.character("q"))
        #expect(driver.state.screen == .home(selected: 0))
        driver.press(.character("t"))
        try check("settings", driver)
        driver.press(.escape)
        driver.press(.character("p"))
        try check("section-picker", driver)
    }

    @Test func tooSmall() throws {
        let driver = try makeDriver()
        let image = ScreenLayout.render(driver.view, width: 39, height: 11)
        #expect(image.text.joined(separator: " ").contains("Please make this window bigger"))
        #expect(image.lines.count <= 11)
    }
}

extension QuizDriver {
    /// Presses a key as the full-screen trainer does: through its key map.
    func press(_ key: Key) {
        if let intent = KeyMap.intent(for: key, in: view) { send(intent) }
    }

    /// Answers the current question right or wrong by its letter key, and presses Enter past the feedback.
    func answerByKeys(correct: Bool, next: Bool = true) {
        guard let item else { return }
        let choice = correct ? item.answer : (item.answer + 1) % item.options.count
        press(.character(Character(OptionLetter.uppercase(choice).lowercased())))
        if next { press(.enter) }
    }
}
