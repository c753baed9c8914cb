import ContentModel
@testable import QuestionGeneration
import Testing

struct ItemLintTests {
    func draft(
        stem: String = "Which of these is a fruit?", key: String = "An apple",
        distractors: [String] = ["A carrot", "A potato", "An onion"],
        spares: [String] = [], kind: ItemKind = .factQuestion
    ) -> Draft {
        Draft(
            id: "fact:x", kind: kind, section: "s", stem: stem, key: key,
            distractors: distractors.map { DraftOption($0, nil) },
            spares: spares.map { DraftOption($0, nil) }, explanation: "E", source: "x", topic: "x", critical: false,
            location: SourceLocation(file: "f.yaml", line: 3, column: 5))
    }

    /// The rules found: failures as "rule", repairs as "rule (repaired)".
    func rules(_ d: Draft) -> [String] {
        switch ItemLint.check(d, memo: TextMemo(taught: Readability.TaughtTerms([]))) {
        case .passed(_, let repairs): repairs.map { "\($0.rule) (repaired)" }
        case .failed(let findings): findings.map { $0.repaired ? "\($0.rule) (repaired)" : $0.rule }
        }
    }

    @Test func aGoodItemPasses() { #expect(rules(draft()) == []) }

    @Test func duplicateOptionIsReplacedBySpare() {
        #expect(
            rules(draft(distractors: ["A carrot", "an apple!", "An onion"], spares: ["A leek"])) == [
                "duplicate-option (repaired)"
            ])
    }

    @Test func tooFewOptionsAfterDroppingFails() {
        #expect(
            rules(draft(distractors: ["An apple", "A carrot"])) == ["duplicate-option (repaired)", "too-few-options"])
    }

    @Test func allOfTheAboveIsRemoved() {
        #expect(
            rules(draft(distractors: ["A carrot", "All of the above", "An onion"])).first
                == "combination-option (repaired)")
    }

    @Test func optionContainingTheKeyIsRemoved() {
        #expect(
            rules(draft(distractors: ["A carrot", "An apple pie", "An onion"])).first
                == "option-contains-option (repaired)")
    }

    @Test func conspicuouslyLongKeyFails() {
        #expect(rules(draft(key: "A crisp red apple picked fresh from the tree")) == ["key-longest"])
    }

    @Test func stemWordOnlyInKeyFails() {
        #expect(rules(draft(stem: "Which of these is an apple fruit?", key: "An apple")) == ["stem-clue"])
    }

    @Test func negativeInStemIsCapitalised() throws {
        let d = draft(stem: "Which of these is not a vegetable?")
        guard
            case .passed(let fixed, let repairs) = ItemLint.check(
                d, memo: TextMemo(taught: Readability.TaughtTerms([])))
        else {
            throw Failure()
        }
        #expect(fixed.stem == "Which of these is NOT a vegetable?")
        #expect(repairs.map(\.rule) == ["negative-capitalised"])
    }

    @Test func mixedPunctuationAndCapitalsAreMadeAlike() throws {
        let d = draft(key: "An apple.", distractors: ["a carrot", "A potato", "An onion"])
        guard case .passed(let fixed, _) = ItemLint.check(d, memo: TextMemo(taught: Readability.TaughtTerms([]))) else {
            throw Failure()
        }
        #expect(([fixed.key] + fixed.distractors.map(\.text)) == ["An apple.", "A carrot.", "A potato.", "An onion."])
    }

    @Test func hardReadingFails() {
        let d = draft(
            stem: "Which pharmacological intervention characteristically demonstrates immunological potentiation?",
            key: "Immunomodulatory biologics",
            distractors: ["Antineoplastic alkylation", "Radiotherapeutic ionization", "Surgical extirpation"])
        #expect(rules(d) == ["reading-grade"])
    }

    @Test func findingsNameTheSourceLine() {
        guard
            case .failed(let findings) = ItemLint.check(
                draft(key: "A crisp red apple picked fresh from the tree"),
                memo: TextMemo(taught: Readability.TaughtTerms([])))
        else {
            Issue.record("expected a failure")
            return
        }
        #expect(findings.first?.description.hasPrefix("f.yaml:3:5: error: item fact:x: key-longest:") == true)
    }

    // MARK: Cues a test-wise learner uses: each rule trips on one draft and not on its repair.

    @Test func anAbsoluteOnlyInWrongOptionsFails() {
        let cued = draft(distractors: ["Only a carrot", "A potato", "An onion"])
        #expect(rules(cued) == ["absolute-in-wrong-option"])
        // The same absolute in the key too is no cue.
        #expect(rules(draft(key: "Only an apple", distractors: ["Only a carrot", "A potato", "An onion"])) == [])
    }

    @Test func anAbsoluteWrongOptionIsSwappedForASpareWhileThereIsOne() {
        let d = draft(distractors: ["Only a carrot", "A potato", "An onion"], spares: ["A leek"])
        #expect(rules(d) == ["absolute-in-wrong-option (repaired)"])
    }

    @Test func aKeyOfAnotherGrammaticalFormFails() {
        // Every wrong option a noun phrase with an article, the key not.
        let wrong = ["A carrot soup", "A potato mash", "An onion ring"]
        #expect(rules(draft(key: "Eating apples", distractors: wrong)) == ["key-form-stands-out"])
        #expect(rules(draft(key: "An apple pie", distractors: wrong)) == [])
    }

    @Test func aKeyThatAloneHedgesFails() {
        #expect(
            rules(draft(key: "Some apples", distractors: ["Ten carrots", "Six potatoes", "Two onions"])) == [
                "hedged-key"
            ])
        #expect(rules(draft(key: "Some apples", distractors: ["Some carrots", "Six potatoes", "Two onions"])) == [])
    }

    @Test func aKeyMuchLongerThanEveryWrongOptionFails() {
        // Longer than 1.4× the longest wrong option, though not 1.5× their mean.
        let wrong = ["A red carrot", "A big potato", "A wet onion"]
        #expect(rules(draft(key: "A green red apple", distractors: wrong)) == ["key-stands-out-by-length"])
        #expect(rules(draft(key: "A green apple", distractors: wrong)) == [])
    }

    @Test func aKeyTheOtherOptionsConvergeOnFails() {
        // The key shares "round", "green" and "fruit" with the others; no wrong option shares more than one.
        let wrong = ["A round carrot", "A green potato", "A fruit onion"]
        #expect(rules(draft(key: "A round green fruit", distractors: wrong)) == ["convergence"])
        #expect(rules(draft(key: "A green fruit", distractors: wrong)) == [])
    }

    @Test func aWrongOptionRepeatingAStemWordFails() {
        let d = draft(
            stem: "Which of these is a sweet fruit?", distractors: ["A sweet carrot", "A potato", "An onion"])
        #expect(rules(d) == ["stem-word-in-wrong-option"])
        #expect(
            rules(draft(stem: "Which of these is a fruit?", distractors: ["A sweet carrot", "A potato", "An onion"]))
                == [])
    }

    @Test func conceptItemsAreNotHeldToTheAuthorsWordRules() {
        // Options drawn from sibling concepts share the topic's words by nature.
        let d = draft(
            stem: "Which of these is a sweet fruit?", distractors: ["A sweet carrot", "A potato", "An onion"],
            kind: .termToDefinition)
        #expect(rules(d) == [])
    }

    struct Failure: Error {}
}
