/// Why the adversary gets a question right: the cues that find its answer, for the author to fix (`bank lint
/// --verbose`).
extension Adversary {
    /// What the adversary does with one question seen on its own.
    public struct Verdict: Sendable, Equatable {
        public var id: String
        public var critical: Bool
        /// The fixed combination's expected share right on it (1/k when it guesses evenly among k holding the key).
        public var expected: Double
        /// The cue lines whose options include the key and are fewer than all the options: each a rule of thumb
        /// that narrows toward the answer.
        public var pointingToKey: [CueLine]
    }

    /// Each question's verdict, nothing seen before it.
    public static func verdicts(items: [AdversaryItem], language: Phrasing) -> [Verdict] {
        var reader = AdversaryReader(language: language)
        let nothing = SessionMemory()
        return items.map { item in
            let read = reader.read(item)
            let scores = read.scores(with: nothing)
            let sets = read.cueSets(scores)
            let choice = read.fixedChoice(scores, sets: sets)
            let pointing = sets.filter { $0.options.contains(item.answer) && $0.options.count < item.options.count }
            return Verdict(
                id: item.id, critical: item.critical, expected: read.expected(choice),
                pointingToKey: pointing.map(\.line))
        }
    }
}
