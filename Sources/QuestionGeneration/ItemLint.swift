import Foundation
import ContentModel

/// One finding of the item-writing checks: a repair made, or the reason an item was dropped.
public struct LintFinding: Sendable, Equatable, CustomStringConvertible {
    public var itemID: String
    public var rule: String
    public var message: String
    /// Where the item's source element is written.
    public var location: SourceLocation?
    /// True when the generator fixed the item itself; false when the item was dropped.
    public var repaired: Bool

    public var description: String {
        let place = location.map { "\($0)" } ?? "bank"
        return "\(place): \(repaired ? "note" : "error"): item \(itemID): \(rule): \(message)"
    }
}

/// Item-writing checks that a program can apply (after Haladyna and the NBME item-writing guide).
enum ItemLint {
    static let maximumGrade = 8.0
    static let maximumKeyLengthRatio = 1.5

    enum Outcome {
        case passed(Draft, repairs: [LintFinding])
        case failed([LintFinding])
    }

    static let stopWords: Set<String> = [
        "the", "and", "that", "this", "with", "your", "you", "they", "them", "their", "what", "which", "when", "where",
        "from", "have", "does", "will", "into", "some", "these", "those", "there", "about", "could", "would", "should",
        "other", "after", "before", "more", "most", "been", "were", "than", "then", "each", "very", "can", "may",
        "why", "how", "who", "for", "are", "is", "it", "of", "to", "in", "on", "a", "an", "or", "be", "do",
    ]
    /// `stopWords` looked up by bytes, for lower- or upper-case ASCII words.
    private static let stopWordTable: ByteKeyedTable<Bool> = {
        var table = ByteKeyedTable<Bool>()
        for word in stopWords { table.insert(word) }
        return table
    }()

    private static let longestStopWord = stopWords.map(\.utf8.count).max() ?? 0

