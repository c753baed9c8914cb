import ContentModel
@testable import QuestionGeneration
import Testing
import TestSupport

/// The test-wise guesser: it finds the cues it is meant to find, and scores near chance where there are none.
struct GuesserTests {
    func item(_ stem: String, _ options: [String], answer: Int = 0, kind: ItemKind = .factQuestion) -> Item {
        Item(
            id: "i", version: "v", kind: kind, section: "s", stem: stem, options: options, answer: answer,
            explanation: "", feedback: options.map { _ in nil }, source: "s", topic: "t", critical: false,
            readingGrade: 1)
    }

    @Test func absolutesInWrongOptionsGiveTheKeyAway() {
        // Given a key with no absolute and wrong options with one each
        let cued = item(
            "What can immunotherapy do?",
            ["It can help some people.", "It always cures cancer.", "It works for every cancer.", "It never fails."])
        // Then the guesser takes the key
        #expect(TestWiseGuesser.choices(cued) == [0])
    }

    @Test func trueOrFalseFollowsAbsolutesAndHedges() {
        let absolute = item(
            "True or false: Immunotherapy always works.", ["True", "False"], answer: 1, kind: .trueFalse)
        let hedged = item("True or false: Side effects can happen.", ["True", "False"], answer: 0, kind: .trueFalse)
        let plain = item("True or false: Checkpoint inhibitors are antibodies.", ["True", "False"], kind: .trueFalse)
        #expect(TestWiseGuesser.choices(absolute) == [1])
        #expect(TestWiseGuesser.choices(hedged) == [0])
        #expect(TestWiseGuesser.choices(plain) == [0, 1])
    }

    @Test func theLongestOptionIsACue() {
        let longest = item("Which is right?", ["Blue.", "Red.", "A green one with yellow spots.", "Grey."], answer: 2)
        #expect(TestWiseGuesser.choices(longest) == [2])
    }

    @Test func optionsAlikeInFormLeaveAnEvenGuessAndTheScoreNearChance() {
        // Given questions whose options are alike in length and words, with the key in turn at each place
        let items = (0..<4).map { key in
            var options = ["Cats.", "Dogs.", "Fish.", "Bird."]
            options.swapAt(0, key)
            return item("Which pet is it?", options, answer: key)
        }
        // Then the guesser is left with the longest-equal options and scores what chance scores
        let score = TestWiseGuesser.score(items)
        #expect(abs(score.expected - score.chance) < 0.01)
        #expect(abs(score.chance - 0.25) < 1e-9)
    }

    @Test func theBuiltInBankScoreIsReportedBesideChance() throws {
        let items = QuestionGenerator.generate(try TestSupport.builtInBank(), seed: 0).items
        let score = TestWiseGuesser.score(items)
        #expect(score.items == items.count)
        #expect(score.chance > 0.2 && score.chance < 0.5)
        #expect(score.description.contains("against chance"))
    }
}
