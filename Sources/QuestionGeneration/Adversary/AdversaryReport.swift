/// What the adversary found on a set of items (adversary.md §6): how far above chance a test-wise patient who knows
/// nothing of the topic would score — by cue and reverse cue, by guesser, on safety items, by kind — which items give
/// others away, and where the keys sit by length.
///
/// Data only: `Adversary.failures` judges it against the thresholds; `bank lint` words it for an educator.
public struct AdversaryReport: Sendable, Equatable {
    /// A guesser's expected right answers beside chance's, over the items it answered.
    public struct Score: Sendable, Equatable {
        /// Items answered (in session: summed over every session).
        public var items: Int
        /// Expected right answers: an even guess among k options holding the key counts 1/k.
        public var hits: Double
        /// Pure chance's expected right answers: 1/n for an item of n options.
        public var chance: Double
        /// What the items weigh together: their number, or (static figures) their teaching points' — each point
        /// weighs one, shared among its forms, as a session asks one form of each.
        public var weight: Double

        public init(items: Int = 0, hits: Double = 0, chance: Double = 0, weight: Double? = nil) {
            self.items = items
            self.hits = hits
            self.chance = chance
            self.weight = weight ?? Double(items)
        }

        /// The expected share right; 0 when nothing was answered.
        public var rate: Double { weight > 0 ? hits / weight : 0 }
        /// Chance's share right on the same items.
        public var chanceRate: Double { weight > 0 ? chance / weight : 0 }
        /// Percentage points above chance: the figure the thresholds judge.
        public var pointsAboveChance: Double { weight > 0 ? (hits - chance) / weight * 100 : 0 }

        mutating func add(hit: Double, optionCount: Int, weight w: Double = 1) {
            items += 1
            weight += w
            hits += w * hit
            chance += w / Double(optionCount)
        }
    }

    /// The two guessers over one group of items.
    public struct Guessers: Sendable, Equatable {
        /// The fixed combination over every item once, nothing seen before.
        public var fixedStatic = Score()
        /// The fixed combination over the simulated sessions.
        public var fixedInSession = Score()
        /// The adaptive guesser over the same sessions. It learns from a session's answers, so it has no static
        /// figure.
        public var adaptiveInSession = Score()
    }

    /// The guessers on the items of one kind.
    public struct Kind: Sendable, Equatable {
        public var kind: ItemKind
        public var guessers: Guessers
    }

    /// One cue line, two ways.
    public struct Cue: Sendable, Equatable {
        public var line: CueLine
        /// Every item once, nothing seen before: the items it applies to, its expected hits there, chance there.
        public var staticScore: Score
        /// Over the simulated sessions (divide `items` by `sessions` for items a session).
        public var inSession: Score
    }

    /// Where the keys sit by length among their options (multiple-choice items of two options or more).
    public struct KeyLength: Sendable, Equatable {
        public var items: Int
        /// Items whose key is the longest of its options (ties count).
        public var longest: Int
        /// Items whose key is the shortest of its options (ties count).
        public var shortest: Int
        /// What each count would be if length told nothing: the sum of 1/n.
        public var expected: Double
    }

    public var language: Phrasing
    public var itemCount: Int
    public var teachingPoints: Int
    /// Sessions simulated: one form of each teaching point each, in a seeded order that respects the leak graph.
    public var sessions: Int
    /// Whether the simulated trainer showed a section's passage after a wrong answer.
    public var showPassageAfterWrong: Bool
    /// Both guessers on every item.
    public var all: Guessers
    /// Both guessers on safety (critical) items alone; nil when there are none.
    public var safety: Guessers?
    /// Both guessers by item kind, in the kinds' name order.
    public var kinds: [Kind]
    /// Every cue line that applied to some item, static or in session, in `CueLine` order.
    public var cues: [Cue]
    /// Every leak pair, passages included (`LeakGraph.pairs`).
    public var leakPairs: [LeakGraph.Pair]
    /// Items that give each other away round a cycle: a session asks one item of each.
    public var leakCycles: [[String]]
    /// Items a session left out to break leak cycles, on average.
    public var droppedPerSession: Double
    public var keyLength: KeyLength
    /// The fixed combination in the sessions, question by question (by item id): where a bank's score comes from.
    public var perItemInSession: [String: Score] = [:]

    /// Items asked a session, on average.
    public var askedPerSession: Double { Double(all.fixedInSession.items) / Double(max(1, sessions)) }

    /// The figures of one cue line, if it applied anywhere.
    public func cue(_ line: CueLine) -> Cue? { cues.first { $0.line == line } }
}
