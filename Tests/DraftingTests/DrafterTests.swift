import BuiltInBank
import ContentModel
import Drafting
import Foundation
import Testing
import Words

/// Drafting the seed article: what issue 27 asks of a draft (every section and FAQ, quotes all in the article,
/// check failing only on its placeholders, each with its line).
@Suite struct DrafterTests {
    static func seed() throws -> (Handout, String) {
        let folder = try #require(BuiltInBank.paths.first { $0.hasSuffix("immunotherapy-recurrence") })
        return (try Handout.read(path: folder + "/immunotherapy-recurrence.txt").get(), folder)
    }

    static func normal(_ s: String) -> String { QuoteText.normalized(s) }

    @Test func theSeedDraftHasEverySectionAndEveryQuestion() throws {
        let (handout, _) = try Self.seed()
        let draft = try #require(Drafter(language: "en")).draft(handout, id: nil, sourceFile: "a.txt")
        #expect(
            draft.sections.map(\.title) == [
                "How Does Immunotherapy Prevent Cancer Recurrence?", "Benefits of Immunotherapy",
                "Types of Immunotherapy Treatments", "Side Effects and Management", "Success Stories",
                "Frequently Asked Questions",
            ])
        let faqs = draft.elements(.faq)
        #expect(
            faqs.map(\.mainQuote) == [
                "Q: What is immunotherapy?", "Q: How does immunotherapy prevent cancer from coming back?",
                "Q: Is immunotherapy suitable for all types of cancers?",
            ])
        let terms = draft.elements(.concept).compactMap { e in
            e.fields.first { $0.key == "term" }.flatMap { if case .text(let t) = $0.value { t } else { nil } }
        }
        #expect(Set(terms).isSuperset(of: ["Checkpoint inhibitors", "CAR T-cell therapy", "Monoclonal antibodies"]))
        let article = Self.normal(handout.text)
        for element in draft.elements {
            #expect(!element.quotes.isEmpty, "\(element.id) quotes nothing")
            for quote in element.quotes {
                #expect(article.contains(Self.normal(quote)), "\(element.id): \(quote)")
            }
        }
        // The safety instruction is critical by its words ("right away").
        let tell = try #require(draft.elements(.action).first { $0.mainQuote.hasPrefix("tell your doctor") })
        #expect(tell.fields.contains { $0.key == "critical" })
    }

    @Test func theWrittenDraftFailsCheckOnlyOnItsPlaceholdersEachWithItsLine() throws {
        let (handout, folder) = try Self.seed()
        let draft = try #require(Drafter(language: "en")).draft(
            handout, id: "seed-draft", sourceFile: "immunotherapy-recurrence.txt")
        let files = DraftWriter(draft, words: .english).files(handoutName: "immunotherapy-recurrence.txt")
        let source: SourceReader = { name in RegularFile.read(folder + "/" + name, limit: BankLoader.maximumSourceSize)
        }
        do {
            _ = try BankLoader.parse(files.map { ($0.text, $0.name) }, readSource: source)
            Issue.record("a draft loaded as finished")
        } catch {
            let others = error.problems.filter { !$0.isPlaceholder }
            #expect(others.isEmpty, "\(others)")
            #expect(error.problems.count > 20)
            // Each placeholder is named at the line that holds it.
            for problem in error.problems {
                let file = try #require(files.first { $0.name == problem.location.file })
                let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines[problem.location.line - 1].contains("TO WRITE"))
            }
        }
    }

    @Test func placeholdersAreInTheBanksLanguageAndTheMarkerIsNot() throws {
        let (handout, _) = try Self.seed()
        let draft = try #require(Drafter(language: "en")).draft(handout, id: nil, sourceFile: "a.txt")
        let spanish = DraftWriter(draft, words: Words.Catalogue.named("es")).files(handoutName: "a.txt")
        let text = spanish.map(\.text).joined()
        #expect(text.contains("\"TO WRITE: "))
        #expect(!text.contains("TO WRITE: a wrong answer"))
    }

    @Test func aSpanishHandoutIsDraftedWithSpanishCues() throws {
        let handout = try Handout.parse(
            Array(
                """
                Cuidar la herida

                Tipos de vendajes

                Una gasa es una tela fina que cubre la herida. Los apósitos son piezas que protegen la piel.

                Qué hacer

                Llame a su equipo de atención de inmediato si tiene fiebre. Lávese las manos antes de tocar la herida porque los gérmenes causan infecciones.
                """.utf8), format: .text
        ).get()
        let draft = try #require(Drafter(language: "es")).draft(handout, id: nil, sourceFile: "h.txt")
        #expect(draft.elements(.concept).count == 2)
        let call = try #require(draft.elements(.action).first { $0.mainQuote.hasPrefix("Llame") })
        #expect(call.fields.contains { $0.key == "critical" })
        #expect(Drafter(language: "zh-Hans") == nil)
    }
}
