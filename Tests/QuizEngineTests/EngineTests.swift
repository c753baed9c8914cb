import ContentModel
import Foundation
import QuestionGeneration
@testable import QuizEngine
import LearnerModel
import Scheduling
import Testing
import TestSupport

struct SessionLogicTests {
    @Test func reviewModeAsksDueFirstThenNewUpToTheDailyLimit() throws {
        let store = MemoryStore()
        let clock = TestClock()
        // Given a learner with two items due and the rest unseen
        var driver = try makeDriver(store: store, clock: clock)
        let all = driver.state.context.items
        let due = [all[5].id, all[40].id]
        store.states[1] = [
            due[0]: ReviewState(
                phase: .review, step: nil, stability: 3, difficulty: 5, due: clock.now.addingTimeInterval(-3600),
                lastReview: clock.now.addingTimeInterval(-4 * 86_400), reps: 3),
            due[1]: ReviewState(
                phase: .review, step: nil, stability: 3, difficulty: 5, due: clock.now.addingTimeInterval(-60),
                lastReview: clock.now.addingTimeInterval(-4 * 86_400), reps: 3),
            all[7].id: ReviewState(
                phase: .review, step: nil, stability: 30, difficulty: 5, due: clock.now.addingTimeInterval(86_400 * 20),
                lastReview: clock.now, reps: 3),
        ]
        driver = try makeDriver(mode: .review, store: store, clock: clock)
        // When the session is planned
        let queue = try #require(driver.state.session?.queue)
        // Then the due items come first, most overdue first, then 10 new ones, and the not-due item is absent
        #expect(Array(queue.prefix(2)) == due)
        #expect(queue.count == 2 + 10)
        #expect(!queue.contains(all[7].id))
        #expect(queue.dropFirst(2).allSatisfy { store.states[1]?[$0] == nil })
    }

