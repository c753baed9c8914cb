import ContentModel

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
    public static func generate(_ bank: Bank, seed: UInt64) -> Result {
        var items: [Item] = []
        var findings: [LintFinding] = []
        let memo = TextMemo(taught: Readability.TaughtTerms(taughtTerms(bank)))
        for draft in Drafts(bank: bank, memo: memo).all() {
            switch ItemLint.check(draft, memo: memo) {
            case .passed(let fixed, let repairs):
                findings += repairs
                items.append(fixed.finished())
            case .failed(let problems):
                findings += problems
            }
        }
        items.sort { $0.id < $1.id }
        return Result(items: placeOptions(items, seed: seed), findings: findings)
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

/// An item before checks and placement: the key first, then distractors with their feedback.
struct Draft: Sendable {
    var id: String
    var kind: ItemKind
    var section: String
    var stem: String
    var key: String
    var distractors: [(text: String, feedback: String?)]
    /// Spare distractors to try if one of the chosen fails a check.
    var spares: [(text: String, feedback: String?)]
    var explanation: String
    var source: String
    var topic: String
    var critical: Bool
    var location: SourceLocation?
    /// Set by the checks, which compute it anyway.
    var readingGrade: Double = 0

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
