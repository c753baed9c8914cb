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

    func faqs(_ list: [(id: String, question: String, answer: String)]) -> Bank {
        let wrong = [
            WrongOption("Wait until your next visit.", feedback: "Waiting can let it get worse."),
            WrongOption("Ask a friend who had it.", feedback: "A friend's illness may not be like yours."),
            WrongOption("Look it up online first.", feedback: "Pages online do not know your treatment."),
        ]
        return Bank(
            metadata: BankMetadata(
                id: "b", title: "T", language: "en", audience: "A", version: "1", source: nil, review: .draft),
            sections: [Section(id: "s", title: "S", passage: "P.")],
            faqs: list.enumerated().map { n, faq in
                FAQ(
                    id: faq.id, section: "s", question: faq.question, answer: faq.answer, wrong: wrong,
                    location: SourceLocation(file: "faqs.yaml", line: 2 + 10 * n, column: 5))
            })
    }

    @Test func nearDuplicatePointsFail() {
        // Given two FAQs with one answer, and two whose questions use the same words
        let sameAnswer = faqs([
            ("fever", "You have a fever after a treatment. What should you do?", "Call your care team right away."),
            ("rash", "A new rash shows up on your arm. What should you do?", "Call your care team right away."),
        ])
        let sameQuestion = faqs([
            (
                "fever", "You have a high fever and chills the night after your treatment. What should you do?",
                "Call your care team today."
            ),
            (
                "fever-again", "The night after your treatment you have chills and a high fever. What should you do?",
                "Call the clinic now."
            ),
        ])
        let distinct = faqs([
            ("fever", "You have a fever after a treatment. What should you do?", "Call your care team right away."),
            ("rash", "A new rash shows up on your arm. What should you do?", "Show it to your nurse today."),
        ])
        // Then each pair is one finding, at the second element, naming both and how to join them
        let findings = QuestionGenerator.bankFindings(
            sameAnswer, items: QuestionGenerator.generate(sameAnswer, seed: 0).items
        )
        .filter { $0.rule == "near-duplicate" }
        #expect(findings.count == 1)
        #expect(findings.first?.description.hasPrefix("faqs.yaml:12:5: error:") == true)
        #expect(findings.first?.message.description.contains("rash and fever ask the same thing") == true)
        #expect(findings.first?.message.description.contains("'point: fever'") == true)
        #expect(rules(sameQuestion).filter { $0 == "near-duplicate" }.count == 1)
        #expect(!rules(distinct).contains("near-duplicate"))
    }

    @Test func theBuiltInBankMeetsTheTeachingStandard() throws {
        // Given the built-in bank and every question made from it
        let bank = try TestSupport.builtInBank()
        let result = QuestionGenerator.generate(bank, seed: 0)
        expectTeachingStandard(bank, result)
        // The safety items are there and critical: recognising side effects, the organ warning, and the rule to report
        // a new or worse symptom right away (its three situations one teaching point)
        let critical = Set(result.items.filter(\.critical).map(\.source))
        #expect(critical.isSuperset(of: ["tired-cause", "organ-problems", "new-rash", "serious-symptom"]))
        #expect(
            Set(
                result.items.filter { $0.source == "serious-symptom" || $0.source == "tired-getting-worse" }
                    .map(\.teachingPoint)) == ["action:new-rash"])
        // No definition that also fits another concept stands as that concept's wrong option (checkpoint inhibitors'
        // fits monoclonal antibodies)
        let checkpoint = try #require(bank.concept("checkpoint-inhibitors"))
        for item in result.items where item.id == "term-definition:monoclonal-antibodies" {
            #expect(!item.options.contains(checkpoint.definition))
        }
        // Every key traced to its source, and no retired element asked
        #expect(result.items.allSatisfy { !$0.quotes.isEmpty || bank.location(of: $0.source) != nil })
        let retired = Set(bank.retired.map(\.id))
        #expect(result.items.allSatisfy { !retired.contains($0.source) })
    }
}

/// The teaching standard every shipped bank meets, whatever its language: every item passes the checks, no bank-wide
/// cue is found and no teaching point is lost; the adversary passes every threshold (the fixed combination and the
/// adaptive guesser within 5 points of chance, safety questions within 10, no cue line more than 10 above); every
/// wrong option of every item says why it is wrong; true-or-false keys are 40–60% true (in the bank's own words).
func expectTeachingStandard(
    _ bank: Bank, _ result: QuestionGenerator.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let failures = result.findings.filter { !$0.repaired }
    #expect(failures.isEmpty, "\(failures)", sourceLocation: sourceLocation)
    #expect(QuestionGenerator.bankFindings(bank, items: result.items).isEmpty, sourceLocation: sourceLocation)
    let lost = QuestionGenerator.coverageFindings(bank, items: result.items, findings: result.findings)
    #expect(lost.isEmpty, "\(lost)", sourceLocation: sourceLocation)
    let (report, adversary) = QuestionGenerator.adversary(bank, items: result.items)
    #expect(adversary.isEmpty, "\(adversary.map(\.message))", sourceLocation: sourceLocation)
    #expect(report.all.fixedInSession.pointsAboveChance <= 5, sourceLocation: sourceLocation)
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
        #expect(finding?.message.description.contains("safety teaching point") == true)
        #expect(finding?.message.description.contains("fact:missed-dose:") == true)
        #expect(finding?.message.description.contains("fact-completion:missed-dose:") == true)
        // And the section's objective is then tested by nothing
        let withObjective = bank(
            wrong: ["call your care team", "Call your care team"], objectives: [Objective("Say what to do.")])
        let again = QuestionGenerator.generate(withObjective, seed: 0)
        #expect(
            QuestionGenerator.coverageFindings(withObjective, items: again.items, findings: again.findings).map(\.rule)
                .contains("objective-untested"))
    }

    @Test func aPointWithAnItemLeftIsCovered() {
        let fine = bank(
            wrong: ["take the pills twice as often", "stop the medicine on your own"],
            objectives: [Objective("Say what to do.")])
        let result = QuestionGenerator.generate(fine, seed: 0)
        #expect(!result.items.isEmpty)
        #expect(QuestionGenerator.coverageFindings(fine, items: result.items, findings: result.findings).isEmpty)
    }
}
