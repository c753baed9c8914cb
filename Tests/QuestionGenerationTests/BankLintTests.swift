import ContentModel
@testable import QuestionGeneration
import Testing
import TestSupport

/// Checks of a whole bank, and the teaching standard of the built-in bank.
struct BankLintTests {
    func claims(_ list: [(String, Bool)]) -> Bank {
        Bank(
            metadata: BankMetadata(
                id: "b", title: "T", language: "en", audience: "A", version: "1", source: nil, review: .draft),
            sections: [Section(id: "s", title: "S", passage: "P.")],
            claims: list.enumerated().map { n, claim in
                Claim(
                    id: "c\(n)", section: "s", statement: claim.0, isTrue: claim.1, explanation: "E",
                    location: SourceLocation(file: "claims.yaml", line: 2 + 5 * n, column: 5))
            })
    }

    func rules(_ bank: Bank) -> [String] {
        QuestionGenerator.bankFindings(bank, items: QuestionGenerator.generate(bank, seed: 0).items).map(\.rule)
    }

    @Test func trueOrFalseKeysOutOfBalanceFail() {
        let lopsided = claims([
            ("The sky is blue.", true), ("Grass is red.", false), ("Snow is hot.", false),
            ("Fire is cold.", false), ("Ice is warm.", false),
        ])
        #expect(rules(lopsided).contains("true-false-balance"))
        let balanced = claims([
            ("The sky is blue.", true), ("Grass is red.", false), ("Snow is cold.", true),
            ("Fire is cold.", false),
        ])
        #expect(!rules(balanced).contains("true-false-balance"))
    }

    @Test func absolutesOnlyInFalseStatementsFail() {
        let cued = claims([
            ("The sky is blue.", true), ("Grass is always red.", false), ("Snow is cold.", true),
            ("Fire is never hot.", false),
        ])
        let findings = QuestionGenerator.bankFindings(cued, items: [])
        #expect(findings.map(\.rule) == ["absolutes-only-in-false"])
        #expect(findings.first?.description.hasPrefix("claims.yaml:7:5: error:") == true)
        let fair = claims([
            ("The sky is always up.", true), ("Grass is always red.", false), ("Snow is cold.", true),
            ("Fire is never hot.", false),
        ])
        #expect(QuestionGenerator.bankFindings(fair, items: []).isEmpty)
    }

    @Test func theBuiltInBankMeetsTheTeachingStandard() throws {
        // Given the built-in bank and every question made from it
        let bank = try TestSupport.builtInBank()
        let result = QuestionGenerator.generate(bank, seed: 0)
        expectTeachingStandard(bank, result)
        // The safety items are there and critical: feeling sick to the stomach, and serious symptoms (organs)
        let critical = Set(result.items.filter(\.critical).map(\.source))
        #expect(critical.isSuperset(of: ["sick-to-stomach", "serious-symptom", "cannot-harm-healthy"]))
        // No checkpoint-inhibitor definition stands as a wrong option for monoclonal antibodies, nor the reverse
        let checkpoint = try #require(bank.concept("checkpoint-inhibitors"))
        let antibodies = try #require(bank.concept("monoclonal-antibodies"))
        for item in result.items {
            if item.id == "term-definition:monoclonal-antibodies" {
                #expect(!item.options.contains(checkpoint.definition))
            }
            if item.id == "definition-term:checkpoint-inhibitors" { #expect(!item.options.contains(antibodies.term)) }
        }
    }
}

/// The teaching standard every shipped bank meets, whatever its language: every item passes the checks and no
/// bank-wide cue is found; a test-wise guesser scores within 5 points of chance; every wrong option of every item says
/// why it is wrong; true-or-false keys are 40–60% true (in the bank's own words for true).
func expectTeachingStandard(
    _ bank: Bank, _ result: QuestionGenerator.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let failures = result.findings.filter { !$0.repaired }
    #expect(failures.isEmpty, "\(failures)", sourceLocation: sourceLocation)
    #expect(QuestionGenerator.bankFindings(bank, items: result.items).isEmpty, sourceLocation: sourceLocation)
    let score = TestWiseGuesser.score(result.items)
    #expect(score.pointsAboveChance <= 5, "\(score)", sourceLocation: sourceLocation)
    for item in result.items {
        for (index, feedback) in item.feedback.enumerated() where index != item.answer {
            #expect(
                feedback?.isEmpty == false, "\(item.id) option \(index) has no feedback", sourceLocation: sourceLocation
            )
        }
    }
    let trueWord = Phrasing(code: bank.metadata.language).trueWord
    let trueFalse = result.items.filter { $0.kind == .trueFalse }
    let share = Double(trueFalse.filter { $0.key == trueWord }.count) / Double(trueFalse.count)
    #expect((0.4...0.6).contains(share), sourceLocation: sourceLocation)
}

/// No silent loss (issue 23, §5): a teaching point the checks leave with no question fails the bank, by name.
struct CoverageTests {
    func bank(wrong: [String], objectives: [Objective] = []) -> Bank {
        Bank(
            metadata: BankMetadata(id: "b", title: "T"),
            sections: [Section(id: "s", title: "S", passage: "P.", objectives: objectives)],
            facts: [
                Fact(
                    id: "missed-dose", section: "s", statement: "If you miss a dose, call your care team.",
                    question: "What should you do if you miss a dose?", answer: "call your care team",
                    wrong: wrong.map { WrongOption($0, feedback: "No.") }, critical: true,
                    location: SourceLocation(file: "facts.yaml", line: 3, column: 5))
            ])
    }

    @Test func aSafetyPointThatLosesEveryFormFailsTheBankNamingEachForm() {
        // Given a fact whose wrong options are all the key again (so each form has too few options)
        let lost = bank(wrong: ["call your care team", "Call your care team"])
        let result = QuestionGenerator.generate(lost, seed: 0)
        #expect(result.items.isEmpty)
        let findings = QuestionGenerator.coverageFindings(lost, items: result.items, findings: result.findings)
        let finding = findings.first { $0.rule == "teaching-point-lost" }
        #expect(finding?.itemID == "fact:missed-dose")
        #expect(finding?.description.hasPrefix("facts.yaml:3:5: error: item fact:missed-dose") == true)
        #expect(finding?.message.contains("safety teaching point") == true)
        #expect(finding?.message.contains("fact:missed-dose:") == true)
        #expect(finding?.message.contains("fact-completion:missed-dose:") == true)
        // And the section's objective is then tested by nothing
        let withObjective = bank(wrong: ["call your care team", "Call your care team"], objectives: [Objective("Say what to do.")])
        let again = QuestionGenerator.generate(withObjective, seed: 0)
        #expect(
            QuestionGenerator.coverageFindings(withObjective, items: again.items, findings: again.findings).map(\.rule)
                .contains("objective-untested"))
    }

    @Test func aPointWithAnItemLeftIsCovered() {
        let fine = bank(wrong: ["skip the next dose", "take two doses next time"], objectives: [Objective("Say what to do.")])
        let result = QuestionGenerator.generate(fine, seed: 0)
        #expect(!result.items.isEmpty)
        #expect(QuestionGenerator.coverageFindings(fine, items: result.items, findings: result.findings).isEmpty)
    }
}
