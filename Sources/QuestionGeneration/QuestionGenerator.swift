import ContentModel
import Dispatch
import Synchronization

/// Makes multiple-choice items from a content model.
///
/// Pure and deterministic: the same bank and seed give identical items. Distractors are chosen without
/// the seed (so an item's `version` is the same for every seed); the seed only places the options.
public enum QuestionGenerator {
    /// What generation produced: the items that passed the checks, and what the checks found.
    public struct Result: Sendable {
        public var items: [Item]
        /// Every finding: repairs made (`repaired == true`) and items dropped.
        public var findings: [LintFinding]
    }

    /// Generates every item the bank supports.
    ///
    /// Large banks are split into pieces that are drafted and checked on several threads, each with its own memo;
    /// the pieces are joined in order, so the result is the same however many threads ran.
    public static func generate(_ bank: Bank, seed: UInt64) -> Result {
        generate(bank, seed: seed, elementsPerPiece: elementsPerPiece)
    }

    /// `generate`, with the size of the pieces given (tests compare one piece with many).
    static func generate(_ bank: Bank, seed: UInt64, elementsPerPiece: Int) -> Result {
        let taught = Readability.TaughtTerms(taughtTerms(bank))
        let index = Drafts.Index(bank)
        let (jobs, parallel) = pieces(of: bank, size: elementsPerPiece)
        let results = Mutex([Piece?](repeating: nil, count: jobs.count))
        let run: @Sendable (Int) -> Void = { job in
            let drafts = Drafts(bank: bank, index: index, memo: TextMemo(taught: taught))
            var piece = Piece()
            for draft in drafts.drafts(jobs[job].part, jobs[job].range) {
                switch ItemLint.check(draft, memo: drafts.memo) {
                case .passed(let fixed, let repairs):
                    piece.findings += repairs
                    piece.items.append(fixed.finished())
                case .failed(let problems):
                    piece.findings += problems
                }
            }
            results.withLock { $0[job] = piece }
        }
        if parallel {
            DispatchQueue.concurrentPerform(iterations: jobs.count, execute: run)
        } else {
            jobs.indices.forEach(run)
        }
        let pieces = results.withLock { $0.compactMap { $0 } }
        var items = pieces.flatMap(\.items)
        items.sort { $0.id < $1.id }
        return Result(items: placeOptions(items, seed: seed), findings: pieces.flatMap(\.findings))
    }

    private struct Piece: Sendable {
        var items: [Item] = []
        var findings: [LintFinding] = []
    }

    /// Below this many elements a bank is generated on one thread: starting threads would cost more than it saves.
    static let elementsPerPiece = 1_000

    /// The bank's elements in pieces of about `elementsPerPiece`, in drafting order, and whether to run them on
    /// several threads (a small bank is one piece per part, run in turn).
    static func pieces(of bank: Bank, size: Int) -> (jobs: [(part: Drafts.Part, range: Range<Int>)], parallel: Bool) {
        let total = Drafts.Part.allCases.map { $0.count(in: bank) }.reduce(0, +)
        guard total > size else {
            return (Drafts.Part.allCases.map { ($0, 0..<$0.count(in: bank)) }, false)
        }
        let jobs = Drafts.Part.allCases.flatMap { part in
            let count = part.count(in: bank)
            return stride(from: 0, to: count, by: size).map {
                (part, $0..<min(count, $0 + size))
            }
        }
        return (jobs, true)
    }

    /// The words the material teaches: concept terms and synonyms, and the named alternatives in groups.
    public static func taughtTerms(_ bank: Bank) -> [String] {
        bank.concepts.flatMap { [$0.term] + $0.synonyms } + bank.groups.flatMap(\.nonMembers)
    }

    /// Shuffles each item's options so that, across the bank, the key sits in each position about equally often.
    static func placeOptions(_ items: [Item], seed: UInt64) -> [Item] {
        var rng = SeededGenerator(seed: seed)
        var result = items
        let byCount = Dictionary(grouping: items.indices.filter { items[$0].kind != .trueFalse }) {
            items[$0].options.count
        }
        for count in byCount.keys.sorted() {
            guard let indices = byCount[count] else { continue }
            var positions = indices.indices.map { $0 % count }
            positions.shuffle(using: &rng)
            for (index, keyPosition) in zip(indices, positions) {
                var item = result[index]
                let key = item.options[item.answer]
                let keyFeedback = item.feedback[item.answer]
                var others = Array(
                    zip(item.options, item.feedback).enumerated().filter { $0.offset != item.answer }.map(\.element))
                others.shuffle(using: &rng)
                others.insert((key, keyFeedback), at: keyPosition)
                item.options = others.map(\.0)
                item.feedback = others.map(\.1)
                item.answer = keyPosition
                result[index] = item
            }
        }
        return result
    }
}

/// A wrong option of a draft: its text, its feedback, and (when the drafter had them) its facts for the checks.
struct DraftOption: Sendable {
    var text: String
    var feedback: String?
    var facts: TextFacts?

    init(_ text: String, _ feedback: String?, facts: TextFacts? = nil) {
        self.text = text
        self.feedback = feedback
        self.facts = facts
    }
}

/// An item before checks and placement: the key first, then distractors with their feedback.
struct Draft: Sendable {
    var id: String
    var kind: ItemKind
    var section: String
    var stem: String
    var key: String
    var distractors: [DraftOption]
    /// Spare distractors to try if one of the chosen fails a check.
    var spares: [DraftOption]
    var explanation: String
    var source: String
    var topic: String
    var critical: Bool
    var location: SourceLocation?
    /// Set by the checks, which compute it anyway.
    var readingGrade: Double = 0
    /// What the checks need to know about the key's text, when the drafter already had it.
    var keyFacts: TextFacts? = nil

    func finished() -> Item {
        var options = [key] + distractors.map(\.text)
        var feedback: [String?] = [nil] + distractors.map(\.feedback)
        var answer = 0
        if kind == .trueFalse && key == "False" {
            // True or false always reads "True" then "False".
            options.reverse()
            feedback.reverse()
            answer = 1
        }
        // The version hashes what a learner reads, independent of option order.
        let version = StableHash.hex([kind.rawValue, stem, key] + distractors.map(\.text).sorted() + [explanation])
        let grade = readingGrade
        return Item(
            id: id, version: String(version.prefix(12)), kind: kind, section: section, stem: stem, options: options,
            answer: answer, explanation: explanation, feedback: feedback, source: source, topic: topic,
            critical: critical,
            readingGrade: (grade * 10).rounded() / 10)
    }
}
