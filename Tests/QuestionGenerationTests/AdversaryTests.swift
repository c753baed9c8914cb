import ContentModel
import Foundation
@testable import QuestionGeneration
import Testing

/// Every draft the generator makes from the cue-laden fixture, nothing dropped by the checks (a flaw lint drops is
/// hidden, not gone), as the adversary reads them.
func fixtureItems() throws -> [AdversaryItem] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/fixture-cue-laden", withExtension: "yaml"))
    let bank = try BankLoader.load(path: url.path)
    return QuestionGenerator.drafts(bank, seed: 0).items.map(AdversaryItem.init)
}

/// The adversary of issue 23 (adversary.md): it cracks a bank written with the classic flaws, finds a cue a bank
/// has turned around, points each cue where the design says, keeps its order fixed, and gives the prototype's
/// numbers on the prototype's items; the leak graph orders a session so no item is asked after one that gives it
/// away.
struct AdversaryTests {
    @Test func fixtureIsCracked() throws {
        // Given every draft of the cue-laden fixture
        let items = try fixtureItems()
        #expect(items.count >= 25)
        let report = Adversary.report(items: items, language: .english, passages: [:])
        // Then the fixed combination on the questions alone and the adaptive guesser in a session each score 30
        // points or more over chance. The fixed combination in a session scores less (about 26): the planner's order
        // (revealed questions first) takes away the leaks the fixture plants, as it is meant to; 20 is its floor.
        #expect(report.all.fixedStatic.pointsAboveChance >= 30, "\(report.all.fixedStatic)")
        #expect(report.all.adaptiveInSession.pointsAboveChance >= 30, "\(report.all.adaptiveInSession)")
        #expect(report.all.fixedInSession.pointsAboveChance >= 20, "\(report.all.fixedInSession)")
        #expect(!Adversary.failures(report).isEmpty)
    }

    @Test func reverseIsFound() {
        // Given twenty items whose key is always the shortest option, five keys hedged and in the other fifteen a
        // wrong option hedged, so the fixed order ("hedge", then "longest") is right only as often as chance
        let report = Adversary.report(items: AdversaryTests.shortestKeyItems, language: .english, passages: [:])
        // Then the fixed combination is at chance, and the adaptive guesser, from right and wrong alone, finds the
        // reverse of "longest"
        #expect(report.all.fixedStatic.pointsAboveChance <= 5, "\(report.all.fixedStatic)")
        #expect(report.all.fixedInSession.pointsAboveChance <= 5, "\(report.all.fixedInSession)")
        #expect(report.all.adaptiveInSession.pointsAboveChance >= 15, "\(report.all.adaptiveInSession)")
        #expect(report.cue(CueLine(.longest, reversed: true))?.staticScore.rate == 1)
        // And the failures tell an educator which rule of thumb pays
        let failures = Adversary.failures(report)
        #expect(failures.contains { $0.contains("pick the shortest option") })
        #expect(failures.contains { $0.contains("learns during a session") })
    }

    @Test func optionsAlikeInFormPass() {
        // Given items whose options are alike in length and words, the key in turn at each place
        let items = ["Ann", "Bob", "Cai", "Dee", "Eve", "Fay", "Gus", "Hal"].enumerated().map { index, name in
            Self.item(
                "fact:\(name)", stem: "Which pet does \(name) have?", ["Cats", "Dogs", "Fish", "Bird"],
                answer: index % 4)
        }
        let report = Adversary.report(items: items, language: .english, passages: [:])
        // Then no cue tells the options apart, both guessers score what chance scores, and nothing fails
        #expect(report.cues.isEmpty)
        #expect(abs(report.all.adaptiveInSession.pointsAboveChance) < 1e-9)
        #expect(Adversary.failures(report).isEmpty)
    }

    @Test(arguments: CueCase.all)
    func eachCue(_ example: CueCase) {
        // Given one small item written for the cue, and what the session showed before it
        var reader = AdversaryReader(language: example.language)
        var memory = SessionMemory()
        for text in example.seen { memory.see(reader.read(text)) }
        if let earlier = example.earlier {
            let answered = reader.read(Self.item("earlier", kind: example.kind, stem: example.stem, earlier))
            memory.answered(answered, picked: 0, showFeedback: true, passage: nil)
        }
        let item = reader.read(Self.item(kind: example.kind, stem: example.stem, example.options))
        // When the cues score it
        let sets = item.cueSets(item.scores(with: memory))
        // Then the cue points where adversary.md §2 says, and its reverse to the other end
        #expect(sets.first { $0.line == CueLine(example.cue) }?.options == example.points)
        #expect(sets.first { $0.line == CueLine(example.cue, reversed: true) }?.options == example.reverse)
    }

