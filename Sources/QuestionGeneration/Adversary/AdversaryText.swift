import Foundation

/// One text as the adversary reads it, normalised once so every cue and every leak check reads the same words.
///
/// The normaliser is the prototype's, on purpose (the port must give its numbers): lower case; every run of
/// characters that are not letters, digits or "_" is one space, so "friend's" reads "friend s" and a completion's
/// "_____" is a word; phrases match whole words without accents. Content words are words of four letters or more
/// that are not stop words, without accents, a plural "-s"/"-es" dropped: the words that say what a text is about.
struct AdversaryText: Sendable, Equatable {
    /// The lower-case words, accents kept.
    let words: [String]
    /// The same words without accents: phrases are matched on these.
    let bare: [String]
    /// The content words.
    let content: Set<String>

    init(_ text: String) {
        let words = Self.words(of: text)
        let bare = words.map(Self.withoutAccents)
        var content = Set<String>()
        for (word, plain) in zip(words, bare)
        where word.unicodeScalars.count >= 4 && !CueLists.stopWords.contains(word) {
            content.insert(Self.singular(plain))
        }
        self.words = words
        self.bare = bare
        self.content = content
    }

    /// The words with a space between and at either end: " not " then finds the whole word.
    var spaced: String { " " + words.joined(separator: " ") + " " }

    /// The lower-case words of a text: runs of letters, digits and "_" (what Python's `\w` matches).
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            // Chinese writes no spaces: each character is a word of its own, so a phrase ("医生") is found as its
            // characters in a row, as an English phrase is found as its words.
            if scalar.properties.isIdeographic {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
                words.append(String(scalar))
                continue
            }
            if isWordCharacter(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Whether a character is part of a word: a letter, a digit or other number, or "_".
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// A word without its accents (canonical decomposition, combining marks dropped): "médico" → "medico".
    static func withoutAccents(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        var out = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            out.append(scalar)
        }
        return String(out)
    }

    /// A word without a plural "-es" or "-s", if it is longer than four letters ("tests" → "test").
    static func singular(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 4, scalars[scalars.count - 1] == "s" else { return word }
        let cut = scalars[scalars.count - 2] == "e" ? 2 : 1
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars.dropLast(cut))
        return String(out)
    }

    /// A stem without the generator's frame ("True or false: ", "Which one is this: "): the frame's words say
    /// nothing of the answer, and would make every item of a kind look like every other.
    static func withoutFrame(_ stem: String, frames: [String]) -> String {
        for frame in frames {
            let head = stem.prefix(frame.count)
            if head.count == frame.count && head.lowercased() == frame { return String(stem.dropFirst(frame.count)) }
        }
        return stem
    }
}
