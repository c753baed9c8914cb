import Foundation

/// Remembers per-text and per-word results while one bank is generated: options recur across many items (a
/// definition is a wrong option for its siblings, a non-member for every member), and stems are made of the same few
/// hundred words, so each text and each word is graded and split once.
///
/// Texts and words are looked up by their UTF-8 bytes in `ByteKeyedTable`s: with tens of thousands of look-ups per
/// thousand items, String's own hashing was most of the cost of generation.
///
/// A memo belongs to one thread at a time and none of its methods calls back into itself while changing a table, so
/// its tables are marked `@exclusivity(unchecked)`: the run-time check on every access was a measurable cost.
final class TextMemo {
    let taught: Readability.TaughtTerms
    /// The bank's language, for the words the checks look for.
    let phrasing: Phrasing

    @exclusivity(unchecked) private var texts = ByteKeyedTable<TextFacts>()
    /// Facts of concepts' definitions and terms by concept index: they are options in many items.
    @exclusivity(unchecked) private var definitionFacts = IntKeyedTable<TextFacts>()
    @exclusivity(unchecked) private var termFacts = IntKeyedTable<TextFacts>()

    /// What the memo knows about one space-separated token of some text (plain data, cheap to copy).
    private struct Token {
        /// The hash of its match key (lower-cased, without the punctuation around it), for finding taught terms.
        var keyHash: UInt64
        var startsTerm: Bool
        var isTerm: Bool
        /// What the token adds to readability counts as it stands, and as the last token of a taught term.
        var counts: Readability.TokenCounts
        var countsEndingTerm: Readability.TokenCounts
    }
    @exclusivity(unchecked) private var tokens = ByteKeyedTable<Token>()
    /// By token index: its match key, and its content words (ASCII tokens only; nil for others).
    @exclusivity(unchecked) private var tokenKeys: [String] = []
    @exclusivity(unchecked) private var tokenWords: [[String]?] = []

    /// What a taught term ending in a token adds, by the punctuation after it: it is usually none, "." or "?", so a
    /// short list.
    @exclusivity(unchecked) private var countsEndingTermBy: [(trailing: String, counts: Readability.TokenCounts)] = []

    /// The feedback for a wrong option drawn from a concept, written once per concept and use (a concept is a wrong
    /// option in several of its siblings' items).
    @exclusivity(unchecked) private var feedbackByConcept = IntKeyedTable<String>()

    init(taught: Readability.TaughtTerms, phrasing: Phrasing = .english) {
        self.taught = taught
        self.phrasing = phrasing
    }

    func conceptFeedback(_ concept: Int, describes: Bool, write: () -> String) -> String {
        let key = concept &* 2 &+ (describes ? 1 : 0)
        if let known = feedbackByConcept[key] { return known }
        let made = write()
        feedbackByConcept.insert(key, made)
        return made
    }

    /// The facts of an option's text, worked out the first time it is seen.
    func facts(_ text: String) -> TextFacts {
        withBytes(text) { bytes in
            let hash = ByteKeyedTable<TextFacts>.hash(bytes)
            if let known = texts.index(of: bytes, hash: hash) { return texts[known] }
            let facts = makeFacts(text)
            _ = texts.append(bytes, hash: hash, value: facts)
            return facts
        }
    }

    /// The facts of concept `index`'s definition (or term), found by the index instead of the text.
    func facts(ofDefinition index: Int, _ text: String) -> TextFacts { facts(index, text, &definitionFacts) }
    func facts(ofTerm index: Int, _ text: String) -> TextFacts { facts(index, text, &termFacts) }

    private func facts(_ index: Int, _ text: String, _ cache: inout IntKeyedTable<TextFacts>) -> TextFacts {
        if let known = cache[index] { return known }
        let made = facts(text)
        cache.insert(index, made)
        return made
    }