    @Test func orderIsPinned() {
        // The fixed order is a decision made before any bank is seen: changing it is a code change with a reason.
        #expect(
            Adversary.fixedOrder == [
                .memory, .leak, .seenBefore, .unsafeElimination, .careTeam, .urgency, .familiarTreatment,
                .absoluteElimination, .hedge, .grammar, .oppositePair, .convergence, .clang, .categoryMismatch,
                .longest,
            ])
        #expect(Adversary.trueFalseOrder == [.tfSafety, .tfAbsolute, .tfHedge, .tfLeak, .tfNegation])
        #expect(Set(Adversary.fixedOrder + Adversary.trueFalseOrder) == Set(CueID.allCases))
    }

    @Test func sameSeedSameReport() {
        let first = Adversary.report(items: AdversaryTests.shortestKeyItems, language: .english, passages: [:])
        let second = Adversary.report(items: AdversaryTests.shortestKeyItems, language: .english, passages: [:])
        #expect(first == second)
    }
}

// MARK: - The leak graph

extension AdversaryTests {
    static let tellBleeding = AdversaryTests.item(
        "true-false:tell-bleeding", kind: .trueFalse,
        stem: "True or false: Tell your doctor right away about any unusual bleeding.", ["True", "False"],
        explanation: "Unusual bleeding can be serious.")
    static let bruises = AdversaryTests.item(
        "scenario:bruises", kind: .scenario, stem: "You notice new bruises. What should you do?",
        ["Tell your doctor about the bruises right away", "Hide them", "Double your dose", "Wait and see"],
        explanation: "Bruises can be a sign of bleeding.")
    static let banana = AdversaryTests.item(
        "fact:banana", stem: "What colour is a ripe banana?", ["Yellow", "Purple", "Blue", "Green"],
        explanation: "Ripe bananas are yellow.")
    /// Two items whose explanations each hold the other's key.
    static let inr = AdversaryTests.item(
        "fact:inr", stem: "What does an INR test show?",
        ["whether your warfarin dose needs changing", "your blood type", "your eye health", "your weight"],
        explanation: "Vitamin K in leafy greens changes how warfarin works.")
    static let greens = AdversaryTests.item(
        "fact:greens", stem: "Why keep leafy greens steady?",
        [
            "vitamin K in leafy greens changes how warfarin works", "they taste bitter", "they cost money",
            "they are heavy",
        ],
        explanation: "An INR test shows whether your warfarin dose needs changing.")

