/// A test-wise patient who learns within one session, from right and wrong alone, which cues pay (adversary.md §5).
///
/// A bank tuned against the fixed order only moves its cue: with every key the shortest option, "pick the longest"
/// is always wrong and its reverse always right. This guesser finds that from the feedback a patient gets, so a bank
/// must resist it too. It keeps, for every cue line, over all kinds and per kind, how often the options the line
/// pointed to held the key (as far as right/wrong of its own pick tells) against chance on those items, and narrows
/// the options with the lines it has found to pay, best first; then the fixed order decides among what is left.
struct AdaptiveGuesser: Sendable {
    /// Pseudo-observations at chance: a line must pay a few times before it is trusted.
    static let prior = 2.0
    /// A line leads only after it has applied this many times in the session.
    static let minimumTries = 4.0

    private struct Record: Sendable {
        var tries = 0.0
        var hits = 0.0
        var chance = 0.0

        mutating func add(hit: Double, optionCount: Double) {
            tries += 1
            hits += hit
            chance += 1 / optionCount
        }
    }

    private struct KindLine: Hashable, Sendable {
        var line: CueLine
        var kind: ItemKind
    }

    private var overall: [CueLine: Record] = [:]
    private var byKind: [KindLine: Record] = [:]

    init() {}

    /// A line's estimated hit rate above chance on items of `kind`: the kind's own record shrunk toward the line's
    /// record over all kinds (a cue that pays on scenarios may mislead on definitions), less one standard error.
    func advantage(_ line: CueLine, kind: ItemKind) -> Double {
        let all = overall[line] ?? Record()
        guard all.tries > 0 else { return 0 }
        let overallChance = all.chance / all.tries
        let shrunk = (all.hits + Self.prior * overallChance) / (all.tries + Self.prior)
        let own = byKind[KindLine(line: line, kind: kind)] ?? Record()
        let chance = own.tries > 0 ? own.chance / own.tries : overallChance
        guard all.tries >= Self.minimumTries else { return 0 }
        let mean = (own.hits + Self.prior * (shrunk - overallChance + chance)) / (own.tries + Self.prior)
        let error = (max(mean * (1 - mean), 1e-6) / (own.tries + Self.prior)).squareRoot()
        return mean - error - chance
    }

    /// The options left to guess among evenly: narrowed by each line of positive advantage, best first (equal
    /// advantages in the prototype's name order, so the port replays it), then by the fixed combination's `fixed`.
    func choose(_ sets: [CueSet], kind: ItemKind, fixed: [Int], optionCount: Int) -> [Int] {
        var learned: [(advantage: Double, set: CueSet)] = []
        for set in sets {
            let gain = advantage(set.line, kind: kind)
            if gain > 0 { learned.append((advantage: gain, set: set)) }
        }
        learned.sort { ($0.advantage, $0.set.line.tieBreakKey) > ($1.advantage, $1.set.line.tieBreakKey) }
        var left = Array(0..<optionCount)
        for (_, set) in learned {
            let kept = left.filter { set.options.contains($0) }
            if !kept.isEmpty && kept.count < left.count { left = kept }
            if left.count == 1 { return left }
        }
        let kept = left.filter { fixed.contains($0) }
        return kept.isEmpty ? left : kept
    }

    /// Learns from one answer: for every line that applied, the share of the key it is known to have held, given
    /// only whether `pick` was right. Right: 1/|S| if the pick was in the line's set S, else 0. Wrong: if the pick was
    /// in S, the key is one of S's other options, if any ((|S|−1)/(n−1), then an even guess in S); else the key is one
    /// of the n−1 others, |S| of them in S.
    mutating func learn(_ sets: [CueSet], kind: ItemKind, optionCount: Int, pick: Int, right: Bool) {
        let n = Double(optionCount)
        for set in sets {
            let size = Double(set.options.count)
            let inSet = set.options.contains(pick)
            let hit: Double
            if right {
                hit = inSet ? 1 / size : 0
            } else if optionCount < 2 {
                hit = 0
            } else if inSet {
                hit = set.options.count > 1 ? ((size - 1) / (n - 1)) / size : 0
            } else {
                hit = (size / (n - 1)) / size
            }
            overall[set.line, default: Record()].add(hit: hit, optionCount: n)
            byKind[KindLine(line: set.line, kind: kind), default: Record()].add(hit: hit, optionCount: n)
        }
    }
}
