import Foundation
import LearnerModel
import QuestionGeneration
@testable import QuizEngine
import Testing
import TestSupport

/// A shared station: no screen a patient sees shows another learner's name or code.
struct SharedStationTests {
    func driver(shared: Bool, store: MemoryStore, facilitator: String? = nil) throws -> QuizDriver {
        let topics = try testTopics()
        let context = AppState.Context(
            topic: topics[0], catalogue: [topics[0].info], sharedStation: shared, seed: 3,
            timeZone: TimeZone(identifier: "UTC") ?? .current)
        let clock = TestClock()
        let driver = QuizDriver(
            state: AppState(context: context, nurse: facilitator.map(store.signedInNurse), now: clock.now),
            store: store,
            clock: { clock.now })
        driver.start(learner: nil)
        return driver
    }

    @Test func noScreenShowsAnotherLearnersName() throws {
        let store = MemoryStore()
        for name in ["Ben Okafor", "P-0231", "Carla"] { try store.addLearner(name, at: TestClock().now) }
        let d = try driver(shared: true, store: store)
        var seen: [String] = []
        func look() { seen.append(String(describing: d.view)) }
        // The first screen lists no one and asks for the patient's own code
        guard case .learnerPicker(let picker) = d.view.screen else {
            Issue.record("no picker")
            return
        }
        #expect(picker.names.isEmpty && picker.shared)
        #expect(d.state.learnerNames.isEmpty)
        look()
        // Moving in the empty list and typing a code shows only what is typed
        d.send(.moveFocus(by: 1))
        look()
        d.send(.editText("Ana"))
        look()
        d.send(.activate)
        look()
        // Home, a session, its summary, progress, settings and help
        d.send(.start(.review, section: nil))
        for _ in 0..<3 {
            look()
            d.answer(correct: false)
            look()
        }
        d.send(.stop)
        look()
        d.send(.back)
        d.send(.open(.progress))
        look()
        d.send(.back)
        d.send(.open(.settings))
        look()
        d.send(.back)
        d.send(.open(.help))
        look()
        for screen in seen {
            for other in ["Ben Okafor", "P-0231", "Carla"] { #expect(!screen.contains(other), "\(other) on \(screen)") }
        }
        #expect(seen.contains { $0.contains("Ana") })
    }

    @Test func nextLearnerIsTheNursesOnASharedStation() throws {
        let store = MemoryStore()
        let alone = try driver(shared: true, store: store)
        alone.send(.chooseLearner(name: "Ana"))
        guard case .home(let home) = alone.view.screen else {
            Issue.record("not home")
            return
        }
        #expect(!home.rows.contains { $0.entry == .switchLearner })
        alone.send(.nextLearner)
        #expect(alone.state.learner?.name == "Ana")
        let led = try driver(shared: true, store: store, facilitator: "RN Lee")
        led.send(.chooseLearner(name: "Ana"))
        guard case .home(let nurseHome) = led.view.screen else {
            Issue.record("not home")
            return
        }
        #expect(nurseHome.rows.contains { $0.entry == .switchLearner })
        led.send(.nextLearner)
        // The next patient's picker lists no one either
        guard case .learnerPicker(let picker) = led.view.screen else {
            Issue.record("no picker after next learner")
            return
        }
        #expect(picker.names.isEmpty)
    }

    @Test func aPersonalComputerStillListsItsLearners() throws {
        let store = MemoryStore()
        try store.addLearner("Ben", at: TestClock().now)
        let d = try driver(shared: false, store: store)
        guard case .learnerPicker(let picker) = d.view.screen else {
            Issue.record("no picker")
            return
        }
        #expect(picker.names == ["Ben"] && !picker.shared)
    }
}
