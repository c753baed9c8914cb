import Foundation
@testable import QuestionGeneration
import Testing

/// The port gives the prototype's numbers on the prototype's own items
/// (`Fixtures/adversary-prototype-fixture-items.json`: the cue-laden fixture's 31 drafts as `items_from_bank.py`
/// wrote them, the items behind `measurements/adversary-fixture.md` in the teaching-v2 notes).
///
/// Static figures are the prototype's exactly: they need no random draw. Session figures cannot be the prototype's
/// (it drew with Python's `random`, showed no feedback and ordered no leaks); they are those of a draw-by-draw Python
/// mirror of this port (`adversary_swift_mirror.py` in the teaching-v2 notes), which reuses the prototype's cues
/// unchanged. If the static test passes and the session test fails, the port and the mirror differ in how a session
/// runs: the draws, the leak order, or what is shown after an answer.
extension AdversaryTests {
    struct Figure: Sendable {
        var line: CueLine
        var items: Int
        var hits: Double

        init(_ line: CueLine, items: Int, hits: Double) {
            self.line = line
            self.items = items
            self.hits = hits
        }
    }

    @Test func staticFiguresAreThePrototypes() throws {
        let report = Adversary.simulate(
            items: try Self.prototypeItems(), language: .english, passages: [:], sessions: 200, seed: 7,
            rules: .init(readsSeenBefore: false, weighsStaticByPoint: false))
        // The fixed combination, every item once: 77.4% against chance 30.6%
        #expect(report.all.fixedStatic.items == 31)
        #expect(abs(report.all.fixedStatic.hits - 24) < 1e-9)
        #expect(abs(report.all.fixedStatic.chance - 9.5) < 1e-9)
        let safety = try #require(report.safety)
        #expect(safety.fixedStatic.items == 6 && abs(safety.fixedStatic.hits - 6) < 1e-9)
        // Every cue line: the items it applies to, its expected hits there
        for figure in Self.prototypeStatic {
            let score = report.cue(figure.line)?.staticScore
            #expect(score?.items == figure.items, "\(figure.line)")
            #expect(abs((score?.hits ?? -1) - figure.hits) < 1e-9, "\(figure.line)")
        }
        let applied = report.cues.filter { $0.staticScore.items > 0 }.map(\.line)
        #expect(applied == Self.prototypeStatic.map(\.line))
        // Where the keys sit by length: the longest in 18 of 26 items (ties count), 7.0 expected
        #expect(report.keyLength.items == 26 && report.keyLength.longest == 18 && report.keyLength.shortest == 3)
        // The leak pairs the prototype lists (stems and explanations), in its order; feedback adds its own
        let listed = report.leakPairs.filter { $0.via == .stem || $0.via == .explanation }
        #expect(listed.map(\.revealer) == Self.prototypePairs.map { $0.0 })
        #expect(listed.map(\.revealed) == Self.prototypePairs.map { $0.1 })
        #expect(listed.map(\.via) == Self.prototypePairs.map { $0.2 })
        #expect(report.leakPairs.count == 52)
    }

    @Test func sessionFiguresAreTheMirrors() throws {
        let report = Adversary.simulate(
            items: try Self.prototypeItems(), language: .english, passages: [:], sessions: 200, seed: 7,
            rules: .init(readsSeenBefore: false, weighsStaticByPoint: false))
        // 200 sessions of 20 points, 529 items dropped to break leak cycles: 3471 asked
        #expect(report.all.fixedInSession.items == 3471)
        #expect(abs(report.droppedPerSession - 529.0 / 200) < 1e-9)
        #expect(abs(report.all.fixedInSession.hits - 2339) < 1e-6)
        #expect(abs(report.all.adaptiveInSession.hits - 2654.5) < 1e-6)
        #expect(abs(report.all.fixedInSession.chance - 1109) < 1e-6)
        let safety = try #require(report.safety)
        #expect(safety.fixedInSession.items == 1000)
        #expect(abs(safety.fixedInSession.hits - 686) < 1e-6 && abs(safety.adaptiveInSession.hits - 944) < 1e-6)
        for figure in Self.mirrorSession {
            let score = report.cue(figure.line)?.inSession
            #expect(score?.items == figure.items, "\(figure.line)")
            #expect(abs((score?.hits ?? -1) - figure.hits) < 1e-6, "\(figure.line)")
        }
    }

