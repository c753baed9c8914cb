import ContentModel
import Foundation
import QuestionGeneration
import LearnerModel
import NurseAccounts
import QuizEngine

/// Given a driver on the built-in bank with a fresh learner.
package func makeDriver(
    bank chosen: Bank? = nil, language: Language? = nil, mode: SessionMode? = nil, section: String? = nil,
    count: Int? = nil,
    facilitator: String? = nil,
    store: MemoryStore = MemoryStore(),
    clock: TestClock = TestClock(), learner: String? = "Ana", sharedStation: Bool = false,
    idleTimeout: TimeInterval? = nil, loadRoster: (() throws -> [RosterEntry])? = nil
) throws -> QuizDriver {
    let bank = try chosen ?? TestSupport.builtInBank()
    let items = QuestionGenerator.generate(bank, seed: 0).items
    let context = AppState.Context(
        topic: Topic(bank: bank, items: items), sharedStation: sharedStation, startMode: mode,
        startSection: section, count: count, seed: 11, timeZone: TimeZone(identifier: "UTC") ?? .current,
        strings: Strings(language ?? .english), idleTimeout: idleTimeout)
    let driver = QuizDriver(
        state: AppState(context: context, nurse: facilitator.map(store.signedInNurse), now: clock.now), store: store,
        clock: { clock.now },
        startOfDay: { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400) },
        signIn: { name, secret, now in try NurseSignIn().signIn(name: name, secret: secret, at: now, store: store) },
        loadRoster: loadRoster)
    driver.start(learner: learner)
    return driver
}

extension QuizDriver {
    package var item: Item? { state.session?.current.flatMap(state.item(for:)) }

    /// Answers the current question right or wrong, and moves past the feedback.
    package func answer(correct: Bool, next: Bool = true) {
        guard let item else { return }
        let choice = correct ? item.answer : (item.answer + 1) % item.options.count
        send(.answer(option: choice))
        if next { send(.next) }
    }
}

/// The topics the tests use: the built-in bank and the hand-washing fixture, each with its questions.
package func testTopics() throws -> [Topic] {
    let builtIn = try TestSupport.builtInBank()
    let hands = try TestSupport.testBank(TestBank.handWashingID)
    return [builtIn, hands].map { Topic(bank: $0, items: QuestionGenerator.generate($0, seed: 0).items) }
}

/// Given a driver that knows several topics (opened on demand, as the trainer does), for one learner.
package func makeTopicsDriver(
    topics: [Topic], initial: String? = nil, mode: SessionMode? = nil, count: Int? = nil, store: MemoryStore,
    clock: TestClock, learner: String? = "Ana", facilitator: String? = nil, language: Language? = nil
) throws -> QuizDriver {
    let first = topics.first { $0.id == initial } ?? topics[0]
    let context = AppState.Context(
        topic: first, catalogue: topics.map(\.info), topicChosen: initial != nil, startMode: mode, count: count,
        seed: 11, timeZone: TimeZone(identifier: "UTC") ?? .current, strings: Strings(language ?? .english))
    let byID = Dictionary(uniqueKeysWithValues: topics.map { ($0.id, $0) })
    let driver = QuizDriver(
        state: AppState(context: context, nurse: facilitator.map(store.signedInNurse), now: clock.now), store: store,
        clock: { clock.now },
        startOfDay: { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400) },
        loadTopic: { id in
            guard let topic = byID[id] else { throw QuizDriver.TopicUnavailable(id: id) }
            return topic
        },
        signIn: { name, secret, now in try NurseSignIn().signIn(name: name, secret: secret, at: now, store: store) })
    driver.start(learner: learner)
    return driver
}

/// The letter a learner types for option `index` in plain mode.
package enum OptionLetterName {
    package static func of(_ index: Int) -> Character { Character(UnicodeScalar(UInt8(97 + index))) }
}

extension MemoryStore {
    /// Adds a nurse account whose secret is `secret` (hashed with the test work factor).
    @discardableResult
    package func addNurseAccount(_ name: String, displayName: String, secret: String) throws -> NurseID {
        try addNurse(
            NurseAccount(
                name: name, displayName: displayName, secretHash: SecretHash.make(secret, parameters: .fast),
                createdAt: Date(timeIntervalSince1970: 0)))
    }
}
