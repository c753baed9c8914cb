import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
@testable import QuizEngine
import Testing
import TestSupport

/// The nurse's teach-back step (AHRQ tool 5): what it checks, what it records, undo, and the flags for points
/// missed often.
struct TeachBackTests {
    /// A nurse-led session of `count` questions, the first answered wrongly and the rest right, ended on its summary.
    func nurseLedSession(store: MemoryStore, clock: TestClock, count: Int = 3) throws -> QuizDriver {
        let driver = try makeDriver(mode: .review, count: count, facilitator: "RN Lee", store: store, clock: clock)
        driver.answer(correct: false)
        while driver.state.session != nil { driver.answer(correct: true) }
        #expect(driver.state.screen == .summary)
        return driver
    }

    func step(_ driver: QuizDriver) -> TeachBackView? {
        if case .teachBack(let view) = driver.view.screen { return view }
        return nil
    }

    @Test func aNurseLedSessionEndsInTheTeachBackStepOfSafetyAndMissedPoints() throws {
        let store = MemoryStore()
        let clock = TestClock()
        let driver = try nurseLedSession(store: store, clock: clock)
        let missedPoint = try #require(
            driver.state.finished?.missed.first.flatMap { driver.state.item(for: $0) }?.teachingPoint)
        // When the nurse goes on from the summary
        driver.send(.activate)
        // Then the step lists the missed point and every safety point, missed safety points first
        let points = try #require(driver.state.teachBack?.points)
        let critical = driver.state.current.planner.points.filter(\.critical).map(\.id)
        #expect(Set(points.map(\.pointID)) == Set(critical + [missedPoint]))
        let firstOther = points.firstIndex { !($0.missedToday || $0.flaggedMisses != nil) } ?? points.count
        #expect(points[..<firstOther].allSatisfy { $0.missedToday })
        // And each point shows what to ask and a short list to listen for, and the four results
        let view = try #require(step(driver))
        #expect(view.number == 1 && view.total == points.count)
        #expect(view.ask.contains("your own words") || view.ask.contains("true or false"))
        #expect(!view.listenFor.isEmpty && view.listenFor.count <= 6)
        #expect(
            view.choices == [
                "Explained it in own words", "Explained after re-teaching", "Could not explain yet", "Skipped",
            ])
    }

    @Test func eachResultIsSavedWithTheSessionTheNurseAndTheTimeAndUndoRestoresTheRecordExactly() throws {
        let store = MemoryStore()
        let clock = TestClock()
        let driver = try nurseLedSession(store: store, clock: clock)
        let sessionID = try #require(store.startedSessions.last?.id)
        driver.send(.activate)
        let points = try #require(driver.state.teachBack?.points)
        // When the nurse records the first point with a note (typed with control characters), then the second
        driver.send(.open(.teachBackNote))
        driver.send(.editText("Needed\u{1B}[31m the\tpassage twice\u{202E}"))
        driver.send(.activate)
        driver.send(.recordTeachBack(.afterReteaching))
        clock.advance(30)
        let before = store.teachBackRows
        driver.send(.moveFocus(by: 2))
        driver.send(.activate)
        // Then both are saved, with the session, the nurse, the time, the note cleaned
        #expect(store.teachBackRows.count == 2)
        let first = store.teachBackRows[0]
        #expect(first.sessionID == sessionID && first.nurse == "RN Lee" && first.pointID == points[0].pointID)
        #expect(first.result == .afterReteaching)
        #expect(first.note == "Needed [31m the passage twice")
        #expect(store.teachBackRows[1].result == .notYet && store.teachBackRows[1].recordedAt == clock.now)
        #expect(step(driver)?.number == 3)
        // When the nurse takes the last one back
        driver.send(.undo)
        // Then the record is exactly as it was, and the step is back on that point with its choice
        #expect(store.teachBackRows == before)
        #expect(step(driver)?.number == 2 && step(driver)?.selected == 2)
        #expect(driver.state.notice == driver.state.context.strings.teachBack.takenBack)
        // And undo again takes the first back, its note shown again
        driver.send(.undo)
        #expect(store.teachBackRows.isEmpty)
        #expect(step(driver)?.number == 1 && step(driver)?.note == first.note)
        driver.send(.undo)
        #expect(driver.state.notice == driver.state.context.strings.teachBack.nothingToTakeBack)
    }

    @Test func aResultNotSavedStaysToRecordAgain() throws {
        let store = MemoryStore()
        let clock = TestClock()
        let driver = try nurseLedSession(store: store, clock: clock)
        driver.send(.activate)
        store.failNextRecord = true
        driver.send(.recordTeachBack(.ownWords))
        #expect(store.teachBackRows.isEmpty)
        #expect(step(driver)?.number == 1)
        #expect(driver.state.notice?.contains("not saved") == true)
        driver.send(.recordTeachBack(.ownWords))
        #expect(store.teachBackRows.count == 1 && step(driver)?.number == 2)
    }

    @Test func finishingTheStepGoesHomeAndSaysHowManyWereRecorded() throws {
        let store = MemoryStore()
        let clock = TestClock()
        let driver = try nurseLedSession(store: store, clock: clock)
        driver.send(.activate)
        let total = try #require(driver.state.teachBack?.points.count)
        for _ in 0..<total { driver.send(.recordTeachBack(.ownWords)) }
        #expect(driver.state.teachBack == nil)
        #expect(driver.state.screen == .home(selected: 0))
        #expect(driver.state.notice == driver.state.context.strings.teachBack.saved(total))
        #expect(store.teachBackRows.count == total)
    }

    @Test func aPointMissedInFourSessionsIsFlaggedInTheNextNurseLedSession() throws {
        let store = MemoryStore()
        let clock = TestClock()
        // Given a learner who missed one (non-safety) point in four sessions, a day apart
        var driver = try makeDriver(store: store, clock: clock)
        let point = try #require(driver.state.current.planner.points.first { !$0.critical })
        let learner = try #require(driver.state.learner)
        for day in 0..<4 {
            let item = point.forms[day % point.forms.count]
            let session = try store.startSession(
                NewSession(
                    learnerID: learner.id, mode: .exam, section: nil, facilitator: nil, bankID: TestBank.builtInID,
                    startedAt: clock.now))
            _ = try store.recordAnswer(
                AnswerRecord(
                    learnerID: learner.id, sessionID: session, bankID: TestBank.builtInID, itemID: item.id,
                    pointID: point.id, itemVersion: item.version, section: item.section,
                    chosen: (item.answer + 1) % item.options.count,
                    chosenText: item.options[(item.answer + 1) % item.options.count], correct: false, confidence: nil,
                    responseMilliseconds: 900, answeredAt: clock.now, rating: .again, previousState: nil, newState: nil)
            )
            try store.endSession(session, at: clock.now)
            clock.advance(86_400)
        }
        #expect(try store.pointMisses(learnerID: 1, bankID: TestBank.builtInID).count == 4)
        // When a nurse takes over a station already open for the learner, the flag is read then
        try store.addNurseAccount("rnlee", displayName: "RN Lee", secret: "482913")
        driver = try makeDriver(store: store, clock: clock)
        driver.send(.open(.signIn))
        driver.send(.editText("rnlee"))
        driver.send(.activate)
        for c in "482913" { driver.send(.typeInSecret(c)) }
        driver.send(.activate)
        guard case .home(let taken) = driver.view.screen else {
            Issue.record("not home after entering the nurse")
            return
        }
        #expect(taken.needsTeachBack == 1)
        // When a nurse leads the next session
        driver = try makeDriver(facilitator: "RN Lee", store: store, clock: clock)
        // Then the nurse's view of the learner says it needs teach-back
        guard case .home(let home) = driver.view.screen else {
            Issue.record("not home")
            return
        }
        #expect(home.needsTeachBack == 1)
        // And the nurse's teach-back check lists it, flagged, first of the points not on safety
        driver.send(.open(.teachBack))
        let points = try #require(driver.state.teachBack?.points)
        let flagged = try #require(points.first { $0.pointID == point.id })
        #expect(flagged.flaggedMisses == 4)
        #expect(points.firstIndex(of: flagged) == points.firstIndex { !$0.critical })
        #expect(step(driver)?.flaggedMisses == 4 || points.first?.pointID != point.id)
        // When the patient explains it, the flag is cleared
        while let current = driver.state.teachBack?.current {
            driver.send(.recordTeachBack(current.pointID == point.id ? .ownWords : .skipped))
        }
        guard case .home(let after) = driver.view.screen else {
            Issue.record("not home after the step")
            return
        }
        #expect(after.needsTeachBack == 0)
        // And the step's results are kept with a teach-back session of its own, ended
        let own = try #require(store.startedSessions.last)
        #expect(own.session.mode == .teachBack && own.session.facilitator == "RN Lee" && own.ended != nil)
        #expect(store.teachBackRows.allSatisfy { $0.sessionID == own.id })
    }

    @Test func aSafetyPointMissedTwiceIsFlagged() {
        #expect(TeachBackFlags.isFlagged(misses: 2, critical: true))
        #expect(!TeachBackFlags.isFlagged(misses: 1, critical: true))
        #expect(!TeachBackFlags.isFlagged(misses: 3, critical: false))
        #expect(TeachBackFlags.isFlagged(misses: 4, critical: false))
        // Only misses since the patient last explained the point count; a skipped check or "not yet" does not clear it
        let t = Date(timeIntervalSince1970: 1_000_000)
        let misses = (0..<5).map {
            PointMiss(pointID: "p", sessionID: SessionID(Int64($0)), at: t.addingTimeInterval(Double($0) * 86_400))
        }
        func record(_ result: TeachBackResult, day: Double) -> TeachBackRecord {
            TeachBackRecord(
                learnerID: 1, sessionID: 9, bankID: "b", pointID: "p", result: result, nurse: "N",
                recordedAt: t.addingTimeInterval(day * 86_400 + 60))
        }
        #expect(TeachBackFlags.missesSinceExplained(misses: misses, teachBacks: [])["p"] == 5)
        #expect(TeachBackFlags.missesSinceExplained(misses: misses, teachBacks: [record(.ownWords, day: 2)])["p"] == 2)
        #expect(
            TeachBackFlags.missesSinceExplained(misses: misses, teachBacks: [record(.afterReteaching, day: 4)])["p"]
                == nil)
        #expect(
            TeachBackFlags.missesSinceExplained(
                misses: misses, teachBacks: [record(.notYet, day: 2), record(.skipped, day: 3)])["p"] == 5)
    }

    @Test func aNoteIsCleanedAndCutToItsLimit() {
        #expect(TeachBackRecord.cleanNote("  a\u{0}b\nc\u{1B}d  ") == "a b c d")
        #expect(TeachBackRecord.cleanNote("\u{202E}\u{200B}  ") == nil)
        #expect(
            TeachBackRecord.cleanNote(String(repeating: "x", count: 500))?.count == TeachBackRecord.maximumNoteLength)
    }

    @Test func withoutANurseThereIsNoTeachBackStep() throws {
        let store = MemoryStore()
        let driver = try makeDriver(mode: .review, count: 2, store: store)
        driver.answer(correct: false)
        while driver.state.session != nil { driver.answer(correct: true) }
        guard case .summary(let summary?) = driver.view.screen else {
            Issue.record("no summary")
            return
        }
        #expect(summary.teachBackNext == nil)
        driver.send(.activate)
        #expect(driver.state.teachBack == nil && driver.state.screen == .home(selected: 0))
        driver.send(.open(.teachBack))
        #expect(driver.state.teachBack == nil)
    }
}
