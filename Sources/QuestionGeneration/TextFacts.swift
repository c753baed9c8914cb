/// What the item-writing checks need to know about one option's text, worked out once per text.
final class TextFacts: Sendable {
    /// Lower-case letters and digits with single spaces: how options are compared.
    let normalised: String
    /// A hash of `normalised`: texts with different hashes are not the same option.
    let normalisedHash: UInt64
    /// "All of the above" and the like.
    let isCombination: Bool
    /// Its content words, each once (a few words: a list is quicker to search than a set).
    let contentWords: [String]
    /// Readability counts, taught terms counted as one word.
    let counts: Readability.Counts
    let characters: Int
    let endsSentence: Bool
    let capitalised: Bool
    /// Its first absolute word ("always", "only"…), a cue that the option is wrong.
    let absolute: String?
    /// Its first hedging word ("may", "can"…), a cue that the option is right.
    let hedge: String?

    /// Whether the two texts are the same option once case and punctuation are set aside.
    func isSameOption(as other: TextFacts) -> Bool {
        self === other || (normalisedHash == other.normalisedHash && normalised == other.normalised)
    }

    init(
        normalised: String, isCombination: Bool, contentWords: [String], counts: Readability.Counts,
        characters: Int, endsSentence: Bool, capitalised: Bool
    ) {
        self.normalised = normalised
        normalisedHash = withBytes(normalised) { ByteKeyedTable<Int>.hash($0) }
        self.isCombination = isCombination
        self.contentWords = contentWords
        self.counts = counts
        self.characters = characters
        self.endsSentence = endsSentence
        self.capitalised = capitalised
        absolute = CueWords.absolute(inNormalised: normalised)
        hedge = CueWords.hedge(inNormalised: normalised)
    }
}
