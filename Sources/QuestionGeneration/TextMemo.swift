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

    init(taught: Readability.TaughtTerms) { self.taught = taught }

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
    }
}

/// Calls `body` with the UTF-8 bytes of `text`, without copying them when they are stored contiguously.
@inline(__always)
func withBytes<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = String(text)
    return copy.withUTF8(body)
}

/// An insert-only hash table keyed by byte strings, with values addressed by the index they were added at.
///
/// Keys are copied into one byte array; look-ups hash eight bytes at a step and compare bytes only on a hash match.
struct ByteKeyedTable<Value> {
    /// Open addressing: each slot holds an entry index + 1, or 0 when empty. Always a power of two, at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var bytes: [UInt8] = []
    private var values: [Value] = []

    subscript(index: Int) -> Value {
        get { values[index] }
        set { values[index] = newValue }
    }

    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        let raw = UnsafeRawBufferPointer(key)
        var i = 0
        while i + 8 <= key.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < key.count {
            tail |= UInt64(key[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }

    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? { index(of: key, hash: Self.hash(key)) }

    func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if hashes[entry] == hash && matches(entry, key) { return entry }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry]
        let end = entry + 1 < starts.count ? starts[entry + 1] : bytes.count
        guard end - start == key.count else { return false }
        guard let base = key.baseAddress, !key.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { all in memcmp(all.baseAddress! + start, base, key.count) == 0 }
    }

    /// Adds a key not yet in the table; returns its index.
    mutating func append(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Value) -> Int {
        let entry = values.count
        hashes.append(hash)
        starts.append(bytes.count)
        bytes.append(contentsOf: key)
        values.append(value)
        if values.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for (index, h) in hashes.enumerated() { place(index, h) }
        } else {
            place(entry, hash)
        }
        return entry
    }

    private mutating func place(_ entry: Int, _ hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }
}

extension ByteKeyedTable where Value == Bool {
    /// Used as a set of strings: whether `key`'s bytes were inserted.
    func contains(_ key: String) -> Bool { withBytes(key) { contains($0) } }
    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool { index(of: key) != nil }

    mutating func insert(_ key: String) { withBytes(key) { insert($0) } }

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) {
        let hash = Self.hash(bytes)
        if index(of: bytes, hash: hash) == nil { _ = append(bytes, hash: hash, value: true) }
    }
}

/// A set of 64-bit hashes, already well mixed, so they are their own slot: no hashing again on look-up.
struct HashSet: Sendable {
    private var slots: [UInt64] = Array(repeating: 0, count: 16)
    private var count = 0
    /// Zero marks an empty slot, so a zero hash is kept aside.
    private var hasZero = false

    func contains(_ value: UInt64) -> Bool {
        if value == 0 { return hasZero }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: value) & mask
        while slots[slot] != 0 {
            if slots[slot] == value { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    mutating func insert(_ value: UInt64) {
        if value == 0 {
            hasZero = true
            return
        }
        guard !contains(value) else { return }
        if (count + 1) * 2 > slots.count {
            let old = slots
            slots = Array(repeating: 0, count: slots.count * 2)
            for kept in old where kept != 0 { place(kept) }
        }
        place(value)
        count += 1
    }

    private mutating func place(_ value: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: value) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = value
    }
}
extension ByteKeyedTable: Sendable where Value: Sendable {}

/// An insert-only hash table keyed by integers (concept indices), hashed by one multiplication.
struct IntKeyedTable<Value> {
    /// Open addressing: each slot holds an entry index + 1, or 0 when empty. Always a power of two, at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var keys: [Int] = []
    private var values: [Value] = []

    private static func start(_ key: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    subscript(key: Int) -> Value? {
        let mask = slots.count - 1
        var slot = Self.start(key, mask)
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if keys[entry] == key { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a key not yet in the table.
    mutating func insert(_ key: Int, _ value: Value) {
        keys.append(key)
        values.append(value)
        if keys.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for (entry, kept) in keys.enumerated() { place(entry, kept) }
        } else {
            place(keys.count - 1, key)
        }
    }

    private mutating func place(_ entry: Int, _ key: Int) {
        let mask = slots.count - 1
        var slot = Self.start(key, mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }
}

/// Byte-level tests and conversions for ASCII text, eight bytes at a time where it pays.
enum ASCII {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & highBits != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    static func isASCII(_ text: String) -> Bool { withBytes(text) { isASCII($0) } }

    /// Whether the text is ASCII on one line: no tab, line feed or carriage return (spaces are its only separators).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if word & highBits != 0 { return false }
            // Some byte below 0x20 (exact for ASCII bytes): look at each.
            if (word &- ones &* 0x20) & ~word & highBits != 0 {
                for k in i..<(i + 8) where bytes[k] == 9 || bytes[k] == 10 || bytes[k] == 13 { return false }
            }
            i += 8
        }
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x80 || b == 9 || b == 10 || b == 13 { return false }
            i += 1
        }
        return true
    }

    static func isPlain(_ text: String) -> Bool { withBytes(text) { isPlain($0) } }

    static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }

    /// The byte with A–Z lower-cased.
    static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    /// The bytes with A–Z lower-cased, as a string, written in place.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for (i, b) in bytes.enumerated() { out[i] = lower(b) }
            return bytes.count
        }
    }
}
