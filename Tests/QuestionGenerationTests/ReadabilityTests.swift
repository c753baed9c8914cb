import Foundation
@testable import QuestionGeneration
import Testing

struct ReadabilityTests {
    @Test func handWorkedShortSentence() {
        // 6 words, 6 syllables, 1 sentence.
        let text = "The cat sat on the mat."
        #expect(abs(Readability.fleschKincaidGrade(text) - (0.39 * 6 + 11.8 * 1 - 15.59)) < 1e-9)
        #expect(abs(Readability.fleschReadingEase(text) - (206.835 - 1.015 * 6 - 84.6 * 1)) < 1e-9)
    }

    @Test func handWorkedMedicalSentence() {
        // im-mu-no-ther-a-py(6) helps(1) your(1) im-mune(2) sys-tem(2) fight(1) can-cer(2): 7 words, 15 syllables.
        let text = "Immunotherapy helps your immune system fight cancer."
        #expect(Readability.counts(text) == .init(sentences: 1, words: 7, syllables: 15, polysyllables: 1))
        #expect(abs(Readability.fleschKincaidGrade(text) - (0.39 * 7 + 11.8 * 15 / 7 - 15.59)) < 1e-9)
        #expect(abs(Readability.smogGrade(text) - (1.043 * (30.0).squareRoot() + 3.1291)) < 1e-9)
    }

    @Test func sentencesAndHyphens() {
        let c = Readability.counts("Lab-made proteins stick. They mark cells! Why?")
        #expect(c.sentences == 3)
        #expect(c.words == 7)
        #expect(c.syllables == 2 + 2 + 1 + 1 + 1 + 1 + 1)
    }

    /// The bank's vocabulary, with syllable counts from the CMU Pronouncing Dictionary.
    @Test func agreesWithTheDictionaryOnTheBanksVocabulary() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/cmudict-syllables", withExtension: "tsv"))
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        var agree = 0
        var misses: [String] = []
        for row in rows {
            let parts = row.split(separator: "\t")
            guard parts.count == 2, let expected = Int(parts[1]) else { continue }
            let got = Readability.syllableCount(String(parts[0]))
            if got == expected { agree += 1 } else { misses.append("\(parts[0]) \(got)≠\(expected)") }
        }
        let share = Double(agree) / Double(rows.count)
        #expect(rows.count > 300)
        #expect(share >= 0.95, "agreement \(share); misses: \(misses.joined(separator: ", "))")
    }

    @Test func taughtTermsCountAsOneWordEach() {
        let terms = Readability.TaughtTerms(["Checkpoint inhibitors", "CAR T-cell therapy", "Chemo"])
        #expect(terms.apply("What do checkpoint inhibitors do?") == "What do termword do?")
        #expect(terms.apply("Is CAR T-cell therapy, or chemo, right?") == "Is termword, or termword, right?")
        #expect(terms.apply("Chemotherapy is not chemo.") == "Chemotherapy is not termword.")
        #expect(Readability.syllableCount("termword") == 2)
    }
}