    /// Whether the ASCII word, lower-cased, is a stop word.
    static func isStopWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        // Words longer than every stop word are not looked up.
        guard word.count <= longestStopWord else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lower in
            for (i, b) in word.enumerated() { lower[i] = ASCII.lower(b) }
            return stopWordTable.contains(UnsafeBufferPointer(lower))
        }
    }

    static let combinationOptions = [
        "all of the above", "none of the above", "both of the above", "all of these",
        "none of these", "a and b", "b and c", "a and c", "both a and b",
    ]
    static let negatives = ["not", "never", "except"]

    private static let longestCombination = combinationOptions.map(\.utf8.count).max() ?? 0

    /// Whether a normalised text is one of `combinationOptions` (longer texts are not compared).
    static func isCombination(normalised: String) -> Bool {
        normalised.utf8.count <= longestCombination && combinationOptions.contains(normalised)
    }

    /// Lower-case letters and digits with single spaces: how options are compared.
    static func normalise(_ s: String) -> String {
        if let ascii = withBytes(
            s,
            { bytes -> String? in
                guard ASCII.isASCII(bytes) else { return nil }
                // ASCII: bytes in, bytes out, written straight into the string.
                return String(unsafeUninitializedCapacity: bytes.count) { out in
                    var count = 0
                    var pendingSpace = false
                    for b in bytes {
                        let lower = ASCII.lower(b)
                        if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                            if pendingSpace && count > 0 {
                                out[count] = 32
                                count += 1
                            }
                            pendingSpace = false
                            out[count] = lower
                            count += 1
                        } else {
                            pendingSpace = true
                        }
                    }
                    return count
                }
            })
        {
            return ascii
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.lowercased().unicodeScalars {
            let keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if keep {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    static func contentWords(_ s: String) -> Set<String> { contentWords(normalised: normalise(s)) }

    static func contentWords(normalised: String) -> Set<String> {
        Set(
            normalised.split(separator: " ").map { word -> String in
                word.count > 4 && word.hasSuffix("s") ? String(word.dropLast()) : String(word)
            }.filter { $0.count >= 4 && !stopWords.contains($0) })
    }

    /// The Flesch–Kincaid grade of the stem and options read together, each option as a sentence.
    static func readingGrade(stem: Readability.Counts, key: TextFacts, distractors: [TextFacts]) -> Double {
        // Each option is its own sentence, whether or not it ends with a full stop.
        var total = Readability.Counts(sentences: 0, words: 0, syllables: 0, polysyllables: 0)
        func add(_ c: Readability.Counts) {
            total.sentences += max(1, c.sentences)
            total.words += c.words
            total.syllables += c.syllables
        }
        add(stem)
        add(key.counts)
        distractors.forEach { add($0.counts) }
        guard total.words > 0 else { return 0 }
        return max(0, Readability.fleschKincaidGrade(total))
    }

    static func check(_ original: Draft, memo: TextMemo) -> Outcome {
        var draft = original
        let (repairs, failures) = check(&draft, memo: memo)
        return failures.isEmpty ? .passed(draft, repairs: repairs) : .failed(repairs + failures)
    }

    /// Checks a draft in place, repairing what it can: the repairs made, and the failures that drop it.
    static func check(_ draft: inout Draft, memo: TextMemo) -> (repairs: [LintFinding], failures: [LintFinding]) {
        var repairs: [LintFinding] = []
        var failures: [LintFinding] = []
        func finding(_ rule: String, _ message: String, repaired: Bool) -> LintFinding {
            LintFinding(itemID: draft.id, rule: rule, message: message, location: draft.location, repaired: repaired)
        }
        let isTrueFalse = draft.kind == .trueFalse

        // Negatives in the stem are written in capitals.
        if negatives.contains(where: { find($0, in: draft.stem, wholeWords: false) }) {
            var words = draft.stem.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for (index, word) in words.enumerated() where negatives.contains(word) {
                words[index] = word.uppercased()
                repairs.append(
                    finding(
                        "negative-capitalised", "wrote '\(word)' in the stem as '\(word.uppercased())'", repaired: true)
                )
            }
            draft.stem = words.joined(separator: " ")
        }

        // The stem is split once, for its counts and (when needed) its words.
        let stemTokens = memo.plainTokens(draft.stem)

        // Distractors that repeat, contain or sit inside the key or each other are replaced by spares, or dropped.
        var keyFacts = draft.keyFacts ?? memo.facts(draft.key)
        var distractorFacts: [TextFacts] = []
        if !isTrueFalse {
            var accepted: [DraftOption] = []
            accepted.reserveCapacity(draft.distractors.count)
            distractorFacts.reserveCapacity(draft.distractors.count)
            // A queue: the chosen distractors, then a spare for each one left out.
            var candidates = draft.distractors
            var next = 0
            var sparesUsed = 0
            while next < candidates.count {
                let candidate = candidates[next]
                next += 1
                let facts = candidate.facts ?? memo.facts(candidate.text)
                if let problem = conflict(facts, with: draft.key, keyFacts, accepted, distractorFacts) {
                    repairs.append(
                        finding(problem.rule, "'\(candidate.text)' \(problem.message); left it out", repaired: true))
                    if sparesUsed < draft.spares.count {
                        candidates.append(draft.spares[sparesUsed])
                        sparesUsed += 1
                    }
                } else {
                    accepted.append(candidate)
                    distractorFacts.append(facts)
                }
            }
            if accepted.count != draft.distractors.count || sparesUsed > 0 { draft.distractors = accepted }
            if sparesUsed > 0 { draft.spares.removeFirst(sparesUsed) }
            if accepted.count < 2 {
                failures.append(
                    finding(
                        "too-few-options", "only \(accepted.count + 1) usable options; write more wrong answers",
                        repaired: false))
            }
            if keyFacts.isCombination {
                failures.append(finding("combination-option", "the key is a combination option", repaired: false))
            }
        } else {
            distractorFacts = draft.distractors.map { $0.facts ?? memo.facts($0.text) }
        }

        // Options alike in form: the same terminal punctuation and the same capitalisation.
        if distractorFacts.contains(where: { $0.endsSentence != keyFacts.endsSentence }) {
            draft.key = withPeriod(draft.key)
            draft.distractors = draft.distractors.map { $0.with(text: withPeriod($0.text)) }
            repairs.append(finding("options-alike", "ended every option with a full stop", repaired: true))
            keyFacts = memo.facts(draft.key)
            distractorFacts = draft.distractors.map { memo.facts($0.text) }
        }
        if distractorFacts.contains(where: { $0.capitalised != keyFacts.capitalised }) {
            draft.key = Text.upperFirst(draft.key)
            draft.distractors = draft.distractors.map { $0.with(text: Text.upperFirst($0.text)) }
            repairs.append(finding("options-alike", "started every option with a capital letter", repaired: true))
            keyFacts = memo.facts(draft.key)
            distractorFacts = draft.distractors.map { memo.facts($0.text) }
        }

        if !isTrueFalse, !draft.distractors.isEmpty {
            let mean = Double(distractorFacts.map(\.characters).reduce(0, +)) / Double(distractorFacts.count)
            if Double(keyFacts.characters) > maximumKeyLengthRatio * mean {
                failures.append(
                    finding(
                        "key-longest",
                        "the key has \(keyFacts.characters) characters, more than \(maximumKeyLengthRatio)× the wrong answers' mean of \(Int(mean.rounded()))",
                        repaired: false))
            }
            // Words only the key has; the stem is split only when there are some.
            func onlyInKey(_ word: String) -> Bool { !distractorFacts.contains { $0.contentWords.contains(word) } }
            let keyOnly = keyFacts.contentWords.filter(onlyInKey)
            let clues =
                keyOnly.isEmpty ? [] : memo.contentWordsOnce(draft.stem, tokens: stemTokens, among: keyOnly)
            if !clues.isEmpty {
                failures.append(
                    finding(
                        "stem-clue",
                        "the stem's word '\(clues.sorted().joined(separator: "', '"))' appears only in the key",
                        repaired: false))
            }
        }

        let grade = readingGrade(
            stem: memo.counts(draft.stem, tokens: stemTokens), key: keyFacts, distractors: distractorFacts)
        draft.readingGrade = grade
        if grade > maximumGrade {
            failures.append(
                finding(
                    "reading-grade", "reading grade \((grade * 10).rounded() / 10) is above \(Int(maximumGrade))",
                    repaired: false))
        }
        return (repairs, failures)
    }

    /// Whether the normalised `haystack` contains the normalised `needle` as whole words.
    static func containsWords(_ haystack: String, _ needle: String) -> Bool {
        find(needle, in: haystack, wholeWords: true)
    }

    /// Whether `needle`'s bytes occur in `haystack`'s; with `wholeWords`, only between spaces or the ends.
    static func find(_ needle: String, in haystack: String, wholeWords: Bool) -> Bool {
        withBytes(haystack) { h in
            withBytes(needle) { n in
                guard !n.isEmpty else { return !wholeWords }
                guard n.count <= h.count else { return false }
                for start in 0...(h.count - n.count) where h[start] == n[0] {
                    let end = start + n.count
                    if wholeWords && ((start > 0 && h[start - 1] != 32) || (end < h.count && h[end] != 32)) {
                        continue
                    }
                    if memcmp(h.baseAddress! + start, n.baseAddress!, n.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// The number of characters as a reader sees them; one per byte for ASCII text without a CR LF pair.
    static func characterCount(_ s: String) -> Int {
        withBytes(s) { ASCII.isASCII($0) && !$0.contains(13) } ? s.utf8.count : s.count
    }

    static func withPeriod(_ s: String) -> String {
        s.last.map { ".?!".contains($0) } == true ? s : s + "."
    }

    /// Why an option cannot stand beside the key and the options accepted so far, if it cannot.
    static func conflict(
        _ option: TextFacts, with key: String, _ keyFacts: TextFacts, _ accepted: [DraftOption],
        _ acceptedFacts: [TextFacts]
    ) -> (rule: String, message: String)? {
        if option.isCombination { return ("combination-option", "is an all/none-of-the-above option") }
        func clash(_ other: String, _ facts: TextFacts) -> (rule: String, message: String)? {
            let n = option.normalised, o = facts.normalised
            if option.isSameOption(as: facts) { return ("duplicate-option", "is the same as '\(other)'") }
            if containsWords(o, n) { return ("option-contains-option", "is part of '\(other)'") }
            if containsWords(n, o) { return ("option-contains-option", "contains '\(other)'") }
            return nil
        }
        if let problem = clash(key, keyFacts) { return problem }
        for (other, facts) in zip(accepted, acceptedFacts) {
            if let problem = clash(other.text, facts) { return problem }
        }
        return nil
    }
}
