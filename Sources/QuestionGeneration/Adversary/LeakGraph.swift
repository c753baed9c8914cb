/// Which items give which others away (content-model.md §6), computed from the generated items and passages alone.
///
/// A text a learner is shown — another teaching point's stem, the explanation after it, the feedback of an option
/// picked, a section's passage — reveals an item when it holds at least 0.67 of the key's own content words (those
/// no wrong option has: two at least, or one for a name, which then needs two of the item's stem words beside it)
/// and a smaller share of every wrong option's own words; a true-or-false statement is revealed by a text holding
/// 80% of its words. Pairs are candidates for a reader and constraints for the planner, which asks the revealed item
/// before its revealer and, where items reveal each other round a cycle, one item of the cycle.
public struct LeakGraph: Sendable {
    /// Where a revealing text comes from.
    public enum Via: Sendable, Hashable {
        /// The revealer's stem, seen when it is asked.
        case stem
        /// The revealer's explanation, shown after it is answered.
        case explanation
        /// The feedback of one of the revealer's options, shown when that option is picked.
        case feedback(option: Int)
        /// One of the revealer's options: a name or phrase shown whole as an option is one the quiz has shown.
        case options
        /// A section's passage: it reveals the items of its section by design, so it orders nothing (a patient opens
        /// one by choice).
        case passage(section: String)
    }

    /// One text that gives an item away.
    public struct Pair: Sendable, Equatable {
        /// The revealing item's id, or "passage:<section>".
        public var revealer: String
        /// The revealed item's id.
        public var revealed: String
        public var via: Via
        /// The share of the revealed key's own words (a statement's words) the text holds.
        public var share: Double

        public init(revealer: String, revealed: String, via: Via, share: Double) {
            self.revealer = revealer
            self.revealed = revealed
            self.via = via
            self.share = share
        }
    }

    /// Every pair, by revealed item in the items' order, then by revealing text (items' texts in the items' order,
    /// then passages by section id).
    public let pairs: [Pair]
    /// Items that reveal each other round a cycle (each group in the items' order): a session can ask one of each.
    public let cycles: [[String]]
    /// For each revealed item, the items that reveal it (passages apart).
    let revealers: [String: Set<String>]

    /// The share of a key's own words a text must hold: 0.67, so two words of three are not enough (as the prototype
    /// has it; a three-word key is revealed only by a text holding all three).
    static let keyShare = 0.67
    /// The share of a true-or-false statement's words a text must hold.
    static let statementShare = 0.8

    public init(items: [AdversaryItem], passages: [String: String], language: Phrasing, readsSeenBefore: Bool = true) {
        var reader = AdversaryReader(language: language)
        var read: [ReadItem] = []
        read.reserveCapacity(items.count)
        for item in items { read.append(reader.read(item, scoring: false)) }
        var texts: [String: AdversaryText] = [:]
        for (section, passage) in passages { texts[section] = reader.read(passage) }
        self.init(read: read, passages: texts, readsSeenBefore: readsSeenBefore)
    }

