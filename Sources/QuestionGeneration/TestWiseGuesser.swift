import Foundation

/// A test-wise learner who knows nothing of the topic and answers by the cues item-writing guides warn about
/// (Haladyna, Downing & Rodriguez 2002; the NBME item-writing guide): it drops options with absolute words, then
/// prefers hedged options, then the longest one; a true-or-false statement with an absolute word is false to it, a
/// hedged one true. (Of the cues tried on the built-in bank, these together gave the highest score; repeating the
/// stem's words and converging on the other options' words are checked by `bank lint` instead.)
///
/// A question worth asking is one this learner answers no better than by chance.
public enum TestWiseGuesser {
    /// How the guesser did over a set of items.
    public struct Score: Sendable, Equatable, CustomStringConvertible {
        /// The number of items it answered.
        public var items: Int
        /// Its expected share right (ties between options count as an even guess among them).
        public var expected: Double
        /// The expected share right of pure chance.
        public var chance: Double

        /// How many percentage points above chance it scored.
        public var pointsAboveChance: Double { (expected - chance) * 100 }

        public var description: String {
            func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
            return "guesser \(percent(expected)) against chance \(percent(chance)) over \(items) questions"
        }
    }

    /// The guesser's expected score over `items`.
    public static func score(_ items: [Item]) -> Score {
        var expected = 0.0
        var chance = 0.0
        for item in items where item.options.count > 1 {
            let picks = choices(item)
            if picks.contains(item.answer) { expected += 1 / Double(picks.count) }
            chance += 1 / Double(item.options.count)
        }
        let n = Double(max(1, items.count))
        return Score(items: items.count, expected: expected / n, chance: chance / n)
    }

    /// The options the guesser is left choosing between, evenly.
    static func choices(_ item: Item) -> [Int] {
        if item.kind == .trueFalse { return trueOrFalse(item) }
        let words = item.options.map(Self.words)
        var left = Array(item.options.indices)
        // Each cue narrows the options where it tells some apart, and is passed over where it would leave none.
        func keep(_ wanted: (Int) -> Bool) {
            let kept = left.filter(wanted)
            if !kept.isEmpty && kept.count < left.count { left = kept }
        }
        keep { words[$0].allSatisfy { !CueWords.absolutes.contains($0) } }
        keep { words[$0].contains { CueWords.hedges.contains($0) } }
        // The longest option, by characters: the most careful wording is taken to be the key.
        let lengths = left.map { item.options[$0].count }
        if let longest = lengths.max() { left = zip(left, lengths).filter { $0.1 == longest }.map(\.0) }
        return left
    }

    /// True or false: an absolute statement is false, a hedged one true; otherwise an even guess.
    static func trueOrFalse(_ item: Item) -> [Int] {
        guard
            let phrasing = Phrasing.allCases.first(where: { item.options.contains($0.trueWord) }),
            let trueIndex = item.options.firstIndex(of: phrasing.trueWord),
            let falseIndex = item.options.firstIndex(of: phrasing.falseWord)
        else { return Array(item.options.indices) }
        let words = Self.words(item.stem)
        if words.contains(where: CueWords.absolutes.contains) { return [falseIndex] }
        if words.contains(where: CueWords.hedges.contains) { return [trueIndex] }
        return [trueIndex, falseIndex]
    }

    /// Lower-case words of letters (and apostrophes), in order.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
    }
}