    @Test func aLeakPairIsFoundAndAStrangerIsNot() {
        let graph = LeakGraph(items: [Self.tellBleeding, Self.bruises, Self.banana], passages: [:], language: .english)
        // The statement holds the scenario key's own words (tell, doctor, right, away: 4 of 5), no wrong option's
        #expect(
            graph.pairs == [
                LeakGraph.Pair(revealer: Self.tellBleeding.id, revealed: Self.bruises.id, via: .stem, share: 0.8)
            ])
        #expect(!graph.pairs.contains { $0.revealer == Self.banana.id || $0.revealed == Self.banana.id })
        #expect(graph.cycles.isEmpty)
    }

    @Test func theRevealedItemIsAskedFirst() throws {
        let graph = LeakGraph(items: [Self.tellBleeding, Self.bruises, Self.banana], passages: [:], language: .english)
        let ids = [Self.tellBleeding.id, Self.bruises.id, Self.banana.id]
        var bananaPlaces = Set<Int>()
        for seed in 0..<200 {
            var generator = SeededGenerator(seed: UInt64(seed))
            let (order, dropped) = graph.order(ids, using: &generator)
            #expect(dropped.isEmpty)
            #expect(order.sorted() == ids.sorted())
            let revealed = try #require(order.firstIndex(of: Self.bruises.id))
            let revealer = try #require(order.firstIndex(of: Self.tellBleeding.id))
            #expect(revealed < revealer, "seed \(seed): \(order)")
            let place = try #require(order.firstIndex(of: Self.banana.id))
            bananaPlaces.insert(place)
        }
        // The seed still decides the rest of the order
        #expect(bananaPlaces.count == 3)
    }

    @Test func aCycleKeepsOne() {
        let graph = LeakGraph(items: [Self.inr, Self.greens], passages: [:], language: .english)
        #expect(graph.cycles == [[Self.inr.id, Self.greens.id]])
        var kept = Set<String>()
        for seed in 0..<200 {
            var generator = SeededGenerator(seed: UInt64(seed))
            let (order, dropped) = graph.order([Self.inr.id, Self.greens.id], using: &generator)
            #expect(order.count == 1 && dropped.count == 1)
            #expect(Set(order + dropped) == [Self.inr.id, Self.greens.id])
            kept.formUnion(order)
        }
        // Each gets its turn across sessions
        #expect(kept.count == 2)
        // And a report asks one of the two a session, and says why
        let report = Adversary.report(items: [Self.inr, Self.greens], language: .english, passages: [:], sessions: 20)
        #expect(report.askedPerSession == 1)
        #expect(report.droppedPerSession == 1)
        #expect(Adversary.failures(report).contains { $0.contains("give each other's answers away") })
    }

    /// "What is a flu shot?", whose key's own words are "vaccine", "protects", "influenza".
    static let fluShot = AdversaryTests.item(
        "faq:flu-shot", kind: .faq, stem: "What is a flu shot?",
        [
            "A vaccine that protects you from influenza", "A pill you take for a cold", "A test of your blood",
            "A cream for sore skin",
        ])

    @Test func wordsScatteredOverOptionsRevealNothing() {
        // Given a question whose options hold the flu-shot key's words one by one, never together
        let scattered = Self.item(
            "fact:scattered", stem: "Which of these did the nurse mention?",
            ["a vaccine for travel", "how the body protects itself", "influenza season", "a walk"])
        // And one whose option holds them together
        let whole = Self.item(
            "fact:whole", stem: "Which of these did the nurse mention?",
            ["a vaccine that protects you from influenza", "a walk", "a nap", "a glass of water"], answer: 1)
        let graph = LeakGraph(items: [Self.fluShot, scattered, whole], passages: [:], language: .english)
        // Then only the option that holds the key whole reveals it
        #expect(graph.itemPairs.filter { $0.revealed == Self.fluShot.id }.map(\.revealer) == [whole.id])
    }

    @Test func aDefinitionRevealsItsTermOnlyBesideIt() {
        // Given a term's definition question
        let term = Self.item(
            "term-definition:statins", kind: .termToDefinition, stem: "What are statins?",
            [
                "medicines that lower the fat in your blood", "medicines that thin your blood",
                "medicines that calm a cough", "medicines that ease pain",
            ])
        // And another term's question that shows that definition as a wrong option, without the term
        let other = Self.item(
            "term-definition:anticoagulants", kind: .termToDefinition, stem: "What are anticoagulants?",
            [
                "medicines that thin your blood", "medicines that lower the fat in your blood",
                "medicines that calm a cough", "medicines that ease pain",
            ])
        // And an explanation that gives the definition beside the term
        let explained = Self.item(
            "fact:cholesterol", stem: "What can a high cholesterol level lead to?",
            ["heart disease", "a cold", "a rash", "a cough"],
            explanation: "Statins are medicines that lower the fat in your blood.")
        let graph = LeakGraph(items: [term, other, explained], passages: [:], language: .english)
        // Then the definition shown as an option reveals nothing, and beside its term it does
        #expect(graph.itemPairs.filter { $0.revealed == term.id }.map(\.revealer) == [explained.id])
        #expect(graph.cycles.isEmpty)
    }

    @Test func aPassageRevealsButOrdersNothing() {
        let passages = ["s": "Tell your doctor about new bruises right away."]
        let graph = LeakGraph(items: [Self.bruises, Self.banana], passages: passages, language: .english)
        #expect(graph.pairs.map(\.via) == [.passage(section: "s")])
        #expect(graph.itemPairs.isEmpty)
        var generator = SeededGenerator(seed: 1)
        #expect(graph.order([Self.bruises.id, Self.banana.id], using: &generator).dropped.isEmpty)
    }
}

// MARK: - Helpers

extension AdversaryTests {
    /// An item for these tests: the key first unless `answer` says otherwise, its own teaching point.
    static func item(
        _ id: String = "item", kind: ItemKind = .factQuestion, stem: String, _ options: [String], answer: Int = 0,
        explanation: String = "", critical: Bool = false
    ) -> AdversaryItem {
        AdversaryItem(
            id: id, kind: kind, point: "point:\(id)", section: "s", stem: stem, options: options, answer: answer,
            explanation: explanation, feedback: options.map { _ in nil }, critical: critical)
    }
}
