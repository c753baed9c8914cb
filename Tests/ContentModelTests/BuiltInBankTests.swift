import ContentModel
import Foundation
import Testing
import TestSupport

struct BuiltInBankTests {
    @Test func loadsAndCoversEveryPartOfTheArticle() throws {
        let bank = try TestSupport.builtInBank()
        #expect(bank.metadata.id == "immunotherapy-recurrence")
        #expect(bank.metadata.review == .draft)
        let sections = Set(bank.sections.map(\.id))
        #expect(
            sections == [
                "what-it-is", "getting-treatment", "benefits", "types", "side-effects", "self-care", "stories",
            ])
        // The four types of the article are the members of the types group.
        let types = try #require(bank.groups.first { $0.id == "immunotherapy-types" })
        #expect(
            Set(types.members) == [
                "checkpoint-inhibitors", "car-t-cell-therapy", "cancer-vaccines", "monoclonal-antibodies",
            ])
        #expect(bank.faqs.count == 3)
        #expect(bank.actions.contains { $0.critical })
    }

    @Test func neverTeachesThatItCannotHarmHealthyTissue() throws {
        let bank = try TestSupport.builtInBank()
        // The article says "normal cells are safe" and also that some side effects affect organs: the bank teaches
        // what both agree on. No true claim says it cannot harm, and the organ warning is a safety point of its own.
        #expect(!bank.claims.contains { $0.isTrue && $0.statement.lowercased().contains("harm") })
        let organs = try #require(bank.facts.first { $0.id == "organ-problems" })
        #expect(organs.critical && organs.answer.contains("organs"))
        let passages = bank.sections.map(\.passage).joined(separator: " ").lowercased()
        #expect(passages.contains("serious"))
        #expect(!passages.contains("normal cells are safe"))
        // The claim that did teach it is retired, and its id is never used again.
        #expect(bank.retired.contains { $0.id == "cannot-harm-healthy" })
    }

    @Test func everyKeyIsQuotedFromTheArticleBesideIt() throws {
        for bank in [try TestSupport.builtInBank(), try TestSupport.spanishBank()] {
            #expect(bank.metadata.source?.file == "immunotherapy-recurrence.txt")
            let elements: [any Cited] =
                bank.concepts + bank.groups + bank.facts + bank.claims + bank.faqs + bank.actions
            for element in elements {
                #expect(!element.citation.quotes.isEmpty, "\(bank.metadata.id): \(element.id) quotes nothing")
            }
        }
        // The article beside the bank is the seed article, unchanged.
        let path = try #require(TestSupport.builtInBankPath)
        let beside = try String(contentsOfFile: path + "/immunotherapy-recurrence.txt", encoding: .utf8)
        #expect(beside.contains("How Does Immunotherapy Prevent Cancer Recurrence?"))
    }

    @Test func everyElementHasASourceLocation() throws {
        let bank = try TestSupport.builtInBank()
        let ids = bank.concepts.map(\.id) + bank.facts.map(\.id) + bank.claims.map(\.id) + bank.actions.map(\.id)
        for id in ids {
            let location = try #require(bank.location(of: id))
            #expect(location.file.hasSuffix(".yaml") && location.line > 0)
        }
    }

    @Test func documentedExampleLoads() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/example", withExtension: "yaml"))
        let bank = try BankLoader.load(path: url.path)
        #expect(bank.metadata.review == .reviewed(by: "J. Smith, RN", on: "2026-01-15"))
        #expect(
            bank.countsLine.text(.english) == "1 section, 3 concepts, 1 group, 1 fact, 1 claim, 1 FAQ, 1 action")
    }
}
