/// Words that tell a test-wise learner which options to drop or to take, without knowing the topic (English and
/// Spanish in one list each: no word of one is a common word of the other, and a bank's options are in one language).
///
/// An absolute ("always", "never", "only", "every") makes an option look wrong; a hedge ("may", "can", "some") makes
/// it look right. Both the guesser and the item-writing checks read options through these lists.
enum CueWords {
    static let absolutes: Set<String> = [
        "always", "never", "only", "every", "all", "none", "nothing", "nobody", "everyone", "everything", "completely",
        "entirely", "totally", "guaranteed", "guarantee", "forever", "cannot", "impossible", "must", "any", "anyone",
        "anything", "anybody", "everybody",
        // Spanish
        "siempre", "nunca", "jamás", "solo", "sólo", "solamente", "únicamente", "todo", "toda", "todos", "todas",
        "ninguno", "ninguna", "nada", "nadie", "completamente", "totalmente", "garantiza", "garantizado",
        "garantizada", "imposible", "ningún", "cualquier", "cualquiera",
    ]
    static let hedges: Set<String> = [
        "may", "might", "can", "could", "some", "often", "usually", "sometimes", "many", "most", "likely", "possible",
        "generally", "perhaps",
        // Spanish
        "puede", "pueden", "podría", "podrían", "algún", "alguno", "alguna", "algunos", "algunas", "menudo", "suele",
        "suelen", "muchos", "muchas", "mayoría", "posible", "quizás", "quizá", "veces", "generalmente", "probable",
    ]

    /// The lists looked up by bytes (this runs for every distinct option text of a bank; splitting texts into
    /// strings or substrings and hashing them made generation of the 10,000-concept bank about 40% slower).
    private static let absoluteTable = table(absolutes)
    private static let hedgeTable = table(hedges)
    private static let longest = absolutes.union(hedges).map(\.utf8.count).max() ?? 0

    private static func table(_ words: Set<String>) -> ByteKeyedTable<Bool> {
        var table = ByteKeyedTable<Bool>()
        for word in words { table.insert(word) }
        return table
    }

    /// The first absolute word of a normalised text (lower-case words with single spaces), if any.
    static func absolute(inNormalised text: String) -> String? { first(of: absoluteTable, in: text) }

    /// The first hedging word of a normalised text, if any.
    static func hedge(inNormalised text: String) -> String? { first(of: hedgeTable, in: text) }

    private static func first(of words: ByteKeyedTable<Bool>, in text: String) -> String? {
        withBytes(text) { bytes -> String? in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 32 { end += 1 }
                if end - start <= longest {
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if words.contains(word) { return String(decoding: word, as: UTF8.self) }
                }
                start = end + 1
            }
            return nil
        }
    }
}
