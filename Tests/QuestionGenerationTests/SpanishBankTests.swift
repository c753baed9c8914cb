import ContentModel
import Foundation
@testable import QuestionGeneration
import TestSupport
import Testing

/// The Spanish content model, and the generator's Spanish: stems, true or false, checks and readability.
struct SpanishBankTests {
    let bank: Bank
    let result: QuestionGenerator.Result

    init() throws {
        bank = try TestSupport.spanishBank()
        result = QuestionGenerator.generate(bank, seed: 0)
    }

    @Test func meetsTheSameTeachingStandardAsTheEnglishBank() {
        #expect(bank.metadata.language == "es")
        expectTeachingStandard(bank, result)
        #expect(result.items.count >= 35)
    }

    @Test func stemsAndOptionsAreInSpanish() throws {
        func item(_ id: String) throws -> Item { try #require(result.items.first { $0.id == id }) }
        // The term with its article, as the bank writes it in a sentence; the definition asked by name.
        #expect(
            try item("term-definition:recurrence").stem
                == "¿Cuál de estas opciones describe mejor la recurrencia del cáncer?")
        #expect(Phrasing.spanish.definitionToTerm("el tratamiento que…") == "¿Cómo se llama esto: el tratamiento que…?")
        let claim = try item("true-false:vaccines-like-flu-shot")
        #expect(claim.stem.hasPrefix("¿Verdadero o falso? "))
        #expect(claim.options == ["Verdadero", "Falso"])
        #expect(claim.key == "Falso")
        // A misconception's feedback starts in Spanish.
        #expect(claim.feedback[0]?.hasPrefix("Mucha gente lo cree, pero no es cierto.") == true)
        // A negative is capitalised only in a question that asks in the negative, never in a statement to judge.
        #expect(
            !result.items.filter { $0.kind == .trueFalse || $0.kind == .scenario }.contains { $0.stem.contains(" NO ") }
        )
        // Agreement: a plural term takes "son".
        let member = try item("group-member:immunotherapy-types:cancer-vaccines")
        #expect(member.explanation.contains(" y "))
        #expect(!member.explanation.contains(" and "))
        #expect(try item("scenario:new-rash").stem.hasSuffix("¿Qué debe hacer?"))
    }

    @Test func spanishAbsolutesInAWrongOptionAreCaught() {
        // "nunca" is an absolute the key lacks: the option is replaced while there are spares, as in English.
        #expect(CueWords.absolute(inNormalised: ItemLint.normalise("Esto nunca pasa")) == "nunca")
        #expect(CueWords.absolute(inNormalised: ItemLint.normalise("Sirve para todos")) == "todos")
        #expect(CueWords.absolute(inNormalised: ItemLint.normalise("Es solo una vez")) == "solo")
        #expect(CueWords.hedge(inNormalised: ItemLint.normalise("Puede pasar a veces")) == "puede")
        #expect(CueWords.absolute(inNormalised: ItemLint.normalise("Puede pasar a veces")) == nil)
    }

    @Test func everyPassageIsFairlyEasyOrEasier() {
        for passage in PassageReadability.of(bank) {
            #expect(passage.ease >= 70, "\(passage)")
            #expect(passage.description.contains("Szigriszt-Pazos"))
        }
    }

    /// textstat (PyPI) counts the same words and sentences; it counts syllables with pyphen's hyphenation patterns,
    /// which never split off one letter at either end of a word ("agua", "día" are one syllable to it), so it finds a
    /// few percent fewer and scores a little easier. Ours must be the stricter, and close.
    @Test func agreesWithTextstat() throws {
        struct Fixture: Decodable {
            struct Row: Decodable {
                var id: String
                var passage: String
                var words: Int
                var sentences: Int
                var syllables: Int
                var fernandez_huerta: Double
                var szigriszt_pazos: Double
            }
            var sections: [Row]
        }
        let url = try #require(Bundle.module.url(forResource: "Fixtures/textstat-es", withExtension: "json"))
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        #expect(fixture.sections.map(\.id) == bank.sections.map(\.id))
        for (row, section) in zip(fixture.sections, bank.sections) {
            #expect(
                row.passage.trimmingCharacters(in: .whitespacesAndNewlines)
                    == section.passage.trimmingCharacters(in: .whitespacesAndNewlines),
                "the fixture is stale: run scripts/textstat_es_fixture.py (see its first lines)")
            let ours = PassageReadability(section: section, phrasing: .spanish)
            #expect(ours.counts.words == row.words, "\(row.id)")
            #expect(ours.counts.sentences == row.sentences, "\(row.id)")
            #expect(ours.counts.syllables >= row.syllables, "\(row.id)")
            #expect(Double(ours.counts.syllables) <= Double(row.syllables) * 1.08, "\(row.id)")
            #expect(ours.ease <= row.fernandez_huerta + 0.01, "\(row.id)")
            #expect(row.fernandez_huerta - ours.ease < 8, "\(row.id): \(ours.ease) against \(row.fernandez_huerta)")
            #expect(row.szigriszt_pazos - ours.second < 9, "\(row.id)")
        }
    }

    @Test func spanishSyllablesFollowTheRules() {
        // Counts from the Real Academia's division of each word.
        let words: [(String, Int)] = [
            ("inmunoterapia", 6), ("día", 2), ("cuidado", 3), ("leer", 2), ("hoy", 1), ("muy", 1), ("y", 1),
            ("país", 2), ("aéreo", 4), ("guerra", 2), ("pingüino", 3), ("ciudad", 2), ("oído", 3), ("sistema", 3),
            ("inmunitario", 5), ("secundarios", 4), ("tratamiento", 4), ("maíz", 2), ("poeta", 3), ("quiero", 2),
            ("averiguáis", 4), ("CAR", 1), ("médico", 3), ("células", 3), ("cáncer", 2), ("buey", 1),
        ]
        for (word, syllables) in words { #expect(Readability.spanishSyllables(word) == syllables, "\(word)") }
        // Fernández-Huerta by hand: "Su médico le hará pruebas." 5 words, 1 sentence, 1+3+1+2+2 = 9 syllables.
        let c = Readability.spanishCounts("Su médico le hará pruebas.")
        #expect(c == .init(sentences: 1, words: 5, syllables: 9, polysyllables: 1))
        #expect(abs(Readability.fernandezHuerta(c) - (206.84 - 60 * 9 / 5 - 1.02 * 5)) < 1e-9)
        #expect(abs(Readability.szigrisztPazos(c) - (206.835 - 62.3 * 9 / 5 - 5)) < 1e-9)
        #expect(Readability.inflesz(70) == "bastante fácil")
    }

    @Test func theLanguageCodeChoosesThePhrasing() {
        #expect(Phrasing(code: "es") == .spanish)
        #expect(Phrasing(code: "es-MX") == .spanish)
        #expect(Phrasing(code: "ES_us") == .spanish)
        #expect(Phrasing(code: "en") == .english)
        #expect(Phrasing(code: "fr") == .english)
    }
}
