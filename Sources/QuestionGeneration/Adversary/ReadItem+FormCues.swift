import Foundation

/// The cues that read an item's form, not its words' meaning: length, echoes, overlaps, grammar (adversary.md §2).
extension ReadItem {
    /// The longest, most careful option draws the test-wise: its length in characters (Unicode scalars, as the
    /// prototype counts them).
    func longestScores() -> [Double] { item.options.map { Double($0.unicodeScalars.count) } }

    /// The option sharing most content words with the other options is the centre the wrong options were varied
    /// from: per option, the words it shares with each other option, summed.
    func convergenceScores() -> [Double] {
        let sets = options.map(\.content)
        return sets.indices.map { index in
            var shared = 0
            for other in sets.indices where other != index { shared += sets[index].intersection(sets[other]).count }
            return Double(shared)
        }
    }

    /// An option echoing the stem's words draws the test-wise. On a definition → term item the sign turns: a
    /// definition is written without its own term's words, so the echo points away from the key.
    func clangScores() -> [Double] {
        let sign = item.kind == .definitionToTerm ? -1.0 : 1.0
        return options.map { sign * Double($0.content.intersection(statement.content).count) }
    }

    /// Two options that are near-opposites (content words overlapping by half or more) draw the test-wise: the key
    /// is one of them. Each option scores the pairs it is in.
    func oppositePairScores() -> [Double] {
        let sets = options.map(\.content)
        var scores = Array(repeating: 0.0, count: sets.count)
        for first in sets.indices {
            for second in sets.indices where second > first {
                let a = sets[first]
                let b = sets[second]
                guard !a.isEmpty && !b.isEmpty else { continue }
                if Double(a.intersection(b).count) / Double(a.union(b).count) >= 0.5 {
                    scores[first] += 1
                    scores[second] += 1
                }
            }
        }
        return scores
    }

    /// Options that do not fit the stem's grammar are dropped, −1 a misfit: "an _____" before a consonant, "a _____"
    /// before a vowel; a singular "is a/an …" / "es un/una …" stem over a plural option; a completion that, filled
    /// with the option, repeats a word.
    func grammarScores() -> [Double] {
        let stemText = item.stem
        let low = Array(stemText.lowercased().unicodeScalars)
        let wantsVowel = Self.occurs("an _____", in: low, boundaryAfter: false)
        let wantsConsonant = Self.occurs("a _____", in: low, boundaryAfter: false)
        let singular = ["is an", "is a", "es una", "es un"].contains { Self.occurs($0, in: low, boundaryAfter: true) }
        let blank = stemText.contains("_____")
        return item.options.map { option in
            var misfits = 0
            let first = option.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let startsWithVowel = first.unicodeScalars.first.map { "aeiou".unicodeScalars.contains($0) } ?? false
            if wantsVowel && !startsWithVowel { misfits += 1 }
            if wantsConsonant && startsWithVowel { misfits += 1 }
            let words = first.split(whereSeparator: \.isWhitespace).map(String.init)
            if singular, let head = words.first, let last = words.last,
                !["a", "an", "un", "una", "el", "la"].contains(head), words.count <= 4, last.hasSuffix("s"),
                !last.hasSuffix("ss")
            {
                misfits += 1
            }
            if blank {
                let filled = AdversaryText.words(of: stemText.replacingOccurrences(of: "_____", with: option))
                if zip(filled, filled.dropFirst()).contains(where: { $0 == $1 && $0 != "that" && $0 != "had" }) {
                    misfits += 1
                }
            }
            return -Double(misfits)
        }
    }

    /// Whether `phrase` occurs in `text` at the start of a word (the regex `\bphrase`), and, with `boundaryAfter`,
    /// ending one too (`\bphrase\b`). Both are lower-case; "word" characters are `AdversaryText`'s.
    static func occurs(_ phrase: String, in text: [Unicode.Scalar], boundaryAfter: Bool) -> Bool {
        let needle = Array(phrase.unicodeScalars)
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        for start in 0...(text.count - needle.count) {
            guard text[start..<(start + needle.count)].elementsEqual(needle) else { continue }
            if start > 0 && AdversaryText.isWordCharacter(text[start - 1]) { continue }
            let end = start + needle.count
            if boundaryAfter && end < text.count && AdversaryText.isWordCharacter(text[end]) { continue }
            return true
        }
        return false
    }
}
