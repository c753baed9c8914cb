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
    static let combinationOptions = [
        "all of the above", "none of the above", "both of the above", "all of these",
        "none of these", "a and b", "b and c", "a and c", "both a and b",
    ]
    static let negatives = ["not", "never", "except"]

    /// Lower-case letters and digits with single spaces: how options are compared.
    static func normalise(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: bytes in, bytes out.
            var out: [UInt8] = []
            out.reserveCapacity(s.utf8.count)
            var pendingSpace = false
            for b in s.utf8 {
                let lower = b >= 65 && b <= 90 ? b + 32 : b
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    if pendingSpace && !out.isEmpty { out.append(32) }
                    pendingSpace = false
                    out.append(lower)
                } else {
                    pendingSpace = true
                }
            }
            return String(decoding: out, as: UTF8.self)
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

    static func contentWords(_ s: String) -> Set<String> {
        Set(
            normalise(s).split(separator: " ").map { word -> String in
                word.count > 4 && word.hasSuffix("s") ? String(word.dropLast()) : String(word)
            }.filter { $0.count >= 4 && !stopWords.contains($0) })
    }

    /// The Flesch–Kincaid grade of the stem and options read together, each option as a sentence.
    static func readingGrade(stem: String, options: [String], memo: TextMemo) -> Double {
        // Each option is its own sentence, whether or not it ends with a full stop.
        var total = Readability.Counts(sentences: 0, words: 0, syllables: 0, polysyllables: 0)
        for piece in [stem] + options {
            let c = memo.counts(piece)
            total.sentences += max(1, c.sentences)
            total.words += c.words
            total.syllables += c.syllables
        }
        guard total.words > 0 else { return 0 }
        return max(0, Readability.fleschKincaidGrade(total))
    }

    static func check(_ original: Draft, memo: TextMemo) -> Outcome {
        var draft = original
        var repairs: [LintFinding] = []
        var failures: [LintFinding] = []
        func finding(_ rule: String, _ message: String, repaired: Bool) -> LintFinding {
            LintFinding(itemID: draft.id, rule: rule, message: message, location: draft.location, repaired: repaired)
        }
        let isTrueFalse = draft.kind == .trueFalse

        // Negatives in the stem are written in capitals.
        var words = draft.stem.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (index, word) in words.enumerated() where negatives.contains(word) {
            words[index] = word.uppercased()
            repairs.append(
                finding("negative-capitalised", "wrote '\(word)' in the stem as '\(word.uppercased())'", repaired: true)
            )
        }
        draft.stem = words.joined(separator: " ")

        // Distractors that repeat, contain or sit inside the key or each other are replaced by spares, or dropped.
        if !isTrueFalse {
            var accepted: [(text: String, feedback: String?)] = []
            var candidates = draft.distractors
            var spares = draft.spares
            while !candidates.isEmpty {
                let candidate = candidates.removeFirst()
                let others = [draft.key] + accepted.map(\.text)
                if let problem = conflict(candidate.text, with: others, memo: memo) {
                    repairs.append(
                        finding(problem.rule, "'\(candidate.text)' \(problem.message); left it out", repaired: true))
                    if !spares.isEmpty { candidates.append(spares.removeFirst()) }
                } else {
                    accepted.append(candidate)
                }
            }
            draft.distractors = accepted
            draft.spares = spares
            if accepted.count < 2 {
                failures.append(
                    finding(
                        "too-few-options", "only \(accepted.count + 1) usable options; write more wrong answers",
                        repaired: false))
            }
            if conflict(draft.key, with: []) != nil {
                failures.append(finding("combination-option", "the key is a combination option", repaired: false))
            }
        }

        // Options alike in form: the same terminal punctuation and the same capitalisation.
        let options = [draft.key] + draft.distractors.map(\.text)
        let endings = Set(options.map { $0.last.map { ".?!".contains($0) } ?? false })
        if endings.count > 1 {
            draft.key = withPeriod(draft.key)
            draft.distractors = draft.distractors.map { (withPeriod($0.text), $0.feedback) }
            repairs.append(finding("options-alike", "ended every option with a full stop", repaired: true))
        }
        let capitals = Set(options.map { $0.first?.isUppercase ?? false })
        if capitals.count > 1 {
            draft.key = Text.upperFirst(draft.key)
            draft.distractors = draft.distractors.map { (Text.upperFirst($0.text), $0.feedback) }
            repairs.append(finding("options-alike", "started every option with a capital letter", repaired: true))
        }

        if !isTrueFalse, !draft.distractors.isEmpty {
            let mean = Double(draft.distractors.map(\.text.count).reduce(0, +)) / Double(draft.distractors.count)
            if Double(draft.key.count) > maximumKeyLengthRatio * mean {
                failures.append(
                    finding(
                        "key-longest",
                        "the key has \(draft.key.count) characters, more than \(maximumKeyLengthRatio)× the wrong answers' mean of \(Int(mean.rounded()))",
                        repaired: false))
            }
            let keyWords = memo.contentWords(draft.key)
            let distractorWords = draft.distractors.reduce(into: Set<String>()) {
                $0.formUnion(memo.contentWords($1.text))
            }
            let clues = memo.contentWords(draft.stem).intersection(keyWords).subtracting(distractorWords)
            if !clues.isEmpty {
                failures.append(
                    finding(
                        "stem-clue",
                        "the stem's word '\(clues.sorted().joined(separator: "', '"))' appears only in the key",
                        repaired: false))
            }
        }

        let grade = readingGrade(stem: draft.stem, options: [draft.key] + draft.distractors.map(\.text), memo: memo)
        draft.readingGrade = grade
        if grade > maximumGrade {
            failures.append(
                finding(
                    "reading-grade", "reading grade \((grade * 10).rounded() / 10) is above \(Int(maximumGrade))",
                    repaired: false))
        }
        return failures.isEmpty ? .passed(draft, repairs: repairs) : .failed(repairs + failures)
    }

    /// Whether the normalised `haystack` contains the normalised `needle` as whole words.
    static func containsWords(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, n.count <= h.count else { return false }
        for start in 0...(h.count - n.count) where start == 0 || h[start - 1] == 32 {
            let end = start + n.count
            if end < h.count && h[end] != 32 { continue }
            if h[start..<end].elementsEqual(n) { return true }
        }
        return false
    }

    static func withPeriod(_ s: String) -> String {
        s.last.map { ".?!".contains($0) } == true ? s : s + "."
    }

    /// Why `option` cannot stand beside `others`, if it cannot.
    static func conflict(_ option: String, with others: [String], memo: TextMemo? = nil) -> (
        rule: String, message: String
    )? {
        let n = memo?.normalise(option) ?? normalise(option)
        if combinationOptions.contains(n) { return ("combination-option", "is an all/none-of-the-above option") }
        for other in others {
            let o = memo?.normalise(other) ?? normalise(other)
            if n == o { return ("duplicate-option", "is the same as '\(other)'") }
            if containsWords(o, n) { return ("option-contains-option", "is part of '\(other)'") }
            if containsWords(n, o) { return ("option-contains-option", "contains '\(other)'") }
        }
        return nil
    }
}

/// Remembers per-text results while one bank is generated: options recur across many items (a definition is a
/// wrong option for its siblings, a non-member for every member), so each is graded and split once.
final class TextMemo {
    let taught: Readability.TaughtTerms
    private var countsByText: [String: Readability.Counts] = [:]
    private var wordsByText: [String: Set<String>] = [:]
    private var normalisedByText: [String: String] = [:]

    init(taught: Readability.TaughtTerms) { self.taught = taught }

    /// Readability counts of one sentence-like piece, taught terms counted as one word.
    func counts(_ piece: String) -> Readability.Counts {
        if let known = countsByText[piece] { return known }
        let c = Readability.counts(taught.apply(piece))
        countsByText[piece] = c
        return c
    }

    func contentWords(_ text: String) -> Set<String> {
        if let known = wordsByText[text] { return known }
        let w = ItemLint.contentWords(text)
        wordsByText[text] = w
        return w
    }

    func normalise(_ text: String) -> String {
        if let known = normalisedByText[text] { return known }
        let n = ItemLint.normalise(text)
        normalisedByText[text] = n
        return n
    }
}
