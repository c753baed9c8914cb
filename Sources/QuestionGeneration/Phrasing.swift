import Words

/// The words the generator writes around a bank's own text (stems, true/false, feedback), in the bank's language.
///
/// The bank's `language` chooses it: "es" (or "es-…") is Spanish, "zh-Hans" (or "zh-CN"…) Simplified Chinese,
/// anything else English. Only the words the generator adds change; the content is the author's, in whatever
/// language they wrote it. Each case also chooses how readability is measured and which cue words the adversary reads.
public enum Phrasing: String, Sendable, CaseIterable {
    case english = "en"
    case spanish = "es"
    case chinese = "zh-Hans"

    /// The phrasing of a bank's `language` code ("es", "es-MX", "en", "zh-Hans").
    public init(code: String) {
        let parts = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." })
        switch parts.first {
        case "es": self = .spanish
        case "zh" where !parts.contains(where: { ["hant", "tw", "hk", "mo"].contains($0) }): self = .chinese
        default: self = .english
        }
    }

    /// The catalogue the generator's sentences come from (`Words`): the bank's language, English when none.
    private var l: Catalogue { Catalogue.named(rawValue) }

    /// "Which of these best describes the immune system?" — `term` as it reads in a sentence; `quoted` when the bank
    /// gave no such form (then Spanish sets the bare term in «», so no article is missing).
    func termToDefinition(_ term: String, quoted: Bool) -> String {
        l.text("Which of these best describes {term}?", ["term": quoted ? bare(term) : term])
    }

    /// A term named without the article a sentence needs: as it is in English, «term» in Spanish.
    private func bare(_ term: String) -> String {
        l.text("{term}", context: "a term named without its article", ["term": term])
    }

    /// "What is the name for cancer that comes back after treatment?"
    func definitionToTerm(_ lowerDefinition: String) -> String {
        l.text("What is the name for {definition}?", ["definition": lowerDefinition])
    }

    func groupMember(_ noun: String) -> String { l.text("Which of these is {noun}?", ["noun": noun]) }

    func groupNotMember(_ noun: String) -> String { l.text("Which of these is NOT {noun}?", ["noun": noun]) }

    func completion(_ blanked: String) -> String { l.text("Complete the sentence: {sentence}", ["sentence": blanked]) }

    func trueOrFalse(_ statement: String) -> String {
        l.text("True or false: {statement}", ["statement": statement])
    }

    /// The two options of a true-or-false item.
    public var trueWord: String { l.text("True", context: "a true-or-false option") }
    public var falseWord: String { l.text("False", context: "a true-or-false option") }

    func scenario(_ situation: String) -> String { l.text("{situation} What should you do?", ["situation": situation]) }

    /// Feedback on another concept's definition chosen for a term (it does not say which: that would answer the
    /// other concept's questions).
    var describesSomethingElse: String { l.text("That describes something else.") }

    /// Feedback on another concept's term chosen for a definition: "Monoclonal antibodies are something else."
    func isSomethingElse(_ term: String, inSentence: String?, plural: Bool) -> String {
        let subject = subject(term, inSentence: inSentence)
        return plural
            ? l.text("{subject} are something else.", ["subject": subject])
            : l.text("{subject} is something else.", ["subject": subject])
    }

    /// The subject of a sentence about a named thing: its in-sentence form capitalised ("La quimioterapia"), else
    /// the name itself (in Spanish set in «», so no article is missing).
    func subject(_ text: String, inSentence: String?) -> String {
        if let inSentence { return Text.upperFirst(inSentence) }
        return bare(text)
    }

    /// "Chemotherapy is not a type of immunotherapy." / "Las medicinas que bloquean hormonas no son …".
    func isNot(_ text: String, inSentence: String? = nil, _ noun: String, plural: Bool) -> String {
        let subject = subject(text, inSentence: inSentence)
        return plural
            ? l.text("{subject} are not {noun}.", ["subject": subject, "noun": noun])
            : l.text("{subject} is not {noun}.", ["subject": subject, "noun": noun])
    }

    func `is`(_ text: String, inSentence: String? = nil, _ noun: String, plural: Bool) -> String {
        let subject = subject(text, inSentence: inSentence)
        return plural
            ? l.text("{subject} are {noun}.", ["subject": subject, "noun": noun])
            : l.text("{subject} is {noun}.", ["subject": subject, "noun": noun])
    }

    /// "The types of immunotherapy are a, b, and c." (a sentence, so its first letter is a capital: Spanish starts
    /// with the label).
    func membersAre(_ label: String, _ names: [String]) -> String {
        Text.upperFirst(l.text("The {label} are {members}.", ["label": label, "members": list(names)]))
    }

    /// A concept's explanation after a question about it: "Recurrence: cancer that comes back after treatment."
    func definitionLine(_ term: String, _ lowerDefinition: String) -> String {
        l.text("{term}: {definition}.", ["term": term, "definition": lowerDefinition])
    }

    /// Feedback on "true" for a false statement many people believe.
    func misconception(_ explanation: String) -> String {
        l.text("Many people think so, but it is not true. {explanation}", ["explanation": explanation])
    }

    /// "a, b, and c" / "a, b y c".
    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return l.text("{first} and {second}", ["first": items[0], "second": items[1]])
        default:
            let head = items.dropLast().joined(separator: l.text(", ", context: "between the items of a list"))
            return l.text("{items}, and {last}", ["items": head, "last": items.last ?? ""])
        }
    }

    /// Words written in capitals when a stem uses them ("NOT", "NO"): the `[capitalisedNegatives]` list of the
    /// language's `.cues` file (none in Chinese, which has no capitals: its catalogue quotes the negation instead).
    var negatives: [String] { WordLists.named(rawValue)["capitalisedNegatives"] }
}
