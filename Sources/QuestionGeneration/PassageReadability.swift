import ContentModel
import Words

/// How hard each section's passage is to read, with the formula of the bank's language: Flesch–Kincaid grade and
/// Flesch reading ease for English; Fernández-Huerta, and Szigriszt-Pazos on the INFLESZ scale, for Spanish.
///
/// Passages are measured as written, medical names and all (unlike items, where taught terms count as one short word):
/// they are what the patient reads, and the figures can be checked with any other tool.
public struct PassageReadability: Sendable, Equatable, CustomStringConvertible {
    public var sectionID: String
    public var location: SourceLocation?
    public var phrasing: Phrasing
    public var counts: Readability.Counts
    /// English: Flesch reading ease; Spanish: Fernández-Huerta.
    public var ease: Double
    /// English: Flesch–Kincaid grade; Spanish: Szigriszt-Pazos.
    public var second: Double

    /// The easiest a passage may be held to: US grade 8 for English; Fernández-Huerta 70 ("bastante fácil") for
    /// Spanish.
    public static let maximumGrade = 8.0
    public static let minimumFernandezHuerta = 70.0
    /// No readability formula exists for Chinese (none is validated as Flesch is for English): its passages are held
    /// to an average sentence length in characters instead — a heuristic of this project, not a published scale.
    public static let maximumChineseCharactersPerSentence = 30.0

    public init(section: Section, phrasing: Phrasing) {
        sectionID = section.id
        location = section.location
        self.phrasing = phrasing
        switch phrasing {
        case .english:
            counts = Readability.counts(section.passage)
            ease = Readability.fleschReadingEase(section.passage)
            second = Readability.fleschKincaidGrade(counts)
        case .spanish:
            counts = Readability.spanishCounts(section.passage)
            ease = Readability.fernandezHuerta(counts)
            second = Readability.szigrisztPazos(counts)
        case .chinese:
            counts = Readability.chineseCounts(section.passage)
            ease = Double(counts.words) / Double(max(1, counts.sentences))
            second = 0
        }
    }

    /// Whether the passage is as easy as it must be.
    public var passes: Bool {
        switch phrasing {
        case .english: second <= Self.maximumGrade
        case .spanish: ease >= Self.minimumFernandezHuerta
        case .chinese: ease <= Self.maximumChineseCharactersPerSentence
        }
    }

    static func format(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// The figures in a line for an educator, said in the reader's language at the edge.
    public var message: Message {
        switch phrasing {
        case .english:
            Message(
                "{section}: Flesch–Kincaid grade {grade}, reading ease {ease} ({words} words, {sentences} sentences, {syllables} syllables)",
                [
                    "section": sectionID, "grade": Self.format(second), "ease": Self.format(ease),
                    "words": counts.words, "sentences": counts.sentences, "syllables": counts.syllables,
                ])
        case .spanish:
            Message(
                "{section}: Fernández-Huerta {ease} ({band}), Szigriszt-Pazos {second} (INFLESZ: {inflesz}) ({words} words, {sentences} sentences, {syllables} syllables)",
                [
                    "section": sectionID, "ease": Self.format(ease), "band": Readability.fernandezHuertaBand(ease),
                    "second": Self.format(second), "inflesz": Readability.inflesz(second), "words": counts.words,
                    "sentences": counts.sentences, "syllables": counts.syllables,
                ])
        case .chinese:
            Message(
                "{section}: no readability formula exists for Chinese; {characters} characters a sentence (at most {maximum}) ({count} characters, {sentences} sentences)",
                [
                    "section": sectionID, "characters": Self.format(ease),
                    "maximum": Int(Self.maximumChineseCharactersPerSentence), "count": counts.words,
                    "sentences": counts.sentences,
                ])
        }
    }

    /// The figures in English.
    public var description: String { message.description }

    /// Every section's figures.
    public static func of(_ bank: Bank) -> [PassageReadability] {
        let phrasing = Phrasing(code: bank.metadata.language)
        return bank.sections.map { PassageReadability(section: $0, phrasing: phrasing) }
    }

    /// A failure for each passage that is harder than it may be.
    static func findings(_ bank: Bank) -> [LintFinding] {
        of(bank).filter { !$0.passes }.map { p in
            let message =
                switch p.phrasing {
                case .english:
                    Message(
                        "reading grade {grade} is above {maximum}; use shorter sentences and shorter words",
                        ["grade": format(p.second), "maximum": Int(maximumGrade)])
                case .spanish:
                    Message(
                        "Fernández-Huerta {ease} is below {minimum} (\"bastante fácil\"); use shorter sentences and shorter words",
                        ["ease": format(p.ease), "minimum": Int(minimumFernandezHuerta)])
                case .chinese:
                    Message(
                        "{characters} characters a sentence is above {maximum} (no readability formula exists for Chinese); use shorter sentences",
                        ["characters": format(p.ease), "maximum": Int(maximumChineseCharactersPerSentence)])
                }
            return LintFinding(
                itemID: "section \(p.sectionID)", rule: "passage-readability", message: message, location: p.location,
                repaired: false)
        }
    }
}
