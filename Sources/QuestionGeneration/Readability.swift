import Foundation
import Words

/// Readability formulas for plain-language checks: Flesch Reading Ease, Flesch–Kincaid grade and SMOG.
public enum Readability {
    public struct Counts: Sendable, Equatable {
        public var sentences: Int
        public var words: Int
        public var syllables: Int
        public var polysyllables: Int
    }

    /// Chinese text's counts: its Han characters (as `words` and `syllables`: a character is a syllable) and its
    /// sentences, each ended by 。！？ (or their ASCII forms); text with no end mark is one sentence.
    public static func chineseCounts(_ text: String) -> Counts {
        var characters = 0
        var sentences = 0
        var open = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isIdeographic {
                characters += 1
                open = true
            } else if "。！？!?".unicodeScalars.contains(scalar), open {
                sentences += 1
                open = false
            }
        }
        if open { sentences += 1 }
        return Counts(sentences: sentences, words: characters, syllables: characters, polysyllables: 0)
    }

    /// Words the material defines ("checkpoint inhibitors"), matched a whole word sequence at a time.
    public struct TaughtTerms: Sendable {
        /// Each term's words, lower-cased and joined by single spaces; looked up by their bytes.
        private var terms = ByteKeyedTable<Bool>()
        /// Word counts that terms have, longest first.
        private(set) var lengths: [Int] = []
        /// First words of terms: most words start none, and are passed over with one look-up.
        private var firstWords = ByteKeyedTable<Bool>()
        /// Each term's words hashed in order (`combine` over `wordHash`), to rule out most word runs cheaply.
        private var sequenceHashes = HashSet()

        static let sequenceSeed: UInt64 = 0x243F_6A88_85A3_08D3
        static func wordHash(_ word: String) -> UInt64 { withBytes(word) { ByteKeyedTable<Int>.hash($0) } }
        static func combine(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            (hash ^ word) &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019
        }

        public init(_ terms: [String]) {
            var lengths = Set<Int>()
            for term in terms {
                if let (count, sequence) = withBytes(term, { insertASCII($0) }) {
                    if count > 0 {
                        sequenceHashes.insert(sequence)
                        lengths.insert(count)
                    }
                    continue
                }
                let words = Self.words(term)
                guard !words.isEmpty else { continue }
                self.terms.insert(words.joined(separator: " "))
                sequenceHashes.insert(words.reduce(Self.sequenceSeed) { Self.combine($0, Self.wordHash($1)) })
                lengths.insert(words.count)
                firstWords.insert(words[0])
            }
            self.lengths = lengths.sorted(by: >)
        }

        /// Adds an ASCII term as `words` would split it, on bytes and without arrays: its words' match keys joined by
        /// single spaces, and its first word. Returns its word count and sequence hash; nil when it is not ASCII.
        private mutating func insertASCII(_ term: UnsafeBufferPointer<UInt8>) -> (count: Int, sequence: UInt64)? {
            guard ASCII.isASCII(term) else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: term.count + 1) { joined in
                var length = 0
                var count = 0
                var sequence = Self.sequenceSeed
                var firstEnd = 0
                var start = 0
                for end in 0...term.count where end == term.count || term[end] == 32 {
                    defer { start = end + 1 }
                    let piece = term[start..<end]
                    guard let first = piece.firstIndex(where: Readability.isASCIIAlphanumeric),
                        let last = piece.lastIndex(where: Readability.isASCIIAlphanumeric)
                    else { continue }
                    if count > 0 {
                        joined[length] = 32
                        length += 1
                    }
                    let wordStart = length
                    for b in term[first...last] {
                        joined[length] = ASCII.lower(b)
                        length += 1
                    }
                    let word = UnsafeBufferPointer(rebasing: joined[wordStart..<length])
                    sequence = Self.combine(sequence, ByteKeyedTable<Int>.hash(word))
                    if count == 0 { firstEnd = length }
                    count += 1
                }
                guard count > 0 else { return (0, sequence) }
                terms.insert(UnsafeBufferPointer(rebasing: joined[0..<length]))
                firstWords.insert(UnsafeBufferPointer(rebasing: joined[0..<firstEnd]))
                return (count, sequence)
            }
        }

        /// Whether `words` (match keys joined by single spaces) is a taught term.
        func isTerm(_ words: String) -> Bool { terms.contains(words) }
        /// Whether a taught term starts with the word `key`.
        func startsTerm(_ key: String) -> Bool { firstWords.contains(key) }
        /// Whether some term's words hash to `hash` (see `sequenceHashes`): false means no term is these words.
        func mayBeTerm(hash: UInt64) -> Bool { sequenceHashes.contains(hash) }

        /// Whether the match keys `keys` joined by single spaces are a taught term, without joining them.
        func isTerm(_ keys: some Collection<String>) -> Bool {
            let length = keys.reduce(keys.count - 1) { $0 + $1.utf8.count }
            guard length > 0 else { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
                var at = 0
                for (place, key) in keys.enumerated() {
                    if place > 0 {
                        buffer[at] = 32
                        at += 1
                    }
                    at = withBytes(key) { bytes in
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[at...]).initialize(from: bytes)
                        return at + bytes.count
                    }
                }
                return terms.contains(UnsafeBufferPointer(buffer))
            }
        }

        /// A term's words as match keys, without empty ones.
        static func words(_ term: String) -> [String] {
            let ascii = withBytes(term) { bytes -> [String]? in
                guard ASCII.isASCII(bytes) else { return nil }
                return bytes.split(separator: 32).compactMap { word in
                    let key = Readability.asciiKey(UnsafeBufferPointer(rebasing: word))
                    return key.isEmpty ? nil : key
                }
            }
            return ascii ?? term.split(separator: " ").map { Readability.matchKey($0) }.filter { !$0.isEmpty }
        }

        /// Replaces each taught term with one two-syllable word, so a formula judges the words around it,
        /// not the medical names a patient is there to learn. Linear in the text: one set look-up per word and
        /// term length.
        public func apply(_ text: String) -> String {
            let tokens = text.split(separator: " ", omittingEmptySubsequences: false)
            let keys = tokens.map { Readability.matchKey($0) }
            var out: [Substring] = []
            var i = 0
            while i < tokens.count {
                let match =
                    startsTerm(keys[i])
                    ? lengths.first { n in
                        i + n <= tokens.count && (n == 1 ? isTerm(keys[i]) : isTerm(keys[i..<(i + n)]))
                    } : nil
                if let n = match {
                    let last = tokens[i + n - 1]
                    let trailing = last.reversed().prefix { !$0.isLetter && !$0.isNumber }.reversed()
                    out.append(Substring("termword" + String(trailing)))
                    i += n
                } else {
                    out.append(tokens[i])
                    i += 1
                }
            }
            return out.joined(separator: " ")
        }
    }

    /// A word lower-cased without the punctuation around it, for matching terms.
    static func matchKey(_ token: Substring) -> String {
        if let ascii = withBytes(token, { ASCII.isASCII($0) ? asciiKey($0) : nil }) { return ascii }
        let trimmed = token.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }
            .reversed()
        return String(trimmed).lowercased()
    }

    /// `matchKey` of an ASCII token, on bytes: lower-cased, without what is not a letter or digit at either end.
    static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let first = bytes.firstIndex(where: isASCIIAlphanumeric),
            let last = bytes.lastIndex(where: isASCIIAlphanumeric)
        else { return "" }
        return ASCII.lowercased(UnsafeBufferPointer(rebasing: bytes[first...last]))
    }

    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    /// Counts sentences (ended by . ! ? or a line break), words and syllables.
    public static func counts(_ text: String) -> Counts {
        var tally = Tally()
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            tally.add(tokenCounts(token))
        }
        return tally.counts
    }

    /// What one token (a run of text without spaces, tabs or line breaks) adds to the counts.
    struct TokenCounts: Sendable, Equatable {
        /// Whether it is a word (it has a letter).
        var isWord: Bool
        /// Its syllables: the sum over its hyphenated parts, 0 when none has a letter.
        var syllables: Int
        /// Whether it ends with . ! or ?, perhaps followed by closing quotes or brackets.
        var endsSentence: Bool
    }

    static func tokenCounts(_ token: Substring) -> TokenCounts {
        withBytes(token, asciiTokenCounts) ?? characterTokenCounts(token)
    }

    /// `tokenCounts` by characters: for any text.
    static func characterTokenCounts(_ token: Substring) -> TokenCounts {
        let hasLetter =
            token.utf8.contains { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 >= 0x80 }
            && (token.utf8.allSatisfy { $0 < 0x80 } || token.contains(where: \.isLetter))
        var n = 0
        if hasLetter {
            // A hyphenated word ("T-cell", "lab-made") counts as its parts' syllables, one word.
            let parts = token.split(whereSeparator: { $0 == "-" || $0 == "—" || $0 == "–" || $0 == "/" })
            for part in parts where part.contains(where: \.isLetter) { n += syllableCount(String(part)) }
        }
        let last = token.unicodeScalars.last(where: { !"\"')]”’".unicodeScalars.contains($0) })
        return TokenCounts(isWord: hasLetter, syllables: n, endsSentence: last == "." || last == "!" || last == "?")
    }

    /// `tokenCounts` on bytes, for an ASCII token; nil for any other.
    static func asciiTokenCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenCounts? {
        func letter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        guard ASCII.isASCII(bytes) else { return nil }
        let hasLetter = bytes.contains(where: letter)
        var n = 0
        if hasLetter {
            // A hyphenated word ("T-cell", "lab-made") counts as its parts' syllables, one word.
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 45 || bytes[end] == 47 {
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if part.contains(where: letter) { n += syllableCount(bytes: part) }
                start = end + 1
            }
        }
        // The last byte that is not a closing quote or bracket.
        let last = bytes.last { $0 != 34 && $0 != 39 && $0 != 41 && $0 != 93 }
        return TokenCounts(isWord: hasLetter, syllables: n, endsSentence: last == 46 || last == 33 || last == 63)
    }

    /// Adds up token counts in reading order.
    struct Tally {
        private var sentences = 0
        private var inSentence = false
        private var words = 0
        private var syllables = 0
        private var poly = 0

        mutating func add(_ token: TokenCounts) {
            if token.isWord {
                words += 1
                syllables += max(1, token.syllables)
                if token.syllables >= 3 { poly += 1 }
                inSentence = true
            }
            if token.endsSentence && inSentence {
                sentences += 1
                inSentence = false
            }
        }

        var counts: Counts {
            let all = sentences + (inSentence ? 1 : 0)
            return Counts(
                sentences: max(all, words > 0 ? 1 : 0), words: words, syllables: syllables, polysyllables: poly)
        }
    }

    /// Flesch–Kincaid grade level: 0.39 · words/sentence + 11.8 · syllables/word − 15.59.
    public static func fleschKincaidGrade(_ text: String) -> Double { fleschKincaidGrade(counts(text)) }

    /// Flesch–Kincaid grade level from counts already made.
    public static func fleschKincaidGrade(_ c: Counts) -> Double {
        guard c.words > 0, c.sentences > 0 else { return 0 }
        return 0.39 * Double(c.words) / Double(c.sentences) + 11.8 * Double(c.syllables) / Double(c.words) - 15.59
    }

    /// Flesch Reading Ease: 206.835 − 1.015 · words/sentence − 84.6 · syllables/word.
    public static func fleschReadingEase(_ text: String) -> Double {
        let c = counts(text)
        guard c.words > 0 else { return 100 }
        return 206.835 - 1.015 * Double(c.words) / Double(c.sentences) - 84.6 * Double(c.syllables) / Double(c.words)
    }

    /// SMOG grade: 1.043 · √(polysyllables · 30 / sentences) + 3.1291.
    public static func smogGrade(_ text: String) -> Double {
        let c = counts(text)
        guard c.sentences > 0 else { return 0 }
        return 1.043 * (Double(c.polysyllables) * 30 / Double(c.sentences)).squareRoot() + 3.1291
    }

    /// Syllables in one English word, by vowel groups with the usual corrections.
    public static func syllableCount(_ raw: String) -> Int { withBytes(raw) { syllableCount(bytes: $0) } }

    /// `syllableCount` of a word's UTF-8 bytes, worked in a buffer on the stack.
    static func syllableCount(bytes raw: UnsafeBufferPointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, raw.count)) { w in
            // ASCII letters only, lower-cased, as bytes: fast, and the rules below are about English spelling.
            var n = 0
            var digits = 0
            for b in raw {
                if ASCII.isUpper(b) {
                    w[n] = ASCII.lower(b)
                    n += 1
                } else if b >= 97 && b <= 122 {
                    w[n] = b
                    n += 1
                } else if b >= 48 && b <= 57 {
                    digits += 1
                }
            }
            if n == 0 { return digits > 0 ? max(1, digits) : 0 }
            if let known = exceptionTable.index(of: UnsafeBufferPointer(rebasing: w[0..<n])) {
                return exceptionTable[known]
            }
            return vowelGroups(w, n)
        }
    }

    /// The rules, for a word of `n` lower-case ASCII letters in `w` (which they may shorten).
    private static func vowelGroups(_ w: UnsafeMutableBufferPointer<UInt8>, _ length: Int) -> Int {
        var count = length
        if count <= 3 { return 1 }
        let a: UInt8 = 97, e: UInt8 = 101, i: UInt8 = 105, o: UInt8 = 111, u: UInt8 = 117, y: UInt8 = 121
        func isVowel(_ c: UInt8) -> Bool { c == a || c == e || c == i || c == o || c == u || c == y }
        func hasSuffix(_ suffix: StaticString) -> Bool {
            let k = suffix.utf8CodeUnitCount
            guard count >= k else { return false }
            return suffix.withUTF8Buffer { s in (0..<k).allSatisfy { w[count - k + $0] == s[$0] } }
        }
        func byte(_ c: Character) -> UInt8 { c.asciiValue ?? 0 }
        let n = count
        // Silent endings: -e (but not -le after a consonant), -es and -ed after most consonants.
        if hasSuffix("es"), n > 4, !"sxzgcoiu".utf8.contains(w[n - 3]), !hasSuffix("ches"), !hasSuffix("shes") {
            count -= 2
        } else if hasSuffix("ed"), n > 4, !"td".utf8.contains(w[n - 3]), !isVowel(w[n - 3]) || w[n - 3] == y {
            count -= 2
        } else if hasSuffix("e"), !hasSuffix("le") || isVowel(n >= 3 ? w[n - 3] : a), !hasSuffix("ee"),
            !isVowel(w[n - 2]) || w[n - 2] == u
        {
            count -= 1
        }
        var groups = 0
        var previousVowel = false
        for index in 0..<count {
            let ch = w[index]
            let vowel = isVowel(ch) && !(ch == y && index == 0)
            if vowel && !previousVowel { groups += 1 }
            previousVowel = vowel
        }
        // Vowel pairs that are two syllables: "ia", "io" (not -tion/-sion), "ua", "eo", "iu", "uo", "ie".
        for k in 0..<max(0, count - 1) {
            let first = w[k], second = w[k + 1]
            let before = k > 0 ? w[k - 1] : 32
            let rest = count - (k + 2)
            let next: UInt8? = rest > 0 ? w[k + 2] : nil
            switch (first, second) {
            case (i, a):
                if !((before == byte("c") || before == byte("t")) && next == byte("n")) { groups += 1 }
            case (i, o):
                if !"tscx".utf8.contains(before) { groups += 1 }
            case (u, a):
                if before != byte("q") { groups += 1 }
            case (e, o):
                if before != byte("g") { groups += 1 }
            case (i, u), (u, o):
                groups += 1
            case (i, e):
                if let next, "nrt".utf8.contains(next), rest <= 2 { groups += 1 }
            default: break
            }
        }
        return max(1, groups)
    }

    /// `exceptions`, looked up by bytes.
    private static let exceptionTable: ByteKeyedTable<Int> = {
        var table = ByteKeyedTable<Int>()
        for (word, count) in exceptions.sorted(by: { $0.key < $1.key }) {
            _ = withBytes(word) { table.append($0, hash: ByteKeyedTable<Int>.hash($0), value: count) }
        }
        return table
    }()

    /// Words the rules get wrong that patient materials use often: English's `[syllableExceptions]` ("word 3" a line).
    static let exceptions: [String: Int] = {
        var out: [String: Int] = [:]
        for line in WordLists.named("en")["syllableExceptions"] {
            let parts = line.split(separator: " ")
            if parts.count == 2, let n = Int(parts[1]) { out[String(parts[0])] = n }
        }
        return out
    }()
}