    private func makeFacts(_ text: String) -> TextFacts {
        let normalised = ItemLint.normalise(text)
        let counts: Readability.Counts
        var words: [String] = []
        if ASCII.isPlain(text) {
            // One split serves both: words never run across a space.
            let ids = tokenIDs(text, keepingEmpty: true)
            counts = countsByToken(ids)
            for id in ids {
                for word in tokenWords[id] ?? [] where !words.contains(word) { words.append(word) }
            }
        } else {
            counts = countsOnce(text)
            words = ItemLint.contentWords(normalised: normalised).sorted()
        }
        return TextFacts(
            normalised: normalised, isCombination: ItemLint.isCombination(normalised: normalised),
            contentWords: words, counts: counts,
            characters: ItemLint.characterCount(text), endsSentence: Self.endsSentence(text),
            capitalised: Self.capitalised(text))
    }

    /// Whether the last character is . ? or !; on bytes when the text is ASCII.
    static func endsSentence(_ text: String) -> Bool {
        let ascii = withBytes(text) { bytes -> Bool? in
            guard ASCII.isASCII(bytes), let last = bytes.last else { return nil }
            // "\r\n" is one character; the character before it is not what counts.
            return last == 10 && bytes.count > 1 && bytes[bytes.count - 2] == 13
                ? false : last == 46 || last == 63 || last == 33
        }
        return ascii ?? (text.last.map { ".?!".contains($0) } ?? false)
    }

    /// Whether the first character is a capital letter; on bytes when the text starts with ASCII letters.
    static func capitalised(_ text: String) -> Bool {
        let ascii = withBytes(text) { bytes -> Bool? in
            // A combining mark after the first letter makes one character of both: leave that to `Character`.
            guard let first = bytes.first, first < 0x80, bytes.count < 2 || bytes[1] < 0x80 else { return nil }
            return ASCII.isUpper(first)
        }
        return ascii ?? (text.first?.isUppercase ?? false)
    }

    /// Readability counts of one sentence-like piece seen once (a stem), taught terms counted as one word: the same
    /// as `Readability.counts(taught.apply(piece))`.
    func counts(_ piece: String) -> Readability.Counts { countsOnce(piece) }

    private func countsOnce(_ piece: String) -> Readability.Counts {
        if piece.utf8.contains(where: { $0 == 10 || $0 == 9 || $0 == 13 }) {
            return Readability.counts(taught.apply(piece))
        }
        return countsByToken(piece)
    }

    /// `Readability.counts(taught.apply(piece))` for a piece whose only separators are spaces, from token results.
    private func countsByToken(_ piece: String) -> Readability.Counts {
        countsByToken(tokenIDs(piece, keepingEmpty: true))
    }

    private func countsByToken(_ ids: [Int]) -> Readability.Counts {
        var tally = Readability.Tally()
        var i = 0
        while i < ids.count {
            let token = tokens[ids[i]]
            var match: Int? = nil
            if token.startsTerm {
                match = taught.lengths.first { n in
                    guard i + n <= ids.count else { return false }
                    if n == 1 { return token.isTerm }
                    // A cheap test on the words' hashes first; the words themselves only when it passes.
                    let hash = ids[i..<(i + n)].reduce(Readability.TaughtTerms.sequenceSeed) {
                        Readability.TaughtTerms.combine($0, tokens[$1].keyHash)
                    }
                    return taught.mayBeTerm(hash: hash)
                        && taught.isTerm(ids[i..<(i + n)].lazy.map { self.tokenKeys[$0] })
                }
            }
            if let n = match {
                tally.add(tokens[ids[i + n - 1]].countsEndingTerm)
                i += n
            } else {
                tally.add(token.counts)
                i += 1
            }
        }
        return tally.counts
    }

