/// What one simulated patient has been shown so far in a session, kept as the session cues look it up.
///
/// Texts are kept as their content words with an index from each word to the texts holding it, so the leak cue
/// finds the text sharing most of an option's words by counting along a few short lists rather than comparing
/// every text seen — sessions of a large bank see thousands.
struct SessionMemory: Sendable {
    /// The content words of each text seen, in the order seen.
    private(set) var seen: [Set<String>] = []
    /// Whether the seen-before cue reads the session (the prototype had no such cue: its replay turns it off).
    var readsSeenBefore = true
    /// For each word, the texts in `seen` that hold it.
    private var textsWith: [String: [Int]] = [:]
    /// Per stem frame, the option texts shown to be keys there.
    private(set) var keys: [String: Set<String>] = [:]
    /// Per stem frame, the option texts shown to be wrong there.
    private(set) var wrong: [String: Set<String>] = [:]
    /// Every option shown so far, as its content words, with an index from each word to the options holding it: the
    /// seen-before cue asks whether all of an option's words were shown together anywhere.
    private(set) var optionsSeen: [Set<String>] = []
    private(set) var optionsWith: [String: [Int]] = [:]

    init() {}

    /// Remembers a text shown (one without content words changes no cue, so it is not kept).
    mutating func see(_ text: AdversaryText) {
        guard !text.content.isEmpty else { return }
        let index = seen.count
        seen.append(text.content)
        for word in text.content { textsWith[word, default: []].append(index) }
    }

    /// Remembers what the trainer shows after an answer: the stem, the key and the explanation; after a wrong
    /// answer, the picked option's feedback (`showFeedback`) and `passage` if the trainer shows one there. What
    /// a multiple-choice item showed to be its key and its wrong options is kept for the memory cue.
    mutating func answered(_ item: ReadItem, picked: Int, showFeedback: Bool, passage: AdversaryText?) {
        for option in item.options where !option.content.isEmpty {
            let index = optionsSeen.count
            optionsSeen.append(option.content)
            for word in option.content { optionsWith[word, default: []].append(index) }
        }
        see(item.stem)
        see(item.explanation)
        if let key = item.key { see(key) }
        if picked != item.item.answer {
            if showFeedback && item.feedback.indices.contains(picked), let feedback = item.feedback[picked] {
                see(feedback)
            }
            if let passage { see(passage) }
        }
        guard !item.isTrueFalse && item.item.options.indices.contains(item.item.answer) else { return }
        let key = item.item.options[item.item.answer]
        let others = item.item.options.indices.filter { $0 != item.item.answer }.map { item.item.options[$0] }
        // Under a negated stem ("Which of these is NOT …") the key is what the plain stem calls wrong, and back.
        if item.negated {
            wrong[item.frame, default: []].insert(key)
            keys[item.frame, default: []].formUnion(others)
        } else {
            keys[item.frame, default: []].insert(key)
            wrong[item.frame, default: []].formUnion(others)
        }
    }

    /// The largest share of `words` found together in one text seen, over the texts `counts` accepts, if it is at
    /// least `threshold`; else 0.
    ///
    /// A text holding at least `least` of the k words holds one of any k − least + 1 of them, so only the texts
    /// holding one of the rarest k − least + 1 are looked at: a long session's common words are never walked.
    func bestShare(
        of words: Set<String>, atLeast threshold: Double, counting counts: (Set<String>) -> Bool = { _ in true }
    ) -> Double {
        let total = words.count
        guard total > 0, let least = (1...total).first(where: { Double($0) / Double(total) >= threshold }) else {
            return 0
        }
        let rarest = words.sorted { (textsWith[$0]?.count ?? 0, $0) < (textsWith[$1]?.count ?? 0, $1) }
        var looked = Set<Int>()
        var best = 0.0
        for word in rarest.prefix(total - least + 1) {
            for text in textsWith[word] ?? [] {
                guard looked.insert(text).inserted else { continue }
                let share = Double(words.intersection(seen[text]).count) / Double(total)
                if share >= threshold && share > best && counts(seen[text]) { best = share }
            }
        }
        return best
    }
}
