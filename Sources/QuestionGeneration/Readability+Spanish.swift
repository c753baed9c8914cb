// not a message (whole file): the names of published Spanish readability scales (INFLESZ, Fernández-Huerta), cited as
// their authors print them, in Spanish lint lines.
import Words

/// Readability of Spanish text: Fernández-Huerta's ease and Szigriszt-Pazos's perspicuity read on the INFLESZ scale.
///
/// Both are Flesch's formula refitted to Spanish and need syllables counted by Spanish rules (vowel nuclei, with
/// diphthongs joined and hiatus split), which the English counter gets badly wrong ("inmunoterapia" is 6: in-mu-no-te-ra-pia).
extension Readability {
    /// Sentences, words and syllables of Spanish text; sentences and words are split as `counts` splits them.
    public static func spanishCounts(_ text: String) -> Counts {
        var tally = Tally()
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let letters = token.contains(where: \.isLetter)
            var syllables = 0
            if letters {
                let parts = token.split(whereSeparator: { $0 == "-" || $0 == "—" || $0 == "–" || $0 == "/" })
                for part in parts where part.contains(where: \.isLetter) { syllables += spanishSyllables(String(part)) }
            }
            let last = token.unicodeScalars.last(where: { !"\"')]”’»".unicodeScalars.contains($0) })
            tally.add(
                TokenCounts(
                    isWord: letters, syllables: syllables, endsSentence: last == "." || last == "!" || last == "?"))
        }
        return tally.counts
    }

    /// Syllables in one Spanish word: one per vowel nucleus. An unstressed i or u (or ü) beside another vowel joins it
    /// (a diphthong: "cie-lo", "cuan-do"); two of a, e, o — or a written-accent í or ú — stand apart (a hiatus:
    /// "le-er", "dí-a"). A final y after a vowel ("hoy", "muy") is part of that vowel's syllable; "y" alone is one.
    public static func spanishSyllables(_ word: String) -> Int {
        let letters = Array(word.lowercased().filter(\.isLetter))
        guard !letters.isEmpty else { return 0 }
        if letters == ["y"] { return 1 }
        enum Sound { case strong, weak, consonant }
        func sound(_ at: Int) -> Sound {
            let letter = letters[at]
            if spanishVowels.strong.contains(letter) { return .strong }
            if spanishVowels.weak.contains(letter) { return .weak }
            if letter == "y" && at == letters.count - 1 && at > 0 && sound(at - 1) != .consonant { return .weak }
            return .consonant
        }
        var count = 0
        var previous = Sound.consonant
        for at in letters.indices {
            let now = sound(at)
            switch (previous, now) {
            case (_, .consonant): break
            case (.consonant, _): count += 1
            case (.strong, .strong): count += 1  // hiatus
            default: break  // a diphthong: the weak vowel joins the syllable
            }
            previous = now
        }
        return max(1, count)
    }

    /// Spanish's strong and weak vowels: `es.cues`'s `[strongVowels]` and `[weakVowels]`.
    static let spanishVowels: (strong: Set<Character>, weak: Set<Character>) = {
        let lists = WordLists.named("es")
        return (Set(lists["strongVowels"].compactMap(\.first)), Set(lists["weakVowels"].compactMap(\.first)))
    }()

    /// Fernández-Huerta's reading ease, as textstat and most tools compute it: 206.84 − 60 · syllables/word − 1.02 ·
    /// words/sentence. 70 and above is "fairly easy" (bastante fácil) or easier.
    public static func fernandezHuerta(_ c: Counts) -> Double {
        guard c.words > 0, c.sentences > 0 else { return 100 }
        return 206.84 - 60 * Double(c.syllables) / Double(c.words) - 1.02 * Double(c.words) / Double(c.sentences)
    }

    /// Szigriszt-Pazos's perspicuity: 206.835 − 62.3 · syllables/word − words/sentence.
    public static func szigrisztPazos(_ c: Counts) -> Double {
        guard c.words > 0, c.sentences > 0 else { return 100 }
        return 206.835 - 62.3 * Double(c.syllables) / Double(c.words) - Double(c.words) / Double(c.sentences)
    }

    /// The INFLESZ scale's name (Barrio-Cantalejo et al. 2008) for a Szigriszt-Pazos score.
    public static func inflesz(_ score: Double) -> String {
        switch score {
        case ..<40: "muy difícil"
        case ..<55: "algo difícil"
        case ..<65: "normal"
        case ..<80: "bastante fácil"
        default: "muy fácil"
        }
    }

    /// Fernández-Huerta's own scale, in the words Spanish readers use.
    public static func fernandezHuertaBand(_ score: Double) -> String {
        switch score {
        case ..<30: "muy difícil"
        case ..<50: "difícil"
        case ..<60: "algo difícil"
        case ..<70: "normal"
        case ..<80: "bastante fácil"
        case ..<90: "fácil"
        default: "muy fácil"
        }
    }

    /// A school grade read off a Flesch-style ease score with Flesch's own table (90–100 grade 5, 80–90 grade 6, 70–80
    /// grade 7, 60–70 grades 8–9 …), as one line: 4 + (100 − ease) / 10, so that 60 is grade 8.
    public static func gradeFromEase(_ ease: Double) -> Double { max(0, 4 + (100 - ease) / 10) }
}
