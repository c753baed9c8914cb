import Words

/// Words that tell a test-wise learner which options to drop or to take, without knowing the topic: the `[lintAbsolute]`
/// and `[lintHedge]` lists of every language's `.cues` file, in one list each.
///
/// An absolute ("always", "never", "only", "every") makes an option look wrong; a hedge ("may", "can", "some") makes
/// it look right. Both the guesser and the item-writing checks read options through these lists.
enum CueWords {
    static let absolutes: Set<String> = union("lintAbsolute")
    static let hedges: Set<String> = union("lintHedge")

    /// Every shipped language's list of that name (`LANG.cues`): no word of one is a common word of another, and a
    /// bank's options are in one language.
    static func union(_ name: String) -> Set<String> { Set(WordLists.all.flatMap { $0[name] }) }

    /// Phrases with ideographs, found in a text as characters in a row (Chinese writes no spaces between words).
    private static let ideographicAbsolutes = absolutes.filter(hasIdeograph).sorted()
    private static let ideographicHedges = hedges.filter(hasIdeograph).sorted()
    static func hasIdeograph(_ s: String) -> Bool { s.unicodeScalars.contains { $0.properties.isIdeographic } }

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
    static func absolute(inNormalised text: String) -> String? {
        first(of: absoluteTable, in: text) ?? firstIdeographic(ideographicAbsolutes, in: text)
    }

    /// The first hedging word of a normalised text, if any.
    static func hedge(inNormalised text: String) -> String? {
        first(of: hedgeTable, in: text) ?? firstIdeographic(ideographicHedges, in: text)
    }

    /// The first phrase of `phrases` the text holds, for a text with characters beyond ASCII.
    private static func firstIdeographic(_ phrases: [String], in text: String) -> String? {
        guard !phrases.isEmpty, text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        return phrases.first { text.contains($0) }
    }

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