    @Test func newItemsAreInterleavedAcrossSectionsAndTopicsNeverBackToBack() throws {
        let driver = try makeDriver(mode: .review, count: 12)
        let items = try #require(driver.state.session?.queue).compactMap { driver.state.context.itemsByID[$0] }
        #expect(Set(items.prefix(7).map(\.section)).count == 7)
        for (a, b) in zip(items, items.dropFirst()) { #expect(a.topic != b.topic) }
    }

    @Test func aMissedItemComesBackAfterThreeOthersAtMostTwice() throws {
        let driver = try makeDriver(mode: .review, count: 8)
        let first = try #require(driver.item?.id)
        driver.answer(correct: false)
        var asked = [first]
        while driver.state.session != nil {
            guard let id = driver.item?.id else { break }
            asked.append(id)
            driver.answer(correct: id != first)
        }
        let positions = asked.indices.filter { asked[$0] == first }
        // Asked three times: once, then two more times (the limit), each after at least three others.
        #expect(positions.count == 3)
        for (a, b) in zip(positions, positions.dropFirst()) { #expect(b - a >= 4 || b == asked.count - 1) }
    }

    @Test func aMissedItemStopsComingBackOnceAnsweredRight() throws {
        let driver = try makeDriver(mode: .review, count: 6)
        let first = try #require(driver.item?.id)
        driver.answer(correct: false)
        var asked: [String] = []
        while driver.state.session != nil, let id = driver.item?.id {
            asked.append(id)
            driver.answer(correct: true)
        }
        #expect(asked.filter { $0 == first }.count == 1)
        #expect(asked.count == 6)
    }

    @Test func missedModeAsksLastWrongAnswers() throws {
        let store = MemoryStore()
        let driver = try makeDriver(mode: .review, count: 5, store: store)
        var wrong: [String] = []
        for n in 0..<5 {
            if n % 2 == 0, let id = driver.item?.id { wrong.append(id) }
            driver.answer(correct: n % 2 != 0)
            while driver.state.session != nil, let id = driver.item?.id, wrong.contains(id) {
                driver.answer(correct: false)
            }
        }
        let missed = try makeDriver(mode: .missed, store: store)
        #expect(Set(try #require(missed.state.session?.queue)) == Set(wrong))
    }

    @Test func sectionModeStaysInItsSection() throws {
        let driver = try makeDriver(mode: .section, section: "types")
        let queue = try #require(driver.state.session?.queue)
        #expect(queue.count == SessionPlanner.defaultSectionLength)
        #expect(queue.allSatisfy { driver.state.context.itemsByID[$0]?.section == "types" })
    }

    @Test func examHasAFixedLengthAndLeavesTheScheduleAlone() throws {
        let store = MemoryStore()
        let driver = try makeDriver(mode: .exam, count: 7, store: store)
        #expect(driver.state.session?.queue.count == 7)
        for _ in 0..<7 { driver.answer(correct: false) }
        #expect(store.recorded.count == 7)
        #expect(store.recorded.allSatisfy { $0.newState == nil })
        #expect(store.states.isEmpty)
        #expect(driver.state.screen == .summary)
        #expect(try #require(driver.state.finished).score == (7, 0))
    }

    @Test func undoRestoresTheQuestionTheStoreAndTheSchedule() throws {
        let store = MemoryStore()
        let driver = try makeDriver(mode: .review, store: store)
        let first = try #require(driver.item?.id)
        driver.answer(correct: true)
        let second = try #require(driver.item?.id)
        driver.answer(correct: false, next: false)
        #expect(store.recorded.count == 2)
        let queueBefore = driver.state.session?.queue
        // When the learner takes the answer back on the feedback screen
        driver.send(.undo)
        // Then the second question is back, unanswered, in the store and in the engine
        #expect(driver.state.screen == .question(selected: 0))
        #expect(driver.item?.id == second)
        #expect(store.recorded.map(\.itemID) == [first])
        #expect(store.states[1]?[second] == nil)
        #expect(driver.state.history.states[second] == nil)
        #expect(driver.state.session?.queue != queueBefore)
        #expect(driver.state.notice == "Your last answer was taken back.")
    }

    @Test func anAnswerThatCannotBeSavedIsNotShownAsAnswered() throws {
        let store = MemoryStore()
        let driver = try makeDriver(mode: .review, store: store)
        let first = try #require(driver.item?.id)
        store.failNextRecord = true
        driver.answer(correct: true, next: false)
        #expect(driver.state.screen == .question(selected: 0))
        #expect(driver.item?.id == first)
        #expect(driver.state.notice?.contains("not saved") == true)
        #expect(driver.state.history.states[first] == nil)
        driver.answer(correct: true, next: false)
        #expect(driver.state.screen == .feedback)
        #expect(store.recorded.count == 1)
    }

    @Test func confidenceStepMapsToRatings() throws {
        let store = MemoryStore()
        let driver = try makeDriver(mode: .review, store: store)
        driver.send(.stop)
        driver.send(.open(.settings))
        driver.send(.activate)  // confidence on
        #expect(store.learnerRows.first?.settings.confidenceStep == true)
        driver.send(.back)
        driver.send(.start(.review, section: nil))
        for (level, rating) in [(Grading.Confidence.sure, Rating.good), (.notSure, .hard), (.guessed, .again)] {
            let item = try #require(driver.item)
            driver.send(.answer(option: item.answer))
            #expect(driver.state.screen == .confidence(chosen: item.answer, selected: 0))
            driver.send(.rateConfidence(level))
            #expect(store.recorded.last?.rating == rating)
            #expect(store.recorded.last?.confidence == level)
            driver.send(.next)
        }
    }

    @Test func nurseCanRunOneLearnerAfterAnother() throws {
        let store = MemoryStore()
        let driver = try makeDriver(count: 2, facilitator: "RN Lee", store: store, learner: nil)
        for name in ["Ana", "Bo"] {
            driver.send(.editText(name))
            driver.send(.activate)
            #expect(driver.state.learner?.name == name)
            driver.send(.start(.review, section: nil))
            driver.answer(correct: false)
            while driver.state.session != nil { driver.answer(correct: true) }
            #expect(driver.state.screen == .summary)
            guard case .summary(let summary?) = driver.view.screen else {
                Issue.record("no summary")
                return
            }
            #expect(summary.facilitator == "RN Lee")
            #expect(!summary.missed.isEmpty && summary.missed.allSatisfy { $0.teachBack != nil })
            driver.send(.back)
            driver.send(.nextLearner)
        }
        #expect(store.learnerRows.map(\.name) == ["Ana", "Bo"])
        #expect(store.startedSessions.count == 2)
        #expect(store.startedSessions.allSatisfy { $0.ended != nil })
    }

    @Test func endOfInputKeepsAnswersAndEndsTheSession() throws {
        let store = MemoryStore()
        let driver = try makeDriver(mode: .review, store: store)
        driver.answer(correct: true)
        driver.finish()
        #expect(driver.state.isFinished)
        #expect(store.recorded.count == 1)
        #expect(store.startedSessions.first?.ended != nil)
    }
}

struct TextLayoutTests {
    @Test func wrapsByDisplayWidth() {
        #expect(TextLayout.wrap("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
        #expect(TextLayout.wrap("日本語のテキスト", width: 6) == ["日本語", "のテキ", "スト"])
        #expect(TextLayout.width("café") == 4)
        #expect(TextLayout.width("e\u{301}") == 1)
    }

    @Test func stripsEscapeSequencesAndControls() {
        #expect(TextLayout.sanitize("a\u{1B}[31mred\u{1B}[0m\u{7}b") == "aredb")
        #expect(TextLayout.sanitize("x\u{1B}]0;title\u{7}y") == "xy")
        #expect(TextLayout.sanitize("“quotes” — and é") == "“quotes” — and é")
    }

    @Test func relativeTimes() {
        let now = Date(timeIntervalSince1970: 0)
        let common = Strings().common
        #expect(common.relative(from: now, to: now.addingTimeInterval(600)) == "in 10 minutes")
        #expect(common.relative(from: now, to: now.addingTimeInterval(86_400)) == "tomorrow")
        #expect(common.relative(from: now, to: now.addingTimeInterval(3 * 86_400)) == "in 3 days")
    }
}