    /// The prototype's items, as `AdversaryItem`s (a teaching point is the element kind and the source).
    static func prototypeItems() throws -> [AdversaryItem] {
        let url = try #require(
            Bundle.module.url(forResource: "Fixtures/adversary-prototype-fixture-items", withExtension: "json"))
        return try AdversaryItem.items(fromJSON: Data(contentsOf: url))
    }

    /// `adversary_prototype.py measurements/items-fixture.json`: every cue line that applies with nothing seen.
    static let prototypeStatic: [Figure] = [
        Figure(CueLine(.absoluteElimination), items: 12, hits: 16.0 / 3),
        Figure(CueLine(.absoluteElimination, reversed: true), items: 12, hits: 1),
        Figure(CueLine(.careTeam), items: 8, hits: 8),
        Figure(CueLine(.careTeam, reversed: true), items: 8, hits: 0),
        Figure(CueLine(.categoryMismatch), items: 11, hits: 1),
        Figure(CueLine(.categoryMismatch, reversed: true), items: 11, hits: 9),
        Figure(CueLine(.clang), items: 11, hits: 13.0 / 2),
        Figure(CueLine(.clang, reversed: true), items: 11, hits: 4.0 / 3),
        Figure(CueLine(.convergence), items: 6, hits: 5.0 / 2),
        Figure(CueLine(.convergence, reversed: true), items: 6, hits: 1),
        Figure(CueLine(.familiarTreatment), items: 14, hits: 6),
        Figure(CueLine(.familiarTreatment, reversed: true), items: 14, hits: 3),
        Figure(CueLine(.grammar), items: 1, hits: 1),
        Figure(CueLine(.grammar, reversed: true), items: 1, hits: 0),
        Figure(CueLine(.hedge), items: 11, hits: 9),
        Figure(CueLine(.hedge, reversed: true), items: 11, hits: 1),
        Figure(CueLine(.longest), items: 26, hits: 16),
        Figure(CueLine(.longest, reversed: true), items: 26, hits: 5.0 / 2),
        Figure(CueLine(.tfAbsolute), items: 3, hits: 2),
        Figure(CueLine(.tfAbsolute, reversed: true), items: 3, hits: 1),
        Figure(CueLine(.tfHedge), items: 2, hits: 1),
        Figure(CueLine(.tfHedge, reversed: true), items: 2, hits: 1),
        Figure(CueLine(.tfNegation), items: 1, hits: 1),
        Figure(CueLine(.tfNegation, reversed: true), items: 1, hits: 0),
        Figure(CueLine(.tfSafety), items: 2, hits: 2),
        Figure(CueLine(.tfSafety, reversed: true), items: 2, hits: 0),
        Figure(CueLine(.unsafeElimination), items: 6, hits: 14.0 / 3),
        Figure(CueLine(.unsafeElimination, reversed: true), items: 6, hits: 0),
        Figure(CueLine(.urgency), items: 6, hits: 6),
        Figure(CueLine(.urgency, reversed: true), items: 6, hits: 0),
    ]

    /// The mirror's session figures: 200 sessions, seed 7, feedback of a wrong pick shown, passages not.
    static let mirrorSession: [Figure] = [
        Figure(CueLine(.absoluteElimination), items: 1498, hits: 1594.0 / 3),
        Figure(CueLine(.absoluteElimination, reversed: true), items: 1498, hits: 200),
        Figure(CueLine(.careTeam), items: 1294, hits: 1294),
        Figure(CueLine(.careTeam, reversed: true), items: 1294, hits: 0),
        Figure(CueLine(.categoryMismatch), items: 1090, hits: 195.0 / 2),
        Figure(CueLine(.categoryMismatch, reversed: true), items: 1090, hits: 895),
        Figure(CueLine(.clang), items: 1530, hits: 1030),
        Figure(CueLine(.clang, reversed: true), items: 1530, hits: 400.0 / 3),
        Figure(CueLine(.convergence), items: 690, hits: 292),
        Figure(CueLine(.convergence, reversed: true), items: 690, hits: 95),
        Figure(CueLine(.familiarTreatment), items: 1188, hits: 1456.0 / 3),
        Figure(CueLine(.familiarTreatment, reversed: true), items: 1188, hits: 379.0 / 2),
        Figure(CueLine(.grammar), items: 101, hits: 101),
        Figure(CueLine(.grammar, reversed: true), items: 101, hits: 0),
        Figure(CueLine(.hedge), items: 1188, hits: 993),
        Figure(CueLine(.hedge, reversed: true), items: 1188, hits: 195.0 / 2),
        Figure(CueLine(.leak), items: 1442, hits: 1117.0 / 2),
        Figure(CueLine(.leak, reversed: true), items: 1442, hits: 591.0 / 2),
        Figure(CueLine(.longest), items: 2663, hits: 3801.0 / 2),
        Figure(CueLine(.longest, reversed: true), items: 2663, hits: 349.0 / 2),
        Figure(CueLine(.tfAbsolute), items: 506, hits: 400),
        Figure(CueLine(.tfAbsolute, reversed: true), items: 506, hits: 106),
        Figure(CueLine(.tfHedge), items: 302, hits: 102),
        Figure(CueLine(.tfHedge, reversed: true), items: 302, hits: 200),
        Figure(CueLine(.tfLeak), items: 206, hits: 188),
        Figure(CueLine(.tfLeak, reversed: true), items: 206, hits: 18),
        Figure(CueLine(.tfNegation), items: 200, hits: 200),
        Figure(CueLine(.tfNegation, reversed: true), items: 200, hits: 0),
        Figure(CueLine(.tfSafety), items: 306, hits: 306),
        Figure(CueLine(.tfSafety, reversed: true), items: 306, hits: 0),
        Figure(CueLine(.unsafeElimination), items: 894, hits: 2282.0 / 3),
        Figure(CueLine(.unsafeElimination, reversed: true), items: 894, hits: 0),
        Figure(CueLine(.urgency), items: 894, hits: 894),
        Figure(CueLine(.urgency, reversed: true), items: 894, hits: 0),
    ]

    /// The prototype's leak pairs between items: revealer, revealed, where.
    static let prototypePairs: [(String, String, LeakGraph.Via)] = [
        ("fact-completion:inr-test", "definition-term:warfarin", .explanation),
        ("fact:inr-test", "definition-term:warfarin", .explanation),
        ("faq:faq-why-inr", "fact-completion:inr-test", .explanation),
        ("true-false:works-same-for-all", "fact-completion:inr-test", .explanation),
        ("true-false:some-foods", "fact-completion:leafy-foods", .explanation),
        ("faq:faq-why-inr", "fact:inr-test", .explanation),
        ("true-false:works-same-for-all", "fact:inr-test", .explanation),
        ("true-false:some-foods", "fact:leafy-foods", .explanation),
        ("definition-term:apixaban", "group-member:blood-thinners:apixaban", .explanation),
        ("term-definition:apixaban", "group-member:blood-thinners:apixaban", .explanation),
        ("definition-term:heparin", "group-member:blood-thinners:heparin", .explanation),
        ("term-definition:heparin", "group-member:blood-thinners:heparin", .explanation),
        ("scenario:fall", "scenario:bruises", .explanation),
        ("scenario:new-antibiotic", "scenario:bruises", .explanation),
        ("scenario:nosebleed", "scenario:bruises", .explanation),
        ("true-false:tell-bleeding", "scenario:bruises", .stem),
        ("true-false:tell-bleeding", "scenario:bruises", .explanation),
        ("true-false:wait-gums", "scenario:bruises", .explanation),
        ("fact-completion:leafy-foods", "true-false:some-foods", .explanation),
        ("fact:leafy-foods", "true-false:some-foods", .explanation),
        ("scenario:bruises", "true-false:tell-bleeding", .explanation),
        ("scenario:nosebleed", "true-false:tell-bleeding", .explanation),
        ("true-false:wait-gums", "true-false:tell-bleeding", .explanation),
    ]
}
