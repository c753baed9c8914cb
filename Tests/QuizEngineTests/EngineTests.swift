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
        // Given a learner with two teaching points due, one not due, and the rest unseen
        var driver = try makeDriver(store: store, clock: clock)
        let points = driver.state.current.planner.points
        let due = [points[5].id, points[points.count - 2].id]
        store.states[.init(1)] = [
            due[0]: ReviewState(
                phase: .review, step: nil, stability: 3, difficulty: 5, due: clock.now.addingTimeInterval(-3600),
                lastReview: clock.now.addingTimeInterval(-4 * 86_400), reps: 3),
            due[1]: ReviewState(
                phase: .review, step: nil, stability: 3, difficulty: 5, due: clock.now.addingTimeInterval(-60),
                lastReview: clock.now.addingTimeInterval(-4 * 86_400), reps: 3),
            points[7].id: ReviewState(
                phase: .review, step: nil, stability: 30, difficulty: 5, due: clock.now.addingTimeInterval(86_400 * 20),
                lastReview: clock.now, reps: 3),
        ]
        driver = try makeDriver(mode: .review, store: store, clock: clock)
        // When the session is planned
        let queue = try #require(driver.state.session?.queue)
        let asked = queue.compactMap { driver.state.item(for: $0)?.teachingPoint }
        // Then the due points come first, most overdue first, then 10 new ones, and the not-due point is absent
        #expect(Array(asked.prefix(2)) == due)
        #expect(queue.count == 2 + 10)
        #expect(!asked.contains(points[7].id))
        #expect(asked.dropFirst(2).allSatisfy { store.states[.init(1)]?[$0] == nil })
    }

    @Test func newItemsAreInterleavedAcrossSectionsAndTopicsNeverBackToBack() throws {
        let driver = try makeDriver(mode: .review, count: 12)
        let items = try #require(driver.state.session?.queue).compactMap { driver.state.item(for: $0) }
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
        // A missed point comes back once, in its other form when it has one.
        let first = try #require(driver.item?.teachingPoint)
        driver.answer(correct: false)
        var asked: [String] = []
        while driver.state.session != nil, let point = driver.item?.teachingPoint {
            asked.append(point)
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
        let point = { (id: String) in missed.state.current.itemsByID[id]?.teachingPoint }
        #expect(Set(try #require(missed.state.session?.queue).map { point($0.item) }) == Set(wrong.map(point)))
    }

    @Test func sectionModeStaysInItsSection() throws {
        let driver = try makeDriver(mode: .section, section: "types")
        let queue = try #require(driver.state.session?.queue)
        let points = driver.state.current.planner.points.filter { $0.section == "types" }.count
        #expect(points >= 3)
        #expect(queue.count == min(SessionPlanner.defaultSectionLength, points))
        #expect(queue.allSatisfy { driver.state.item(for: $0)?.section == "types" })
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
        #expect(store.states[.init(1)]?[second] == nil)
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
        // (see TeachBackTests for the step itself)
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
            // The summary leads to the teach-back step: the point missed, and every safety point
            let next = try #require(summary.teachBackNext)
            #expect(next.points >= 1 && next.safety == driver.state.current.planner.points.filter(\.critical).count)
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

/// Teaching points: the forms of one content element share one review state and take turns.
struct TeachingPointTests {
    @Test func formsShareOneStateAndTakeTurns() throws {
        // Given a learner who answers one question of a concept right
        let store = MemoryStore()
        let clock = TestClock()
        let driver = try makeDriver(mode: .review, count: 1, store: store, clock: clock)
        let first = try #require(driver.item)
        let point = try #require(driver.state.current.planner.points.first { $0.id == first.teachingPoint })
        driver.answer(correct: true)
        // Then the schedule is kept for the point, not for the question
        #expect(store.states[.init(1)]?.keys.sorted() == [first.teachingPoint])
        #expect(store.recorded.first?.itemID == first.id)
        // When it falls due again, Then the next form is asked
        clock.advance(86_400 * 400)
        let later = try makeDriver(mode: .review, store: store, clock: clock)
        let next = try #require(
            later.state.session?.queue.compactMap { later.state.item(for: $0) }
                .first { $0.teachingPoint == first.teachingPoint })
        if point.forms.count > 1 { #expect(next.id != first.id) } else { #expect(next.id == first.id) }
    }

    @Test func aSessionOfTwentyAsksEachPointOnceExceptToAskAMissAgain() throws {
        // Given a learner allowed 20 new questions a day
        let store = MemoryStore()
        let clock = TestClock()
        var settings = LearnerSettings()
        settings.newPerDay = 20
        _ = try store.addLearner("Ana", at: clock.now, settings: settings)
        let driver = try makeDriver(mode: .review, count: 20, store: store, clock: clock)
        // When every third question is missed the first time it is asked
        var asked: [Item] = []
        var missedPoints = Set<String>()
        while driver.state.session != nil, let item = driver.item {
            asked.append(item)
            let miss = asked.count % 3 == 1 && !missedPoints.contains(item.teachingPoint)
            if miss { missedPoints.insert(item.teachingPoint) }
            driver.answer(correct: !miss)
        }
        // Then a point comes twice only after a miss, and then in its other form where it has one
        #expect(asked.count > 20)
        var seen: [String: Item] = [:]
        for item in asked {
            if let before = seen[item.teachingPoint] {
                #expect(missedPoints.contains(item.teachingPoint), "\(item.id) asked twice without a miss")
                let forms = driver.state.current.planner.points.first { $0.id == item.teachingPoint }?.forms.count ?? 1
                if forms > 1 { #expect(item.id != before.id, "\(item.id) asked again in the same form") }
            }
            seen[item.teachingPoint] = item
        }
    }

    @Test func homeCountsArePoints() throws {
        let driver = try makeDriver()
        guard case .home(let home) = driver.view.screen, let today = home.today else {
            Issue.record("no home screen")
            return
        }
        #expect(today.new == 10)
        #expect(driver.state.current.planner.points.count < driver.state.current.items.count)
    }

    @Test func itemIDsNameTheirPoint() {
        #expect(TeachingPoint.id(ofItem: "definition-term:immunotherapy") == "concept:immunotherapy")
        #expect(TeachingPoint.id(ofItem: "term-definition:immunotherapy") == "concept:immunotherapy")
        #expect(TeachingPoint.id(ofItem: "group-member:types:cancer-vaccines") == "group:types")
        #expect(TeachingPoint.id(ofItem: "group-not:types") == "group:types")
        #expect(TeachingPoint.id(ofItem: "fact-completion:main-aim") == "fact:main-aim")
        #expect(TeachingPoint.id(ofItem: "true-false:talk-early") == "claim:talk-early")
        #expect(TeachingPoint.id(ofItem: "scenario:new-rash") == "action:new-rash")
        #expect(TeachingPoint.id(ofItem: "item-3") == nil)
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
