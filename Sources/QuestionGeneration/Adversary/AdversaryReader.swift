import Foundation

/// Reads items and texts for the adversary in one language: its word lists compiled, each distinct text read once.
///
/// Banks repeat texts (a definition is one item's key, another's feedback, a third's explanation), so the reader
/// keeps what it has read; it lives for one report or one leak graph, so nothing is kept between banks.
struct AdversaryReader: Sendable {
    let language: Phrasing
    let lists: CueLists
    /// The compiled lists, indexed by `CueLists.Name.rawValue`.
    private let compiled: [PhraseList]
    /// Familiar treatments and home remedies as one list: the familiar-treatment cue counts the ones the stem does
    /// not name itself.
    let familiarOrRemedy: PhraseList
    private let trueWord: String
    private let falseWord: String
    private var cache: [String: AdversaryText] = [:]

    init(language: Phrasing) {
        let lists = CueLists.of(language)
        self.language = language
        self.lists = lists
        compiled = CueLists.Name.allCases.map { PhraseList(lists[$0]) }
        familiarOrRemedy = PhraseList(lists.familiarTreatment + lists.remedy)
        trueWord = AdversaryText.words(of: language.trueWord).joined(separator: " ")
        falseWord = AdversaryText.words(of: language.falseWord).joined(separator: " ")
    }

    /// A text, read once.
    mutating func read(_ text: String) -> AdversaryText {
        if let known = cache[text] { return known }
        let read = AdversaryText(text)
        cache[text] = read
        return read
    }

    /// An item, read; with `scoring`, the cues that need no session are scored too.
    mutating func read(_ item: AdversaryItem, scoring: Bool = true) -> ReadItem {
        let stem = read(item.stem)
        let statement = read(AdversaryText.withoutFrame(item.stem, frames: lists.stemFrames))
        var options: [AdversaryText] = []
        for option in item.options { options.append(read(option)) }
        var feedback: [AdversaryText?] = []
        for text in item.feedback {
            if let text { feedback.append(read(text)) } else { feedback.append(nil) }
        }
        let explanation = read(item.explanation)
        var frame = stem.spaced
        let negated = frame.contains(" not ") || frame.contains(" no es ")
        frame = frame.replacingOccurrences(of: " not ", with: " ").replacingOccurrences(of: " no es ", with: " es ")
        var result = ReadItem(
            item: item, stem: stem, statement: statement, options: options,
            ownWords: ReadItem.ownWords(options.map(\.content)), explanation: explanation, feedback: feedback,
            truth: truth(of: item), frame: frame, negated: negated, itemScores: [:])
        if scoring { result.itemScores = itemScores(result) }
        return result
    }

    /// Where a true-or-false item's true and false options are, if its options are the language's words.
    private func truth(of item: AdversaryItem) -> ReadItem.Truth? {
        guard item.kind == .trueFalse else { return nil }
        let words = item.options.map { AdversaryText.words(of: $0).joined(separator: " ") }
        guard let trueIndex = words.firstIndex(of: trueWord), let falseIndex = words.firstIndex(of: falseWord) else {
            return nil
        }
        return ReadItem.Truth(trueIndex: trueIndex, falseIndex: falseIndex)
    }

    /// How many phrases of each list a text holds, indexed by `CueLists.Name.rawValue`.
    func counts(in text: AdversaryText) -> [Int] { compiled.map { $0.count(in: text) } }

    /// How many phrases of one list a text holds.
    func count(_ name: CueLists.Name, in text: AdversaryText) -> Int { compiled[name.rawValue].count(in: text) }
}
