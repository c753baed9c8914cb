import ContentModel
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

    /// The built-in bank in each language: the Spanish screens are snapshot on the Spanish content model.
    /// Each language's built-in content model of the article; the pseudo-locale reads the English one.
    static func bank(_ language: Language) throws -> Bank {
        switch language {
        case .spanish: try TestSupport.spanishBank()
        case .simplifiedChinese: try TestSupport.chineseBank()
        default: try TestSupport.builtInBank()
        }
    }

    static func topics(_ language: Language) throws -> [Topic] {
        let hands = try TestSupport.testBank(TestBank.handWashingID)
        return [try bank(language), hands].map { Topic(bank: $0, items: QuestionGenerator.generate($0, seed: 0).items) }
    }

    /// The pseudo-locale's check: the words the screens' data may show are those of the banks they use and of the
    /// names and fixtures below.
    /// The generated questions are the bank's words too (in its language: "True or false: …"), and a date's month
    /// is the locale's (Foundation's), not a message.
    static func pseudoCheck() throws -> PseudoLocaleCheck {
        let banks = [try TestSupport.builtInBank(), try TestSupport.testBank(TestBank.handWashingID)]
        let items = banks.flatMap { QuestionGenerator.generate($0, seed: 0).items }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return try PseudoLocaleCheck(
            folders: [TestSupport.builtInBankPath, try TestSupport.testBankPath(TestBank.handWashingID)].compactMap {
                $0
            },
            texts: [
                "Teachback", "Ana", "RN Lee", "rnlee", "Ben Okafor", "P-0231", "Immunotherapy",
                "Called the clinic line",
            ]
                + months + items.flatMap { [$0.stem, $0.explanation] + $0.options + $0.feedback.compactMap { $0 } })
    }

    /// Snapshots in English are NAME-WxH.txt, in another language NAME-TAG-WxH.txt (NAME-es-…, NAME-qps-…).
    func check(
        _ language: Language, _ name: String, _ driver: QuizDriver, filePath: String = #filePath,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        #expect(driver.view.strings.language == language, sourceLocation: sourceLocation)
        let name = language == .english ? name : "\(name)-\(language.rawValue)"
        for (w, h) in Self.sizes {
            let image = ScreenLayout.render(driver.view, width: w, height: h)
            #expect(image.lines.count == h, sourceLocation: sourceLocation)
            for line in image.text {
                #expect(TextLayout.width(line) <= w, "\(name) \(w)x\(h): \(line)", sourceLocation: sourceLocation)
            }
            if language == .pseudo {
                for problem in try Self.pseudoCheck().problems(image.text) {
                    Issue.record("\(name) \(w)x\(h): \(problem)", sourceLocation: sourceLocation)
                }
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

    @Test(arguments: Language.allCases) func learnerPicker(_ language: Language) throws {
        let store = MemoryStore()
        _ = try store.findOrAddLearner("Ana", at: TestClock().now)
        _ = try store.findOrAddLearner("P-0231", at: TestClock().now)
        let driver = try makeDriver(bank: try Self.bank(language), language: language, store: store, learner: nil)
        driver.press(.down)
        try check(language, "learner-picker", driver)
    }

    @Test(arguments: Language.allCases) func learnerPickerOnASharedStation(_ language: Language) throws {
        let store = MemoryStore()
        _ = try store.findOrAddLearner("Ana", at: TestClock().now)
        let bank = try Self.bank(language)
        let context = AppState.Context(
            topic: Topic(bank: bank, items: QuestionGenerator.generate(bank, seed: 0).items), sharedStation: true,
            strings: Strings(language))
        let driver = QuizDriver(
            state: AppState(context: context, now: TestClock().now), store: store, clock: { TestClock().now })
        driver.start(learner: nil)
        driver.press(.character("P"))
        try check(language, "learner-picker-shared", driver)
    }

    /// The nurse's sign-in after one wrong secret, the second typed half-way: stars, never the secret.
    @Test(arguments: Language.allCases) func nurseSignIn(_ language: Language) throws {
        let store = MemoryStore()
        try store.addNurseAccount("rnlee", displayName: "RN Lee", secret: "482913")
        let driver = try makeDriver(bank: try Self.bank(language), language: language, store: store)
        driver.press(.character("f"))
        for c in "rnlee" { driver.press(.character(c)) }
        driver.press(.enter)
        for c in "111111" { driver.press(.character(c)) }
        driver.press(.enter)
        for c in "4829" { driver.press(.character(c)) }
        try check(language, "nurse-sign-in", driver)
        for size in Self.sizes {
            let text = ScreenLayout.render(driver.view, width: size.0, height: size.1).text.joined()
            #expect(!text.contains("4829") && !text.contains("111111"))
        }
    }

    /// The nurse's roster: a safety alert first, then a learner behind for a date.
    @Test(arguments: Language.allCases) func roster(_ language: Language) throws {
        let entries = [
            RosterEntry(
                learner: "Ben Okafor", topicID: "t", topicTitle: "Immunotherapy", readyBy: CalendarDay("2026-06-05"),
                daysLeft: 8, onTrack: true, isReady: false,
                readiness: language.text("Not ready yet, of 25 teaching points: 20 not asked."),
                needsTeachBack: [], lastSession: TestClock().now,
                safetyAlerts: [
                    RosterEntry.SafetyAlert(pointID: "p", label: "what to do: a new rash", at: TestClock().now)
                ]),
            RosterEntry(
                learner: "P-0231", topicID: "t", topicTitle: "Immunotherapy", readyBy: CalendarDay("2026-05-30"),
                daysLeft: 2, onTrack: false, isReady: false,
                readiness: language.text("Not ready yet, of 25 teaching points."),
                needsTeachBack: ["why you may feel tired"], lastSession: nil, safetyAlerts: []),
        ]
        let driver = try makeDriver(
            bank: try Self.bank(language), language: language, facilitator: "RN Lee", loadRoster: { entries })
        driver.press(.character("o"))
        try check(language, "roster", driver)
    }

    @Test(arguments: Language.allCases) func home(_ language: Language) throws {
        try check(
            language, "home", try makeDriver(bank: try Self.bank(language), language: language, facilitator: "RN Lee"))
    }

    /// A learner with two topics, one with a date: the topics screen, then the nurse's plan screen.
    @Test(arguments: Language.allCases) func topicsAndPlan(_ language: Language) throws {
        let store = MemoryStore()
        let clock = TestClock()
        let ana = try store.addLearner("Ana", at: clock.now)
        let day = CalendarDay(clock.now, in: TimeZone(identifier: "UTC") ?? .current)
        try store.setPlanEntry(
            PlanEntry(bankID: try Self.bank(language).metadata.id, readyBy: day.adding(days: 5), assignedAt: clock.now),
            learnerID: ana.id)
        try store.setPlanEntry(
            PlanEntry(bankID: TestBank.handWashingID, readyBy: nil, assignedAt: clock.now), learnerID: ana.id)
        let driver = try makeTopicsDriver(
            topics: try Self.topics(language), store: store, clock: clock, facilitator: "RN Lee", language: language)
        try check(language, "topics", driver)
        driver.press(.character("1"))
        try check(language, "home-topic-with-date", driver)
        driver.press(.character("n"))
        try check(language, "plan", driver)
    }

    @Test(arguments: Language.allCases) func questionAndFeedback(_ language: Language) throws {
        let driver = try makeDriver(bank: try Self.bank(language), language: language, mode: .review)
        try check(language, "question", driver)
        driver.answerByKeys(correct: false, next: false)
        try check(language, "feedback-wrong", driver)
        driver.press(.enter)
        driver.answerByKeys(correct: true, next: false)
        try check(language, "feedback-right", driver)
    }

    @Test(arguments: Language.allCases) func summaryWithTeachBack(_ language: Language) throws {
        let driver = try makeDriver(
            bank: try Self.bank(language), language: language, mode: .exam, count: 4, facilitator: "RN Lee")
        for n in 0..<4 { driver.answerByKeys(correct: n == 0) }
        try check(language, "summary-nurse-led", driver)
    }

    @Test(arguments: Language.allCases) func teachBackStep(_ language: Language) throws {
        // Given a nurse-led exam with misses, at its summary
        let driver = try makeDriver(
            bank: try Self.bank(language), language: language, mode: .exam, count: 4, facilitator: "RN Lee")
        for n in 0..<4 { driver.answerByKeys(correct: n == 0) }
        // When the nurse goes on: the first point, then a note typed, then the next point
        driver.press(.enter)
        try check(language, "teach-back", driver)
        driver.press(.character("n"))
        for c in "Called the clinic line" { driver.press(.character(c)) }
        try check(language, "teach-back-note", driver)
        driver.press(.enter)
        driver.press(.character("2"))
        driver.press(.down)
        try check(language, "teach-back-second", driver)
        // And the nurse's home, with a point that needs teach-back
        driver.press(.escape)
        try check(language, "home-after-teach-back", driver)
    }

    @Test(arguments: Language.allCases) func homeWithAPointThatNeedsTeachBack(_ language: Language) throws {
        // Given a safety point missed in two sessions
        let store = MemoryStore()
        let clock = TestClock()
        let learner = try store.findOrAddLearner("Ana", at: clock.now)
        let bank = try Self.bank(language)
        let item = try #require(QuestionGenerator.generate(bank, seed: 0).items.first { $0.critical })
        for _ in 0..<2 {
            let session = try store.startSession(
                NewSession(
                    learnerID: learner.id, mode: .exam, bankID: try Self.bank(language).metadata.id,
                    startedAt: clock.now))
            _ = try store.recordAnswer(
                AnswerRecord(
                    learnerID: learner.id, sessionID: session, bankID: try Self.bank(language).metadata.id,
                    itemID: item.id,
                    pointID: item.teachingPoint, itemVersion: item.version, section: item.section,
                    chosen: (item.answer + 1) % item.options.count,
                    chosenText: item.options[(item.answer + 1) % item.options.count],
                    correct: false, responseMilliseconds: 800, answeredAt: clock.now, rating: .again,
                    previousState: nil,
                    newState: nil))
            clock.advance(86_400)
        }
        // Then the nurse's view of the learner says so
        try check(
            language, "home-needs-teach-back",
            try makeDriver(
                bank: try Self.bank(language), language: language, facilitator: "RN Lee", store: store, clock: clock))
    }

    @Test(arguments: Language.allCases) func progress(_ language: Language) throws {
        let clock = TestClock()
        let store = MemoryStore()
        let driver = try makeDriver(
            bank: try Self.bank(language), language: language, mode: .review, count: 5, store: store, clock: clock)
        for n in 0..<5 { driver.answerByKeys(correct: n != 2) }
        while driver.state.session != nil { driver.answerByKeys(correct: true) }
        driver.press(.enter)
        clock.advance(86_400 * 2)
        driver.press(.character("g"))
        try check(language, "progress", driver)
    }

    @Test(arguments: Language.allCases) func overlaysAndMenus(_ language: Language) throws {
        let driver = try makeDriver(bank: try Self.bank(language), language: language, mode: .review)
        driver.press(.character("?"))
        try check(language, "help", driver)
        driver.press(.escape)
        driver.press(.character("r"))
        try check(language, "reading", driver)
        driver.press(.escape)
        // q before any answer goes straight home (there is nothing to sum up).
        driver.press(.character("q"))
        #expect(driver.state.screen == .home(selected: 0))
        driver.press(.character("t"))
        try check(language, "settings", driver)
        driver.press(.escape)
        driver.press(.character("p"))
        try check(language, "section-picker", driver)
    }

    /// On a 40×12 window the disclaimer and the content's review status follow the menu: choosing the last entry
    /// brings them into view, in every language (they could not be read before).
    @Test(arguments: Language.allCases) func theDisclaimerCanBeReadOnASmallWindow(_ language: Language) throws {
        let driver = try makeDriver(bank: try Self.bank(language), language: language)
        let disclaimer = driver.view.strings.common.disclaimer
        let firstWords = String(disclaimer.prefix(8))
        let before = ScreenLayout.render(driver.view, width: 40, height: 12).text.joined(separator: "\n")
        #expect(!before.contains(firstWords), "\(before)")
        driver.press(.up)  // the menu wraps: up from the first entry chooses the last
        let after = ScreenLayout.render(driver.view, width: 40, height: 12).text.joined(separator: "\n")
        #expect(after.contains(firstWords), "\(after)")
        #expect(after.contains("›"), "the chosen entry is still on screen:\n\(after)")
    }

    @Test func tooSmall() throws {
        let driver = try makeDriver()
        let image = ScreenLayout.render(driver.view, width: 39, height: 11)
        #expect(image.text.joined(separator: " ").contains("Please make this window bigger"))
        #expect(image.lines.count <= 11)
        // A size is never split across lines, however narrow the window ("41 ×" on one line, "6" on the next)
        for width in [12, 16, 20, 25, 39] {
            let lines = ScreenLayout.render(driver.view, width: width, height: 11).text
            #expect(lines.contains { $0.contains("40\u{A0}×\u{A0}12") }, "\(width): \(lines)")
            #expect(lines.contains { $0.contains("\(width)\u{A0}×\u{A0}11") }, "\(width): \(lines)")
        }
    }

    /// A store's error on a 40×12 window is read to its end — what to do comes last — in every language (two lines
    /// cut it off in Spanish and Chinese).
    @Test(arguments: Language.allCases) func anErrorIsReadToItsEndOnASmallWindow(_ language: Language) throws {
        let store = MemoryStore()
        let driver = try makeDriver(bank: try Self.bank(language), language: language, mode: .review, store: store)
        store.failNextRecord = true
        driver.answer(correct: true, next: false)
        let notice = try #require(driver.state.notice)
        let shown = ScreenLayout.render(driver.view, width: 40, height: 12).text.dropFirst().prefix(6)
            .joined().filter { !$0.isWhitespace }
        let ending = String(notice.filter { !$0.isWhitespace }.suffix(6))
        #expect(shown.contains(ending), "\(notice)\n\(shown)")
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

/// The pseudo-locale's check can fail: a screen with a sentence not from a catalogue, or a message cut short.
struct PseudoLocaleCheckTests {
    @Test func englishNotFromACatalogueIsFound() throws {
        let check = PseudoLocaleCheck(allowed: ["Ana"])
        #expect(check.problems([" [Ĥéļļö, Ana.··]"]).isEmpty)
        let problems = check.problems([" [Ĥéļļö, Ana.··]", " Press Enter to go on"])
        #expect(problems.count == 1)
        #expect(problems.first?.contains("Press Enter") == true)
    }

    @Test func aMessageCutWithoutAnEllipsisIsFound() throws {
        let check = PseudoLocaleCheck(allowed: [])
        #expect(check.problems([" [Ţöðàý: 0 ǫûéšţîöñš", " ðûé.··]"]).isEmpty)
        #expect(check.problems([" [Ļéţţéŕ öŕ ↑↓ Éñţéŕ: çĥööšé…"]).isEmpty)
        #expect(check.problems([" [Ļéţţéŕ öŕ ↑↓ Éñţéŕ: çĥööšé · ǫ: ǫ"]).count == 1)
    }
}
