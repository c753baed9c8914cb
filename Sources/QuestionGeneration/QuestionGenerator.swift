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
                    piece.items.append(drafts.withFeedback(fixed).finished())
                case .failed(let problems):
                    piece.findings += problems
                }
            }
            // Each piece is sorted on its own core; the final sort then only merges the sorted runs.
            piece.items.sort { $0.id < $1.id }
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
        placeOptions(&items, seed: seed)
        return Result(items: items, findings: pieces.flatMap(\.findings))
    }

    private struct Piece: Sendable {
        var items: [Item] = []
        var findings: [LintFinding] = []
    }

    /// Pieces hold about this many items; a bank with fewer is generated on one thread, where starting threads would
    /// cost more than it saves.
    static let elementsPerPiece = 1_000

    /// The bank's elements in pieces of about `size` items each (a group makes one item per member, a concept two),
    /// in drafting order, and whether to run them on several threads (a small bank is one piece per part, run in
    /// turn). Pieces of equal work keep both cores busy to the end.
    static func pieces(of bank: Bank, size: Int) -> (jobs: [(part: Drafts.Part, range: Range<Int>)], parallel: Bool) {
        func weight(_ part: Drafts.Part, _ index: Int) -> Int {
            switch part {
            case .concepts, .facts: 2
            case .groups: bank.groups[index].members.count + 1
            case .claims, .faqs, .actions: 1
            }
        }
        var jobs: [(part: Drafts.Part, range: Range<Int>)] = []
        var total = 0
        for part in Drafts.Part.allCases {
            var start = 0
            var load = 0
            let count = part.count(in: bank)
            for index in 0..<count {
                load += weight(part, index)
                if load >= size {
                    jobs.append((part, start..<(index + 1)))
                    total += load
                    start = index + 1
                    load = 0
                }
            }
            if start < count { jobs.append((part, start..<count)) }
            total += load
        }
        guard total > size else {
            return (Drafts.Part.allCases.map { ($0, 0..<$0.count(in: bank)) }, false)
        }
        return (jobs, true)
    }

    /// The words the material teaches: concept terms and synonyms, and the named alternatives in groups.
    public static func taughtTerms(_ bank: Bank) -> [String] {
        bank.concepts.flatMap { [$0.term] + $0.synonyms } + bank.groups.flatMap(\.nonMembers)
    }

    /// Shuffles each item's options so that, across the bank, the key sits in each position about equally often.
    static func placeOptions(_ items: inout [Item], seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let byCount = Dictionary(grouping: items.indices.filter { items[$0].kind != .trueFalse }) {
            items[$0].options.count
        }
        for count in byCount.keys.sorted() {
            guard let indices = byCount[count] else { continue }
            var positions = indices.indices.map { $0 % count }
            positions.shuffle(using: &rng)
            // The wrong options' places are shuffled, which draws from the generator exactly as shuffling the options
            // themselves would; then the key is put at its place.
            var order = Array(repeating: 0, count: count)
            for (index, keyPosition) in zip(indices, positions) {
                let answer = items[index].answer
                for place in 0..<(count - 1) { order[place] = place < answer ? place : place + 1 }
                order[0..<(count - 1)].shuffle(using: &rng)
                var place = count - 1
                while place > keyPosition {
                    order[place] = order[place - 1]
                    place -= 1
                }
                order[keyPosition] = answer
                let options = items[index].options, feedback = items[index].feedback
                items[index].options = order.map { options[$0] }
                items[index].feedback = order.map { feedback[$0] }
                items[index].answer = keyPosition
            }
        }
    }

}

/// A wrong option of a draft: its text, its feedback, and (when the drafter had them) its facts for the checks.
struct DraftOption: Sendable {
    var text: String
    var feedback: String?
    var facts: TextFacts?
    /// The concept whose feedback this option gets, written only if the option survives the checks.
    var feedbackFromConcept: Int? = nil

    /// The same option with other text (its facts are then unknown).
    func with(text: String) -> DraftOption {
        var copy = self
        copy.text = text
        copy.facts = nil
        return copy
    }

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
        var hash = StableHash.of(kind.rawValue, stem)
        hash = StableHash.mix(hash, key)
        for text in distractors.map(\.text).sorted() { hash = StableHash.mix(hash, text) }
        let version = StableHash.hex(StableHash.mix(hash, explanation))
        let grade = readingGrade
        return Item(
            id: id, version: String(version.prefix(12)), kind: kind, section: section, stem: stem, options: options,
            answer: answer, explanation: explanation, feedback: feedback, source: source, topic: topic,
            critical: critical,
            readingGrade: (grade * 10).rounded() / 10)
    }
}
