import Words

/// The word lists the adversary's cues read options through, one table per language (adversary.md §3).
///
/// Plain data, never derived from a bank: a list tuned on the bank it judges would find only what it was tuned to.
/// The lists are read from each language's `.cues` file beside its catalogue (`Words.WordLists`); a test checks that
/// every file has every list. Phrases are matched as whole words after `AdversaryText` has normalised them, and
/// without accents, so "medico" finds "médico".
struct CueLists: Sendable {
    /// The lists, by name: the cues ask for a list by name, and a list's count is indexed by `rawValue`.
    enum Name: Int, CaseIterable, Sendable {
        case careTeam, report, otherHelp, urgency, delay, unsafe, familiarTreatment, remedy, body, measure, timeUnit
        case hedge, absolute, negation, negatedAbsolute

        /// The list's name in a `.cues` file.
        var fileName: String { String(describing: self) }
    }

    /// Who is on the care team.
    var careTeam: [String]
    /// Verbs of telling someone.
    var report: [String]
    /// Help that is not the care team.
    var otherHelp: [String]
    /// Acting soon.
    var urgency: [String]
    /// Waiting.
    var delay: [String]
    /// What no patient should do: hide, wait, stop or double on your own.
    var unsafe: [String]
    /// Well-known other treatments.
    var familiarTreatment: [String]
    /// Home remedies and everyday medicines.
    var remedy: [String]
    /// Parts of the body.
    var body: [String]
    /// Things a clinic measures.
    var measure: [String]
    /// Units of time.
    var timeUnit: [String]
    /// Words that hedge.
    var hedge: [String]
    /// Absolutes.
    var absolute: [String]
    /// Negations.
    var negation: [String]
    /// An absolute negated ("not always", "no todos"): a hedge, not an absolute — a test-wise reader takes "Not
    /// always" for the careful answer.
    var negatedAbsolute: [String]
    /// The generator's frames around a stem, lower case: their words are the generator's, no clue. The prototype's,
    /// and the new definition → term stems ("What is the name for …?", "¿Cómo se llama esto: …?"), which change
    /// none of the prototype's figures on its items.
    var stemFrames: [String]

    subscript(_ name: Name) -> [String] {
        switch name {
        case .careTeam: careTeam
        case .report: report
        case .otherHelp: otherHelp
        case .urgency: urgency
        case .delay: delay
        case .unsafe: unsafe
        case .familiarTreatment: familiarTreatment
        case .remedy: remedy
        case .body: body
        case .measure: measure
        case .timeUnit: timeUnit
        case .hedge: hedge
        case .absolute: absolute
        case .negation: negation
        case .negatedAbsolute: negatedAbsolute
        }
    }

    /// The lists of a language.
    static func of(_ language: Phrasing) -> CueLists {
        switch language {
        case .english: english
        case .spanish: spanish
        case .chinese: chinese
        }
    }

    static let english = CueLists(WordLists.named(Phrasing.english.rawValue))
    static let spanish = CueLists(WordLists.named(Phrasing.spanish.rawValue))
    static let chinese = CueLists(WordLists.named(Phrasing.chinese.rawValue))

    /// Every list's name in a `.cues` file: the field's.
    static let fileNames: [String] = Name.allCases.map(\.fileName) + ["stemFrames"]

    /// The lists whose presence makes an option's kind (category-mismatch compares these signatures).
    static let categories: [Name] = [.careTeam, .otherHelp, .familiarTreatment, .remedy, .body, .measure, .timeUnit]

    /// Words too common to carry meaning, every language's (each file's `[stopWords]`), with the generator's own words
    /// ("complete", "true"): one list for all, as the prototype has it, so content words are the same whichever
    /// language is read.
    static let stopWords: Set<String> = Set(WordLists.all.flatMap { $0["stopWords"] })
}

extension CueLists {
    /// A language's lists from its file.
    init(_ data: WordLists) {
        self.init(
            careTeam: data["careTeam"], report: data["report"], otherHelp: data["otherHelp"],
            urgency: data["urgency"], delay: data["delay"], unsafe: data["unsafe"],
            familiarTreatment: data["familiarTreatment"], remedy: data["remedy"], body: data["body"],
            measure: data["measure"], timeUnit: data["timeUnit"], hedge: data["hedge"], absolute: data["absolute"],
            negation: data["negation"], negatedAbsolute: data["negatedAbsolute"], stemFrames: data["stemFrames"])
    }
}
