/// The words the generator writes around a bank's own text (stems, true/false, feedback), in the bank's language.
///
/// The bank's `language` chooses it: "es" (or "es-…") is Spanish, anything else English. Only the words the generator
/// adds change; the content is the author's, in whatever language they wrote it.
public enum Phrasing: String, Sendable, CaseIterable {
    case english = "en"
    case spanish = "es"

    /// The phrasing of a bank's `language` code ("es", "es-MX", "en").
    public init(code: String) {
        let base = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init)
        self = base == "es" ? .spanish : .english
    }

    /// "Which of these best describes the immune system?" — `term` as it reads in a sentence; `quoted` when the bank
    /// gave no such form (then Spanish sets the bare term in «», so no article is missing).
    func termToDefinition(_ term: String, quoted: Bool) -> String {
        switch self {
        case .english: "Which of these best describes \(term)?"
        case .spanish: "¿Cuál de estas opciones describe mejor \(quoted ? "«\(term)»" : term)?"
        }
    }

    /// "What is the name for cancer that comes back after treatment?"
    func definitionToTerm(_ lowerDefinition: String) -> String {
        switch self {
        case .english: "What is the name for \(lowerDefinition)?"
        case .spanish: "¿Cómo se llama esto: \(lowerDefinition)?"
        }
    }

    func groupMember(_ noun: String) -> String {
        switch self {
        case .english: "Which of these is \(noun)?"
        case .spanish: "¿Cuál de estas opciones es \(noun)?"
        }
    }

    func groupNotMember(_ noun: String) -> String {
        switch self {
        case .english: "Which of these is NOT \(noun)?"
        case .spanish: "¿Cuál de estas opciones NO es \(noun)?"
        }
    }

    func completion(_ blanked: String) -> String {
        switch self {
        case .english: "Complete the sentence: \(blanked)"
        case .spanish: "Complete la frase: \(blanked)"
        }
    }

    func trueOrFalse(_ statement: String) -> String {
        switch self {
        case .english: "True or false: \(statement)"
        case .spanish: "¿Verdadero o falso? \(statement)"
        }
    }

    /// The two options of a true-or-false item.
    public var trueWord: String { self == .english ? "True" : "Verdadero" }
    public var falseWord: String { self == .english ? "False" : "Falso" }

    func scenario(_ situation: String) -> String {
        switch self {
        case .english: "\(situation) What should you do?"
        case .spanish: "\(situation) ¿Qué debe hacer?"
        }
    }

    /// Feedback on another concept's definition chosen for a term (it does not say which: that would answer the
    /// other concept's questions).
    var describesSomethingElse: String {
        switch self {
        case .english: "That describes something else."
        case .spanish: "Eso describe otra cosa."
        }
    }

    /// Feedback on another concept's term chosen for a definition: "Monoclonal antibodies are something else."
    func isSomethingElse(_ term: String, inSentence: String?, plural: Bool) -> String {
        let subject = subject(term, inSentence: inSentence)
        return switch self {
        case .english: "\(subject) \(plural ? "are" : "is") something else."
        case .spanish: "\(subject) \(plural ? "son" : "es") otra cosa."
        }
    }

    /// The subject of a sentence about a named thing: its in-sentence form capitalised ("La quimioterapia"), else
    /// the name itself (in Spanish set in «», so no article is missing).
    func subject(_ text: String, inSentence: String?) -> String {
        if let inSentence { return Text.upperFirst(inSentence) }
        return self == .spanish ? "«\(text)»" : text
    }

    /// "Chemotherapy is not a type of immunotherapy." / "Las medicinas que bloquean hormonas no son …".
    func isNot(_ text: String, inSentence: String? = nil, _ noun: String, plural: Bool) -> String {
        let subject = subject(text, inSentence: inSentence)
        return switch self {
        case .english: "\(subject) \(plural ? "are" : "is") not \(noun)."
        case .spanish: "\(subject) no \(plural ? "son" : "es") \(noun)."
        }
    }

    func `is`(_ text: String, inSentence: String? = nil, _ noun: String, plural: Bool) -> String {
        let subject = subject(text, inSentence: inSentence)
        return switch self {
        case .english: "\(subject) \(plural ? "are" : "is") \(noun)."
        case .spanish: "\(subject) \(plural ? "son" : "es") \(noun)."
        }
    }

    /// "The types of immunotherapy are a, b, and c."
    func membersAre(_ label: String, _ names: [String]) -> String {
        switch self {
        case .english: "The \(label) are \(list(names))."
        case .spanish: "\(Text.upperFirst(label)): \(list(names))."
        }
    }

    /// Feedback on "true" for a false statement many people believe.
    func misconception(_ explanation: String) -> String {
        switch self {
        case .english: "Many people think so, but it is not true. \(explanation)"
        case .spanish: "Mucha gente lo cree, pero no es cierto. \(explanation)"
        }
    }

    /// "a, b, and c" / "a, b y c".
    func list(_ items: [String]) -> String {
        let and = self == .english ? "and" : "y"
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return "\(items[0]) \(and) \(items[1])"
        default:
            return items.dropLast().joined(separator: ", ") + (self == .english ? ", and " : " y ") + (items.last ?? "")
        }
    }

    /// Words written in capitals when a stem uses them ("NOT", "NO").
    var negatives: [String] {
        switch self {
        case .english: ["not", "never", "except"]
        case .spanish: ["no", "nunca", "excepto", "salvo"]
        }
    }
}
