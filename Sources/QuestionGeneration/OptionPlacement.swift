/// Where each item's key goes: shuffled so that, across the bank, the key sits in each position about equally often.
enum OptionPlacement {
    /// Shuffles the options of every item but true-or-false ones, whose key `Draft.finish` put first.
    ///
    /// Items are taken by their number of options, fewest first; within each count, the key positions are an even
    /// spread shuffled once, and each item's wrong options are shuffled after its key is put at its place. One
    /// generator, seeded by `seed`, is drawn from in that order.
    static func shuffle(_ items: inout [Item], seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let counts = items.map { $0.kind == .trueFalse ? 0 : $0.options.count }
        let widest = counts.max() ?? 0
        guard widest > 0 else { return }
        var byCount = [[Int]](repeating: [], count: widest + 1)
        for index in items.indices where counts[index] > 0 { byCount[counts[index]].append(index) }
        for (count, indices) in byCount.enumerated() where !indices.isEmpty {
            var positions = indices.indices.map { $0 % count }
            positions.shuffle(using: &rng)
            for (index, keyPosition) in zip(indices, positions) {
                // The wrong options (places 1...) are shuffled, then the key (place 0) is put at its place.
                var order = Array(1..<count)
                order.shuffle(using: &rng)
                order.insert(0, at: keyPosition)
                // not a message: an assertion for programmers.
                assert(items[index].answer == 0, "the key comes first until it is placed")
                items[index].options = order.map { items[index].options[$0] }
                items[index].feedback = order.map { items[index].feedback[$0] }
                items[index].answer = keyPosition
            }
        }
    }
}