    /// The graph of items already read.
    ///
    /// Fast on large banks: every revealing text's content words go into an index from word to texts, and an item
    /// looks up only the texts holding one of its key's rarest words — a text holding the needed share of k words
    /// must hold one of the k − ⌈share·k⌉ + 1 rarest (one word for a key of two). Building is O(W) for W content
    /// words over all texts; each item costs the lengths of those few lists plus O(k + wrong words) per candidate,
    /// instead of O(texts) per item when every pair is compared. Keys' own words are the words no other option has,
    /// so their lists are short; a word in every text is the worst case, O(items × texts), as before.
    init(read items: [ReadItem], passages: [String: AdversaryText], readsSeenBefore: Bool = true) {
        let texts = Self.revealingTexts(items, passages: passages, options: readsSeenBefore)
        var textsWith: [String: [Int]] = [:]
        for (index, text) in texts.enumerated() {
            for word in text.words { textsWith[word, default: []].append(index) }
        }
        var pairs: [Pair] = []
        for item in items {
            // Two readings of what reveals an item: most of its key's own words together (the prototype's), and the
            // whole key, every word of it, in a text that holds no wrong option as fully — the seen-before cue's
            // reading, which a name shown among another question's options meets.
            var found = Set<Int>()
            let readings = readsSeenBefore ? [Target(item), Target(wholeKeyOf: item)] : [Target(item)]
            for target in readings.compactMap({ $0 }) {
                for index in target.candidates(textsWith) where !found.contains(index) {
                    let text = texts[index]
                    if let point = text.point, point == item.item.point { continue }
                    guard target.reads(text.via, allOptions: text.allOptions) else { continue }
                    guard let share = target.share(in: text.words, via: text.via) else { continue }
                    found.insert(index)
                    // One pair for a question's options, however many of them reveal.
                    if text.via == .options,
                        pairs.contains(where: {
                            $0.revealed == item.item.id && $0.revealer == text.id && $0.via == .options
                        })
                    {
                        continue
                    }
                    pairs.append(Pair(revealer: text.id, revealed: item.item.id, via: text.via, share: share))
                }
            }
        }
        var revealers: [String: Set<String>] = [:]
        for pair in pairs {
            if case .passage = pair.via { continue }
            revealers[pair.revealed, default: []].insert(pair.revealer)
        }
        self.pairs = pairs
        self.revealers = revealers
        self.cycles = Self.cycles(ids: items.map(\.item.id), revealers: revealers)
    }

    /// The pairs between items: those the planner orders (passages apart).
    public var itemPairs: [Pair] {
        pairs.filter {
            if case .passage = $0.via { return false }
            return true
        }
    }
}

extension LeakGraph {
    /// A text that can reveal: whose it is, and its content words.
    private struct RevealingText {
        var id: String
        /// The teaching point of the item it belongs to; nil for a passage (which may reveal its own section).
        var point: String?
        var via: Via
        var words: Set<String>
        /// For the options: whether this is all of a question's options together, or one of them.
        var allOptions = false
    }

    /// What would reveal one item: its key's own words (a statement's words), and what a text must hold besides.
    private struct Target {
        var key: Set<String>
        var wrong: [Set<String>]
        var need: Double
        /// For a name (a term, a group's member): the stem's words, two of which must stand beside it.
        var nameStem: Set<String>?

        init?(_ item: ReadItem) {
            if item.isTrueFalse {
                key = item.statement.content
                wrong = []
                need = LeakGraph.statementShare
                nameStem = nil
            } else {
                guard item.ownWords.indices.contains(item.item.answer) else { return nil }
                let isName = [ItemKind.definitionToTerm, .groupMember, .groupNotMember].contains(item.item.kind)
                key = item.ownWords[item.item.answer]
                wrong = item.ownWords.indices.filter { $0 != item.item.answer }.map { item.ownWords[$0] }
                need = LeakGraph.keyShare
                nameStem = isName && !item.statement.content.isEmpty ? item.statement.content : nil
                // A definition shown as another question's option says nothing of the term it belongs to (the
                // seen-before cue weighs what is left: an option that looks familiar).
                readsOneOption = item.item.kind != .termToDefinition
                guard key.count >= (isName ? 1 : 2) else { return nil }
            }
            guard !key.isEmpty else { return nil }
        }

        /// The texts that may hold the needed share: those holding one of the key's rarest words, ascending.
        func candidates(_ textsWith: [String: [Int]]) -> [Int] {
            let count = key.count
            guard let least = (1...count).first(where: { Double($0) / Double(count) >= need }) else { return [] }
            let rarest = key.sorted {
                (textsWith[$0]?.count ?? 0, $0) < (textsWith[$1]?.count ?? 0, $1)
            }
            var found = Set<Int>()
            for word in rarest.prefix(count - least + 1) { found.formUnion(textsWith[word] ?? []) }
            return found.sorted()
        }

