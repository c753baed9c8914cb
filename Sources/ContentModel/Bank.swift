/// A content model: what a patient should understand about one topic.
///
/// A bank is a plain value. Every element has a stable id and names its section, so each question
/// generated from it can say where it comes from.
public struct Bank: Sendable, Equatable {
    public var metadata: BankMetadata
    public var sections: [Section]
    public var concepts: [Concept]
    public var groups: [ConceptGroup]
    public var facts: [Fact]
    public var claims: [Claim]
    public var faqs: [FAQ]
    public var actions: [Action]

    public init(
        metadata: BankMetadata, sections: [Section] = [], concepts: [Concept] = [], groups: [ConceptGroup] = [],
        facts: [Fact] = [], claims: [Claim] = [], faqs: [FAQ] = [], actions: [Action] = []
    ) {
        self.metadata = metadata
        self.sections = sections
        self.concepts = concepts
        self.groups = groups
        self.facts = facts
        self.claims = claims
        self.faqs = faqs
        self.actions = actions
    }
}

/// Where an element was written: the file, line and column of its first key.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// Whether a clinician has checked the content.
public enum ReviewStatus: Sendable, Equatable {
    case draft
    case reviewed(by: String, on: String)
}

public struct BankMetadata: Sendable, Equatable {
    public var id: String
    public var title: String
    public var language: String
    public var audience: String
    public var version: String
    public var source: String?
    public var review: ReviewStatus

    public init(
        id: String, title: String, language: String = "en", audience: String = "", version: String = "1",
        source: String? = nil, review: ReviewStatus = .draft
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.audience = audience
        self.version = version
        self.source = source
        self.review = review
    }

    /// One line for a patient or nurse: draft, or reviewed by whom and when.
    public var reviewLine: String {
        let spanish = language.lowercased().hasPrefix("es")
        switch review {
        case .draft:
            return spanish
                ? "Borrador: aún no lo ha revisado un profesional de salud." : "Draft: not yet checked by a clinician."
        case .reviewed(let by, let on):
            return spanish ? "Revisado por \(by) el \(on)." : "Reviewed by \(by) on \(on)."
        }
    }
}

/// A part of the material, with a short passage in plain words.
public struct Section: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var passage: String
    public var objectives: [String]
    public var location: SourceLocation?

    public init(id: String, title: String, passage: String, objectives: [String] = [], location: SourceLocation? = nil)
    {
        self.id = id
        self.title = title
        self.passage = passage
        self.objectives = objectives
        self.location = location
    }
}

/// A named idea with its meaning, e.g. "checkpoint inhibitors".
public struct Concept: Sendable, Equatable, Identifiable {
    public var id: String
    public var term: String
    /// What the term means, written so it completes "\(term) ..." or stands alone as an answer.
    public var definition: String
    public var section: String
    public var synonyms: [String]
    /// Concepts whose definition could also be said of this one (the material describes both alike): the two are
    /// never each other's wrong options, which would be arguably true.
    public var overlaps: [String]
    public var location: SourceLocation?

    public init(
        id: String, term: String, definition: String, section: String, synonyms: [String] = [],
        overlaps: [String] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.term = term
        self.definition = definition
        self.section = section
        self.synonyms = synonyms
        self.overlaps = overlaps
        self.location = location
    }
}

/// A set of concepts that belong together ("types of immunotherapy") and real alternatives that do not.
public struct ConceptGroup: Sendable, Equatable, Identifiable {
    public var id: String
    /// Plural label, e.g. "types of immunotherapy".
    public var label: String
    /// Singular form used in questions, e.g. "a type of immunotherapy".
    public var memberNoun: String
    public var section: String
    public var members: [String]
    public var nonMembers: [String]
    public var location: SourceLocation?

    public init(
        id: String, label: String, memberNoun: String, section: String, members: [String], nonMembers: [String],
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.label = label
        self.memberNoun = memberNoun
        self.section = section
        self.members = members
        self.nonMembers = nonMembers
        self.location = location
    }
}

/// A statement with a key phrase that can be asked for.
public struct Fact: Sendable, Equatable, Identifiable {
    public var id: String
    public var section: String
    /// The whole statement; it contains `answer` word for word.
    public var statement: String
    /// A complete question whose answer is `answer`.
    public var question: String
    public var answer: String
    /// Wrong answers of the same form, each with why it is wrong.
    public var wrong: [WrongOption]
    public var explanation: String?
    public var location: SourceLocation?

