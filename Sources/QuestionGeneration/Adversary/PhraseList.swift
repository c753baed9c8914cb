/// One word list compiled for matching: each phrase as its words without accents, looked up by its first word.
///
/// A cue asks "how many of this list's phrases does this text hold?" for every option of every item asked in every
/// simulated session; looking phrases up by the text's words keeps that to one dictionary probe a word.
struct PhraseList: Sendable {
    private struct Phrase: Sendable {
        /// Its place in the list: a phrase found twice in a text counts once.
        var entry: Int
        var words: [String]
    }

    private let byFirstWord: [String: [Phrase]]

    init(_ phrases: [String]) {
        var byFirstWord: [String: [Phrase]] = [:]
        for (entry, phrase) in phrases.enumerated() {
            let words = AdversaryText.words(of: phrase).map(AdversaryText.withoutAccents)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Phrase(entry: entry, words: words))
        }
        self.byFirstWord = byFirstWord
    }

    /// The places in the list of the phrases the text holds as whole words.
    func entries(in text: AdversaryText) -> Set<Int> {
        var found = Set<Int>()
        let words = text.bare
        for start in words.indices {
            guard let phrases = byFirstWord[words[start]] else { continue }
            for phrase in phrases where !found.contains(phrase.entry) {
                let end = start + phrase.words.count
                if end <= words.count && words[start..<end].elementsEqual(phrase.words) { found.insert(phrase.entry) }
            }
        }
        return found
    }

    /// How many of the list's phrases the text holds.
    func count(in text: AdversaryText) -> Int { entries(in: text).count }
}