        /// The whole key (every content word), for the second reading; nil for a true-or-false item or a key of no
        /// content words.
        init?(wholeKeyOf item: ReadItem) {
            guard !item.isTrueFalse, let key = item.key?.content, !key.isEmpty else { return nil }
            self.key = key
            wrong = item.options.indices.filter { $0 != item.item.answer }.map { item.options[$0].content }
            need = 1
            nameStem = nil
            let isName = [ItemKind.definitionToTerm, .groupMember, .groupNotMember].contains(item.item.kind)
            // A name is revealed this way only by another question's options, all together (a mention in prose is
            // no evidence); a phrase of two words or more, by any text, an option on its own among them.
            wholeKeyNeedsOptions = isName || key.count < 2
            readsAllOptions = wholeKeyNeedsOptions
            readsOneOption = !wholeKeyNeedsOptions && item.item.kind != .termToDefinition
        }

        /// Whether this reading counts only another question's options (a name).
        var wholeKeyNeedsOptions = false
        /// Whether one option of another question, on its own, can reveal: its words together (the first reading).
        var readsOneOption = true
        /// Whether another question's options, all together, can reveal: a name shown among options unlike this
        /// question's wrong ones (the whole-key reading). Shown beside the same wrong options, it tells nothing.
        var readsAllOptions = false

        /// Whether this reading looks at a text of this kind.
        func reads(_ via: Via, allOptions: Bool) -> Bool {
            guard via == .options else { return true }
            return allOptions ? readsAllOptions : readsOneOption
        }

        /// The share of the key the text holds, if it reveals the item.
        func share(in text: Set<String>, via: Via) -> Double? {
            if wholeKeyNeedsOptions, via != .options { return nil }
            let share = Double(key.intersection(text).count) / Double(key.count)
            if let stem = nameStem {
                let beside = stem.intersection(text).subtracting(key).count
                if beside < min(2, stem.subtracting(key).count) { return nil }
            }
            guard share >= need else { return nil }
            for words in wrong where !words.isEmpty {
                if Double(words.intersection(text).count) / Double(words.count) >= share { return nil }
            }
            return share
        }
    }

    /// Every text a learner can be shown that could reveal another item, in the report's order.
    private static func revealingTexts(_ items: [ReadItem], passages: [String: AdversaryText], options: Bool)
        -> [RevealingText]
    {
        var texts: [RevealingText] = []
        func add(_ id: String, _ point: String?, _ via: Via, _ text: AdversaryText) {
            guard !text.content.isEmpty else { return }
            texts.append(RevealingText(id: id, point: point, via: via, words: text.content))
        }
        for item in items {
            add(item.item.id, item.item.point, .stem, item.stem)
            if options {
                // The options each on their own, for a key's words together: scattered over four options ("helps"
                // in one, "cancer" in another) they tell nothing.
                for option in item.options { add(item.item.id, item.item.point, .options, option) }
                // And all together, for a name: shown among others, it is a name the quiz has shown.
                var shown = Set<String>()
                for option in item.options { shown.formUnion(option.content) }
                if !shown.isEmpty {
                    texts.append(
                        RevealingText(
                            id: item.item.id, point: item.item.point, via: .options, words: shown, allOptions: true))
                }
            }
            add(item.item.id, item.item.point, .explanation, item.explanation)
            for (option, feedback) in item.feedback.enumerated() {
                if let feedback { add(item.item.id, item.item.point, .feedback(option: option), feedback) }
            }
        }
        for section in passages.keys.sorted() {
            if let passage = passages[section] { add("passage:\(section)", nil, .passage(section: section), passage) }
        }
        return texts
    }

    /// The groups of items that reveal each other round a cycle, from the whole bank's pairs.
    private static func cycles(ids: [String], revealers: [String: Set<String>]) -> [[String]] {
        var node: [String: Int] = [:]
        var names: [String] = []
        for id in ids where node[id] == nil {
            node[id] = names.count
            names.append(id)
        }
        var successors = Array(repeating: [Int](), count: names.count)
        for (revealed, from) in revealers {
            guard let target = node[revealed] else { continue }
            for revealer in from { if let source = node[revealer] { successors[target].append(source) } }
        }
        return stronglyConnected(count: names.count, successors: successors)
            .filter { $0.count > 1 }
            .map { $0.sorted() }
            .sorted { ($0.first ?? 0) < ($1.first ?? 0) }
            .map { $0.map { names[$0] } }
    }
}
