/// The cues that read what the session has shown: memory, leak and tf-leak (adversary.md §2).
extension SessionMemory {
    /// Options shown to be the key of an item with the same stem frame score +1, options shown wrong there −1 (a
    /// negated stem turns both): group items share one stem, so one answer can tell the next.
    func memoryScores(_ item: ReadItem) -> [Double] {
        let keys = self.keys[item.frame] ?? []
        let wrong = self.wrong[item.frame] ?? []
        return item.item.options.map { option in
            let score = (keys.contains(option) ? 1.0 : 0) - (wrong.contains(option) ? 1.0 : 0)
            return item.negated ? -score : score
        }
    }

    /// Per option, the largest share of its own content words found together in one text seen earlier; shares
    /// below one half count 0. A short option (a name: two content words or fewer) counts only in a text that also
    /// holds a word of this item's stem, so a term merely mentioned often is no evidence.
    func leakScores(_ item: ReadItem) -> [Double] {
        let stem = item.statement.content
        return zip(item.options, item.ownWords).map { option, own in
            guard !own.isEmpty else { return 0.0 }
            let short = option.content.count <= 2
            return bestShare(of: own, atLeast: 0.5) { seen in
                !short || stem.contains { seen.contains($0) && !own.contains($0) }
            }
        }
    }

    /// +1 for an option all of whose content words the session showed together before — in a text seen or as an
    /// option of an earlier question — else 0.
    func seenBeforeScores(_ item: ReadItem) -> [Double] {
        item.options.map { option in
            let words = option.content
            guard !words.isEmpty else { return 0 }
            if bestShare(of: words, atLeast: 1) >= 1 { return 1 }
            // The rarest word's options are the only ones that can hold them all.
            guard let rarest = words.min(by: { (optionsWith[$0]?.count ?? 0, $0) < (optionsWith[$1]?.count ?? 0, $1) })
            else { return 0 }
            return (optionsWith[rarest] ?? []).contains { words.isSubset(of: optionsSeen[$0]) } ? 1 : 0
        }
    }

    /// True (+1) if 60% of the statement's content words were seen together in one text this session; else no
    /// verdict (0).
    func trueFalseLeak(_ item: ReadItem) -> Int {
        let words = item.statement.content
        guard !words.isEmpty else { return 0 }
        return bestShare(of: words, atLeast: 0.6) >= 0.6 ? 1 : 0
    }
}
