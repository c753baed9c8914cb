import Foundation
import Words

/// The words `bank draft` reads a handout's sentences by, for one language: lists in its `LANG.cues` file
/// (`[draft…]`), data a translator or educator can edit.
struct DraftCues: Sendable {
    let copulaOne: [[String]]
    let copulaMany: [[String]]
    let definitionStarts: Set<String>
    let definitionHolds: [[String]]
    let notTerms: Set<String>
    let termDrops: Set<String>
    let naming: [[String]]
    let kindNouns: Set<String>
    let thereAre: [[String]]
    let goesOn: [[String]]
    let typesHeadings: [[String]]
    /// Each fact cue with what its answer tells.
    let factCues: [(phrase: [String], tells: FactTells)]
    let instructionStarts: [[String]]
    let instructionFrames: [[String]]
    let safety: [[String]]
    let questionPrefixes: [String]
    let answerPrefixes: [String]
    let faqHeadings: [[String]]
    let stopWords: Set<String>
    /// Words a sentence leans on the one before with ("These …", "She …"): it cannot stand alone as a claim.
    let needsContext: Set<String>

    /// What a fact's answer tells, which says what its question asks.
    enum FactTells: Sendable { case cause, purpose, time, way, place, examples }

    /// The lists of `language` (its base language's when a regional one has none: es-MX reads es).
    init(language: String) {
        var lists = WordLists.named(language)
        if lists["draftCopulaOne"].isEmpty, let base = language.split(separator: "-").first {
            lists = WordLists.named(String(base))
        }
        func phrases(_ name: String) -> [[String]] { lists[name].map { Tokens.words($0) }.filter { !$0.isEmpty } }
        func words(_ name: String) -> Set<String> { Set(lists[name].map { $0.lowercased() }) }
        copulaOne = phrases("draftCopulaOne")
        copulaMany = phrases("draftCopulaMany")
        definitionStarts = words("draftDefinitionStarts")
        definitionHolds = phrases("draftDefinitionHolds")
        notTerms = words("draftNotTerms")
        termDrops = words("draftTermDrops")
        naming = phrases("draftNaming")
        kindNouns = words("draftKindNouns")
        thereAre = phrases("draftThereAre")
        goesOn = phrases("draftGoesOn")
        typesHeadings = phrases("draftTypesHeadings")
        factCues =
            phrases("draftCause").map { ($0, FactTells.cause) } + phrases("draftPurpose").map { ($0, .purpose) }
            + phrases("draftTime").map { ($0, .time) } + phrases("draftWay").map { ($0, .way) }
            + phrases("draftPlace").map { ($0, .place) } + phrases("draftExamples").map { ($0, .examples) }
        instructionStarts = phrases("draftInstructionStarts")
        instructionFrames = phrases("draftInstructionFrames")
        safety = phrases("draftSafety")
        questionPrefixes = lists["draftQuestionPrefixes"]
        answerPrefixes = lists["draftAnswerPrefixes"]
        faqHeadings = phrases("draftFAQHeadings")
        stopWords = Set(lists["stopWords"].map { $0.lowercased() })
        needsContext = words("draftNeedsContext")
    }

    /// Whether the language has the lists a draft needs.
    var isEmpty: Bool { copulaOne.isEmpty && instructionStarts.isEmpty }
}

/// A text's words, lower-cased, with where each is in the text.
struct Tokens {
    let words: [String]
    let ranges: [Range<String.Index>]

    init(_ text: String) {
        var words: [String] = []
        var ranges: [Range<String.Index>] = []
        var i = text.startIndex
        while i < text.endIndex {
            guard Self.isWordCharacter(text[i]) else {
                i = text.index(after: i)
                continue
            }
            let start = i
            while i < text.endIndex {
                let c = text[i]
                if Self.isWordCharacter(c) {
                    i = text.index(after: i)
                    continue
                }
                // An apostrophe or hyphen inside a word ("don't", "lab-made") belongs to it.
                let next = text.index(after: i)
                if "'’-".contains(c), next < text.endIndex, Self.isWordCharacter(text[next]) {
                    i = next
                    continue
                }
                break
            }
            words.append(Self.fold(text[start..<i]))
            ranges.append(start..<i)
        }
        self.words = words
        self.ranges = ranges
    }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    static func fold(_ word: Substring) -> String { word.lowercased().replacingOccurrences(of: "’", with: "'") }

    static func words(_ phrase: String) -> [String] { Tokens(phrase).words }

    /// Where `phrase` first occurs as whole words at or after word `from`, or nil.
    func find(_ phrase: [String], from: Int = 0) -> Int? {
        guard !phrase.isEmpty, words.count >= phrase.count, from <= words.count - phrase.count else { return nil }
        for start in from...(words.count - phrase.count) where Array(words[start..<(start + phrase.count)]) == phrase {
            return start
        }
        return nil
    }

    /// Whether the words from `at` start with `phrase`.
    func starts(with phrase: [String], at: Int = 0) -> Bool {
        at + phrase.count <= words.count && Array(words[at..<(at + phrase.count)]) == phrase
    }

    /// The first of `phrases` found, earliest first, with where.
    func first(of phrases: [[String]], from: Int = 0) -> (phrase: [String], at: Int)? {
        phrases.compactMap { p in find(p, from: from).map { (p, $0) } }.min { a, b in
            a.at < b.at || (a.at == b.at && a.phrase.count > b.phrase.count)
        }
    }
}
