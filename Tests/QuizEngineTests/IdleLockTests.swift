import Foundation
import LearnerModel
@testable import QuizEngine
import Testing
import TestSupport

/// A station left alone: a warning, then the session ends (answers saved), the nurse is signed out, and the welcome
/// screen comes back with nobody's name on it.
struct IdleLockTests {
    /// Time passes by `seconds`, the trainer ticking as it does.
    func wait(_ driver: QuizDriver, _ clock: TestClock, _ seconds: TimeInterval) {
        clock.advance(seconds)
        driver.tick()
    }

    @Test func aWarningThenTheLockEndsTheSessionAndSignsTheNurseOut() throws {
        // Given a nurse-led session on a shared station (3 minutes), one question answered, the next showing
        let store = MemoryStore()
        let clock = TestClock()
        let driver = try makeDriver(
            count: 3, facilitator: "RN Lee", store: store, clock: clock, sharedStation: true, idleTimeout: 180)
        driver.send(.start(.review, section: nil))
        driver.answer(correct: true)
        let shown = driver.state.screen
        // When 149 seconds pass, nothing; at 150, the warning
        wait(driver, clock, 149)
        #expect(!driver.state.idleWarned && driver.state.notice == nil)
        wait(driver, clock, 1)
        #expect(driver.state.idleWarned)
        #expect(driver.state.notice == "Still there? Press any key. Otherwise this session ends in 30 seconds.")
        // When a key is pressed, the warning goes and the key does nothing else
        driver.send(.answer(option: 0))
        #expect(!driver.state.idleWarned && driver.state.notice == nil && driver.state.screen == shown)
        #expect(store.recorded.count == 1)
        // When the station is then left for three minutes
        wait(driver, clock, 170)
        wait(driver, clock, 10)
        // Then the session is over and ended in the store, its answer kept; the nurse is signed out; the welcome
        // screen is back with nothing typed, and the notice names nobody
        #expect(driver.state.session == nil && driver.state.learner == nil && driver.state.nurse == nil)
        #expect(driver.state.screen == .learnerPicker(selected: 0, typed: ""))
        #expect(store.startedSessions.count == 1 && store.startedSessions[0].ended != nil)
        #expect(store.recorded.count == 1)
        #expect(driver.state.notice == "The last session ended after 3 minutes without a key. Answers are saved.")
        guard case .learnerPicker(let picker) = driver.view.screen else {
            Issue.record("not the welcome screen")
            return
        }
        #expect(picker.names.isEmpty && picker.typed.isEmpty)
        // And the next person starts afresh: no nurse's entry for them
        driver.send(.chooseLearner(name: "Bo"))
        guard case .home(let home) = driver.view.screen else {
            Issue.record("not home for the next learner")
            return
        }
        #expect(home.learner == "Bo" && home.facilitator == nil && !home.rows.contains { $0.entry == .teachBack })
    }

    @Test func aTeachBackStepLeftOpenIsEndedWithItsResultsKept() throws {
        let store = MemoryStore()
        let clock = TestClock()
        let driver = try makeDriver(facilitator: "RN Lee", store: store, clock: clock, idleTimeout: 900)
        driver.send(.open(.teachBack))
        driver.send(.recordTeachBack(.ownWords))
        #expect(driver.state.teachBack != nil)
        wait(driver, clock, 880)
        wait(driver, clock, 20)
        #expect(driver.state.teachBack == nil && driver.state.learner == nil)
        #expect(store.teachBackRows.count == 1)
        #expect(store.startedSessions.allSatisfy { $0.ended != nil })
    }

    @Test func aNameTypedAndLeftIsCleared() throws {
        let clock = TestClock()
        let driver = try makeDriver(clock: clock, learner: nil, sharedStation: true, idleTimeout: 180)
        driver.send(.editText("Ana Ruiz"))
        wait(driver, clock, 181)
        #expect(driver.state.screen == .learnerPicker(selected: 0, typed: ""))
        // Nobody's session ended: nothing to say
        #expect(driver.state.notice == nil)
    }

    @Test func aStationAtItsWelcomeIsLeftAlone() throws {
        let clock = TestClock()
        let driver = try makeDriver(clock: clock, learner: nil, sharedStation: true, idleTimeout: 180)
        for _ in 0..<10 { wait(driver, clock, 600) }
        #expect(driver.state.notice == nil && !driver.state.idleWarned)
    }

    @Test func withoutAnIdleTimeNothingLocks() throws {
        let clock = TestClock()
        let driver = try makeDriver(clock: clock)
        wait(driver, clock, 86_400)
        #expect(driver.state.learner?.name == "Ana")
    }

    @Test func theDefaultsAreThreeMinutesSharedAndFifteenOtherwise() {
        #expect(AppState.defaultIdleTimeout(sharedStation: true) == 180)
        #expect(AppState.defaultIdleTimeout(sharedStation: false) == 900)
    }
}
