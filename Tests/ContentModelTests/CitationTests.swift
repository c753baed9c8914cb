import ContentModel
import Foundation
import Testing

/// Every key traced to its source (issue 23, §4): quotes checked against the source file at their line, elements
/// without quotes or `beyond_source` refused, `point:` joins checked.
struct CitationTests {
    let article = """
        Immunotherapy is a treatment that helps your immune system fight cancer.
        You’ll get this medicine through shots or a vein in your arm at a hospital or
        clinic. It’s important to talk about these early on.
        """

    /// A bank folder with `bank.yaml` (the header below, then `body`) and the article as `article.txt`.
    func folder(_ body: String, source: String = "{title: The article, file: article.txt}") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("teachback-cite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bank = """
            bank:
              id: t
              title: T
              language: en
              audience: adults
              version: "1"
              source: \(source)
              review: {status: draft}
            sections:
              - id: s
                title: S
                passage: P
            \(body)
            """
        try Data(bank.utf8).write(to: dir.appendingPathComponent("bank.yaml"))
        try Data(article.utf8).write(to: dir.appendingPathComponent("article.txt"))
        return dir.path
    }

    func problems(_ path: String) -> [String] {
        do {
            _ = try BankLoader.load(path: path, displayPath: "b")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    let claim = """
        claims:
          - id: shots
            section: s
            statement: You get it through a shot or a vein.
            true: true
            explanation: E
            quotes:
              - "You'll get this medicine through shots or a vein in your arm at a hospital or clinic."
        """

    @Test func aQuoteAcrossALineBreakWithAStraightApostropheIsFound() throws {
        #expect(problems(try folder(claim)) == [])
    }

    @Test func aQuoteMissingFromTheSourceFailsAtItsLine() throws {
        let changed = claim.replacingOccurrences(of: "at a hospital", with: "at home")
        #expect(
            problems(try folder(changed)) == [
                "b/bank.yaml:20:9: error: quote not found in article.txt: 'You'll get this medicine through shots or a vein in your arm at home or clinic.'; copy the sentence exactly (spaces and quote marks may differ)"
            ])
    }

    @Test func anElementWithNeitherQuotesNorBeyondSourceIsRefused() throws {
        let bare = claim.components(separatedBy: "\n").prefix(6).joined(separator: "\n")
        #expect(
            problems(try folder(bare)).first?.contains("claim 'shots' has neither quotes nor beyond_source") == true)
        let beyond = bare + "\n    beyond_source: Our example; the article gives none (NCI, cancer.gov)."
        #expect(problems(try folder(beyond)) == [])
    }

    @Test func theSourceFileMustBeThereAndBeside() throws {
        let missing = try folder(claim, source: "{title: The article, file: gone.txt}")
        #expect(problems(missing).first?.contains("the source file gone.txt cannot be read: no such file") == true)
        let outside = try folder(claim, source: "{title: The article, file: ../article.txt}")
        #expect(problems(outside).first?.contains("must be a file name beside the bank's files") == true)
    }

    @Test func pointsJoinAnotherElementOfTheSameKindOneLevelDeep() throws {
        let actions = """
            actions:
              - id: a
                section: s
                situation: S
                right: R
                wrong: [{text: W1, feedback: F}, {text: W2, feedback: F}]
                explanation: E
                beyond_source: x
              - id: b
                section: s
                point: a
                situation: S2
                right: R2
                wrong: [{text: W3, feedback: F}, {text: W4, feedback: F}]
                explanation: E
                beyond_source: x
              - id: c
                section: s
                point: b
                situation: S3
                right: R3
                wrong: [{text: W5, feedback: F}, {text: W6, feedback: F}]
                explanation: E
                beyond_source: x
            """
        let found = problems(try folder(actions))
        #expect(found.count == 1)
        #expect(found.first?.contains("point 'b' of this action joins 'a' itself") == true)
        let bank = try BankLoader.load(path: try folder(actions.replacingOccurrences(of: "point: b", with: "point: a")))
        #expect(bank.actions.map(\.point) == [nil, "a", "a"])
    }

    @Test func quoteTextIgnoresSpacingFormAndQuoteMarks() {
        #expect(QuoteText.normalized("It’s  “so”\n fine") == QuoteText.normalized("It's \"so\" fine"))
        #expect(QuoteText.normalized("Jose\u{301}") == QuoteText.normalized("Jos\u{E9}"))
        #expect(QuoteText.normalized("well.Doctors") != QuoteText.normalized("well. Doctors"))
    }
}
