/// How the cues' scores become choices: the options each line points to, and the fixed combination's pick.
extension ReadItem {
    /// Every cue's scores on this item, the session cues read from `memory`.
    func scores(with memory: SessionMemory) -> [CueID: [Double]] {
        var scores = itemScores
        if isTrueFalse {
            if let leak = vote(memory.trueFalseLeak(self)) { scores[.tfLeak] = leak }
        } else {
            scores[.memory] = memory.memoryScores(self)
            scores[.leak] = memory.leakScores(self)
            if memory.readsSeenBefore { scores[.seenBefore] = memory.seenBeforeScores(self) }
        }
        return scores
    }

    /// The options each cue line points to, for every line whose cue tells the options apart, in the fixed order
    /// (each cue, then its reverse): the report counts them, and the adaptive guesser chooses among them.
    func cueSets(_ scores: [CueID: [Double]]) -> [CueSet] {
        let order = isTrueFalse ? (truth == nil ? [] : Adversary.trueFalseOrder) : Adversary.fixedOrder
        var sets: [CueSet] = []
        for cue in order {
            guard let score = scores[cue], let high = score.max(), let low = score.min(), high != low else { continue }
            sets.append(CueSet(line: CueLine(cue), options: score.indices.filter { score[$0] == high }))
            sets.append(CueSet(line: CueLine(cue, reversed: true), options: score.indices.filter { score[$0] == low }))
        }
        return sets
    }

    /// The fixed combination's choice (adversary.md §4): each cue in `Adversary.fixedOrder` keeps the options of its
    /// top score among those still left, if that leaves some out; the guess is even among what is left. True or
    /// false: the first cue in `Adversary.trueFalseOrder` with a verdict decides.
    func fixedChoice(_ scores: [CueID: [Double]], sets: [CueSet]) -> [Int] {
        let all = Array(item.options.indices)
        if isTrueFalse {
            for cue in Adversary.trueFalseOrder {
                if let set = sets.first(where: { $0.line == CueLine(cue) }) { return set.options }
            }
            return all
        }
        var left = all
        for cue in Adversary.fixedOrder {
            guard let score = scores[cue], let high = left.map({ score[$0] }).max() else { continue }
            let kept = left.filter { score[$0] == high }
            if !kept.isEmpty && kept.count < left.count { left = kept }
            if left.count == 1 { break }
        }
        return left
    }

    /// The expected share right of an even guess among `choice`: 1/|choice| if the key is in it.
    func expected(_ choice: [Int]) -> Double { choice.contains(item.answer) ? 1 / Double(choice.count) : 0 }
}
