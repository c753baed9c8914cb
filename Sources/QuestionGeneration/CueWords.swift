/// Words that tell a test-wise learner which options to drop or to take, without knowing the topic (English).
///
/// An absolute ("always", "never", "only", "every") makes an option look wrong; a hedge ("may", "can", "some") makes
/// it look right. Both the guesser and the item-writing checks read options through these lists.
enum CueWords {
    static let absolutes: Set<String> = [
        "always", "never", "only", "every", "all", "none", "nothing", "nobody", "everyone", "everything", "completely",
        "entirely", "totally", "guaranteed", "guarantee", "forever", "cannot", "impossible", "must",
    ]
    static let hedges: Set<String> = [
        "may", "might", "can", "could", "some", "often", "usually", "sometimes", "many", "most", "likely", "possible",
        "generally", "perhaps",
    ]

    /// The lists as substrings, so a text's words are looked up without making a string of each (this runs for
    /// every distinct option text of a bank: making strings cost a quarter of generation's time).
    private static let absoluteWords = Set(absolutes.map { Substring($0) })
    private static let hedgeWords = Set(hedges.map { Substring($0) })
    private static let longest = (absolutes.union(hedges)).map(\.utf8.count).max() ?? 0

    /// The first absolute word of a normalised text (lower-case words with single spaces), if any.
    static func absolute(inNormalised text: String) -> String? { first(of: absoluteWords, in: text) }

    /// The first hedging word of a normalised text, if any.
    static func hedge(inNormalised text: String) -> String? { first(of: hedgeWords, in: text) }

    private static func first(of words: Set<Substring>, in text: String) -> String? {
        for word in text.split(separator: " ") where word.utf8.count <= longest && words.contains(word) {
            return String(word)
        }
        return nil
    }
}
