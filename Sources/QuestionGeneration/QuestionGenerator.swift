import ContentModel
import Words
import Dispatch
import Synchronization

/// Makes multiple-choice items from a content model.
///
/// Pure and deterministic: the same bank and seed give identical items. Distractors are chosen without
/// the seed (so an item's `version` is the same for every seed); the seed only places the options.
///
/// The path an item takes: `Drafts` writes a draft for each content element (its kind's stem, its key, distractors
/// chosen from sibling elements), `ItemLint` checks it (repairing what it can, dropping what it cannot), the draft
/// gets the feedback of its wrong options and becomes an `Item`, and `OptionPlacement` shuffles the options.
public enum QuestionGenerator {
    /// What generation produced: the items that passed the checks, and what the checks found.
    public struct Result: Sendable {
        public var items: [Item]
        /// Every finding: repairs made (`repaired == true`) and items dropped.
        public var findings: [LintFinding]
    }

    /// Generates every item the bank supports.
    ///
    /// Large banks are split into pieces that are drafted and checked on both cores, each with its own memo; the
    /// pieces are joined in order, so the result is the same however many threads ran (see `GenerationPieces`).
    public static func generate(_ bank: Bank, seed: UInt64) -> Result {
        generate(bank, seed: seed, elementsPerPiece: GenerationPieces.elementsPerPiece)
    }

    /// Every draft the generator makes, as items, those that fail the checks included: what the adversary judges a
    /// bank's writing by (a flawed item lint drops is hidden, not gone). Never for asking.
    public static func drafts(_ bank: Bank, seed: UInt64) -> Result {
        generate(bank, seed: seed, elementsPerPiece: GenerationPieces.elementsPerPiece, keepingFailures: true)
    }

    /// `generate`, with the size of the pieces given (tests compare one piece with many).
    static func generate(_ bank: Bank, seed: UInt64, elementsPerPiece: Int, keepingFailures: Bool = false) -> Result {
        let plan = GenerationPieces(bank, size: elementsPerPiece)
        let taught = Readability.TaughtTerms(taughtTerms(bank))
        let index = Drafts.Index(bank)
        let pieces = plan.run { job in
            let drafts = Drafts(bank: bank, index: index, memo: TextMemo(taught: taught, phrasing: index.phrasing))
            var piece = GenerationPieces.Piece()
            drafts.forEachDraft(job.part, job.range) { draft in
                let (repairs, failures) = ItemLint.check(&draft, memo: drafts.memo)
                piece.findings += repairs
                if failures.isEmpty || keepingFailures {
                    drafts.writeFeedback(&draft)
                    piece.items.append(draft.finish())
                }
                piece.findings += failures
            }
            return piece
        }
        var items = GenerationPieces.join(pieces)
        OptionPlacement.shuffle(&items, seed: seed)
        return Result(items: items, findings: pieces.flatMap(\.findings))
    }

    /// Checks of the whole bank (true-or-false balance, absolutes only in false statements, a test-wise guesser's
    /// score against chance), for `bank lint`: each finding is a failure; none drops an item.
    public static func bankFindings(_ bank: Bank, items: [Item]) -> [LintFinding] {
        ItemLint.checkBank(bank, items: items)
    }

    /// The adversary's report on the questions a bank asks (`Adversary`), and each threshold it fails as a finding of
    /// the bank. Banks of fewer than `Adversary.minimumItems` questions get the report but no findings: over a
    /// handful of questions a score says little.
    public static func adversary(_ bank: Bank, items: [Item], sessions: Int = 200) -> (
        report: AdversaryReport, findings: [LintFinding]
    ) {
        let passages = Dictionary(bank.sections.map { ($0.id, $0.passage) }, uniquingKeysWith: { a, _ in a })
        let report = Adversary.report(
            items: items.map(AdversaryItem.init), language: Phrasing(code: bank.metadata.language),
            passages: passages, sessions: sessions)
        guard items.count >= Adversary.minimumItems else { return (report, []) }
        let findings = Adversary.failureMessages(report).map {
            LintFinding(
                itemID: "bank", rule: "adversary", message: $0,
                location: bank.sections.first?.location,
                repaired: false)
        }
        return (report, findings)
    }

    /// Teaching points the checks left with no question, and objectives no question tests (`bank lint` fails on
    /// each): `findings` are generation's, which say why each form failed.
    public static func coverageFindings(_ bank: Bank, items: [Item], findings: [LintFinding]) -> [LintFinding] {
        ItemLint.checkCoverage(bank, items: items, findings: findings)
    }

    /// The words the material teaches: concept terms and synonyms, and the named alternatives in groups.
    public static func taughtTerms(_ bank: Bank) -> [String] {
        bank.concepts.flatMap { [$0.term] + $0.synonyms } + bank.groups.flatMap { $0.nonMembers.map(\.text) }
    }
}