    /// The memo's index of each space-separated token of `text`, in order. ASCII text is split on bytes; other text
    /// on characters, as `TaughtTerms.apply` does (a space can carry a combining mark).
    private func tokenIDs(_ text: String, keepingEmpty: Bool) -> [Int] {
        let ascii = withBytes(text) { bytes -> [Int]? in
            guard ASCII.isASCII(bytes) else { return nil }
            var ids: [Int] = []
            ids.reserveCapacity(bytes.count / 4 + 1)
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 32 {
                if keepingEmpty || end > start {
                    ids.append(tokenID(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                }
                start = end + 1
            }
            return ids
        }
        return ascii
            ?? text.split(separator: " ", omittingEmptySubsequences: !keepingEmpty).map { token in
                withBytes(token) { tokenID($0) }
            }
    }

    /// The tokens of a text seen once (a stem), split once for both its counts and its words; nil unless it is ASCII
    /// on one line.
    func plainTokens(_ text: String) -> [Int]? {
        guard ASCII.isPlain(text) else { return nil }
        return tokenIDs(text, keepingEmpty: true)
    }

    /// `counts(piece)` from the piece's `plainTokens`, when it has them.
    func counts(_ piece: String, tokens: [Int]?) -> Readability.Counts {
        tokens.map { countsByToken($0) } ?? countsOnce(piece)
    }

    private func tokenID(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = ByteKeyedTable<Token>.hash(bytes)
        if let known = tokens.index(of: bytes, hash: hash) { return known }
        let token = Substring(String(decoding: bytes, as: UTF8.self))
        let key: String
        let trailing: String
        let words: [String]?
        if ASCII.isASCII(bytes) {
            (key, trailing, words) = Self.asciiToken(bytes)
        } else {
            key = Readability.matchKey(token)
            trailing = String(token.reversed().prefix { !$0.isLetter && !$0.isNumber }.reversed())
            words = nil
        }
        let endingTerm: Readability.TokenCounts
        if let known = countsEndingTermBy.first(where: { $0.trailing == trailing }) {
            endingTerm = known.counts
        } else {
            endingTerm = Readability.tokenCounts(Substring("termword" + trailing))
            countsEndingTermBy.append((trailing, endingTerm))
        }
        tokenKeys.append(key)
        tokenWords.append(words)
        return tokens.append(
            bytes, hash: hash,
            value: Token(
                keyHash: Readability.TaughtTerms.wordHash(key), startsTerm: taught.startsTerm(key),
                isTerm: taught.isTerm(key),
                counts: Readability.asciiTokenCounts(bytes) ?? Readability.characterTokenCounts(token),
                countsEndingTerm: endingTerm))
    }

    /// An ASCII token's match key (as `Readability.matchKey`), the punctuation after its last letter or digit, and
    /// its content words (as `ItemLint.contentWords`), worked on bytes.
    static func asciiToken(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: String, trailing: String, words: [String]) {
        let alnum = Readability.isASCIIAlphanumeric
        guard let first = bytes.firstIndex(where: alnum), let last = bytes.lastIndex(where: alnum) else {
            return ("", String(decoding: bytes, as: UTF8.self), [])
        }
        let key = Readability.asciiKey(bytes)
        let trailing = String(decoding: bytes[(last + 1)...], as: UTF8.self)
        var words: [String] = []
        var start: Int? = nil
        for i in first...(last + 1) {
            if i <= last && alnum(bytes[i]) {
                if start == nil { start = i }
                continue
            }
            guard let from = start else { continue }
            start = nil
            var end = i
            // Plurals: a word over four letters loses a final s.
            if end - from > 4 && ASCII.lower(bytes[end - 1]) == 115 { end -= 1 }
            guard end - from >= 4 else { continue }
            let word = UnsafeBufferPointer(rebasing: bytes[from..<end])
            guard !ItemLint.isStopWord(word) else { continue }
            let lowered = ASCII.lowercased(word)
            if !words.contains(lowered) { words.append(lowered) }
        }
        return (key, trailing, words)
    }

    /// The content words of a text seen once (a stem) that are among `wanted`, from its `plainTokens` when it has
    /// them. Words never run across a space, so the union of its tokens' words is the text's.
    func contentWordsOnce(_ text: String, tokens: [Int]?, among wanted: [String]) -> [String] {
        guard let tokens else {
            let all = ItemLint.contentWords(text)
            return wanted.filter { all.contains($0) }
        }
        var words: [String] = []
        for id in tokens {
            for word in tokenWords[id] ?? [] where wanted.contains(word) && !words.contains(word) { words.append(word) }
        }
        return words
    }
}