    public init(
        id: String, section: String, statement: String, question: String, answer: String, wrong: [WrongOption],
        explanation: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.section = section
        self.statement = statement
        self.question = question
        self.answer = answer
        self.wrong = wrong
        self.explanation = explanation
        self.location = location
    }
}

/// A true or false statement; false ones are often common misconceptions.
public struct Claim: Sendable, Equatable, Identifiable {
    public var id: String
    public var section: String
    public var statement: String
    public var isTrue: Bool
    public var isMisconception: Bool
    public var critical: Bool
    public var explanation: String
    public var location: SourceLocation?

    public init(
        id: String, section: String, statement: String, isTrue: Bool, isMisconception: Bool = false,
        critical: Bool = false, explanation: String, location: SourceLocation? = nil
    ) {
        self.id = id
        self.section = section
        self.statement = statement
        self.isTrue = isTrue
        self.isMisconception = isMisconception
        self.critical = critical
        self.explanation = explanation
        self.location = location
    }
}

/// A question patients often ask, with the answer the material gives.
public struct FAQ: Sendable, Equatable, Identifiable {
    public var id: String
    public var section: String
    public var question: String
    public var answer: String
    /// Answers people sometimes believe, with why they are wrong.
    public var wrong: [WrongOption]
    public var location: SourceLocation?

    public init(
        id: String, section: String, question: String, answer: String, wrong: [WrongOption] = [],
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.section = section
        self.question = question
        self.answer = answer
        self.wrong = wrong
        self.location = location
    }
}

/// A wrong answer, with the correction to show when someone picks it.
public struct WrongOption: Sendable, Equatable {
    public var text: String
    public var feedback: String?

    public init(_ text: String, feedback: String? = nil) {
        self.text = text
        self.feedback = feedback
    }
}

/// A situation and what to do about it; `critical` marks safety items such as when to call the care team.
public struct Action: Sendable, Equatable, Identifiable {
    public var id: String
    public var section: String
    public var situation: String
    public var right: String
    public var wrong: [WrongOption]
    public var critical: Bool
    public var explanation: String
    public var location: SourceLocation?

    public init(
        id: String, section: String, situation: String, right: String, wrong: [WrongOption], critical: Bool = false,
        explanation: String, location: SourceLocation? = nil
    ) {
        self.id = id
        self.section = section
        self.situation = situation
        self.right = right
        self.wrong = wrong
        self.critical = critical
        self.explanation = explanation
        self.location = location
    }
}

extension Bank {
    /// The section with this id, if any.
    public func section(_ id: String) -> Section? { sections.first { $0.id == id } }

    /// The concept with this id, if any.
    public func concept(_ id: String) -> Concept? { concepts.first { $0.id == id } }

    /// Where the element with this id was written, if the bank was loaded from files.
    public func location(of id: String) -> SourceLocation? {
        if let s = sections.first(where: { $0.id == id }) { return s.location }
        if let c = concepts.first(where: { $0.id == id }) { return c.location }
        if let g = groups.first(where: { $0.id == id }) { return g.location }
        if let f = facts.first(where: { $0.id == id }) { return f.location }
        if let c = claims.first(where: { $0.id == id }) { return c.location }
        if let f = faqs.first(where: { $0.id == id }) { return f.location }
        if let a = actions.first(where: { $0.id == id }) { return a.location }
        return nil
    }

    /// Counts of each kind of element, as `bank check` prints them.
    public var countsLine: String {
        "\(sections.count) sections, \(concepts.count) concepts, \(groups.count) groups, \(facts.count) facts, "
            + "\(claims.count) claims, \(faqs.count) FAQs, \(actions.count) actions"
    }
}

// Codable, so a checked bank can be cached by the trainer and read back without parsing YAML.
extension Bank: Codable {}
extension BankMetadata: Codable {}
extension ReviewStatus: Codable {}
extension SourceLocation: Codable {}
extension Section: Codable {}
extension Concept: Codable {}
extension ConceptGroup: Codable {}
extension Fact: Codable {}
extension Claim: Codable {}
extension FAQ: Codable {}
extension WrongOption: Codable {}
extension Action: Codable {}
