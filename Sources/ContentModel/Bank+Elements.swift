/// A part of the material, with a short passage in plain words.
public struct Section: Sendable, Equatable, Identifiable, Codable {
    public var id: String
    public var title: String
    public var passage: String
    public var objectives: [Objective]
    public var citation: Citation
    public var location: SourceLocation?

    public init(
        id: String, title: String, passage: String, objectives: [Objective] = [], citation: Citation = Citation(),
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.passage = passage
        self.objectives = objectives
        self.citation = citation
        self.location = location
    }
}

/// A named idea with its meaning, e.g. "checkpoint inhibitors".
public struct Concept: Sendable, Equatable, Identifiable, Codable, Cited {
    public var id: String
    public var term: String
    /// What the term means, written so it completes "\(term) ..." or stands alone as an answer.
    public var definition: String
    public var section: String
    public var synonyms: [String]
    /// Concepts whose definition could also be said of this one (the material describes both alike): the two are
    /// never each other's wrong options, which would be arguably true.
    public var overlaps: [String]
    /// Concepts this one's definition also describes (one way only): it is never a wrong option of theirs, and their
    /// terms never wrong answers to it.
    public var definitionAlsoFits: [String]
    /// Wrong definitions written by the author, beside the siblings' definitions.
    public var wrong: [WrongOption]
    /// The term as it reads inside a sentence ("the immune system"); nil: the term, its first letter lowered.
    public var termInSentence: String?
    /// Whether the term is plural ("Monoclonal antibodies are…").
    public var plural: Bool
    /// The forms asked (`term-definition`, `definition-term`); nil for both.
    public var forms: [String]?
    /// Why no form is asked, when `forms` is empty.
    public var notAsked: String?
    public var citation: Citation
    public var location: SourceLocation?

    public init(
        id: String, term: String, definition: String, section: String, synonyms: [String] = [],
        overlaps: [String] = [], definitionAlsoFits: [String] = [], wrong: [WrongOption] = [],
        termInSentence: String? = nil, plural: Bool = false, forms: [String]? = nil, notAsked: String? = nil,
        citation: Citation = Citation(), location: SourceLocation? = nil
    ) {
        self.id = id
        self.term = term
        self.definition = definition
        self.section = section
        self.synonyms = synonyms
        self.overlaps = overlaps
        self.definitionAlsoFits = definitionAlsoFits
        self.wrong = wrong
        self.termInSentence = termInSentence
        self.plural = plural
        self.forms = forms
        self.notAsked = notAsked
        self.citation = citation
        self.location = location
    }

    /// Whether the form named `form` is asked.
    public func asks(_ form: String) -> Bool { forms?.contains(form) ?? true }
}

/// A set of concepts that belong together ("types of immunotherapy") and real alternatives that do not.
public struct ConceptGroup: Sendable, Equatable, Identifiable, Codable, Cited {
    public var id: String
    /// Plural label, e.g. "types of immunotherapy".
    public var label: String
    /// Singular form used in questions, e.g. "a type of immunotherapy".
    public var memberNoun: String
    public var section: String
    public var members: [String]
    public var nonMembers: [NonMember]
    /// The members' question, where "Which of these is a …?" does not fit them.
    public var question: String?
    /// Whether the "Which of these is NOT …?" form is asked.
    public var asksNotMember: Bool
    public var citation: Citation
    public var location: SourceLocation?

    public init(
        id: String, label: String, memberNoun: String, section: String, members: [String], nonMembers: [NonMember],
        question: String? = nil, asksNotMember: Bool = true, citation: Citation = Citation(),
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.label = label
        self.memberNoun = memberNoun
        self.section = section
        self.members = members
        self.nonMembers = nonMembers
        self.question = question
        self.asksNotMember = asksNotMember
        self.citation = citation
        self.location = location
    }
}

/// A statement with a key phrase that can be asked for.
public struct Fact: Sendable, Equatable, Identifiable, Codable, Cited {
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
    /// A safety point (recognising a side effect, a warning sign).
    public var critical: Bool
    /// The element whose teaching point this one is a form of (variants of one rule share one schedule).
    public var point: String?
    /// The forms asked (`question`, `completion`); nil for both.
    public var forms: [String]?
    public var citation: Citation
    public var location: SourceLocation?

    public init(
        id: String, section: String, statement: String, question: String, answer: String, wrong: [WrongOption],
        explanation: String? = nil, critical: Bool = false, point: String? = nil, forms: [String]? = nil,
        citation: Citation = Citation(), location: SourceLocation? = nil
    ) {
        self.id = id
        self.section = section
        self.statement = statement
        self.question = question
        self.answer = answer
        self.wrong = wrong
        self.explanation = explanation
        self.critical = critical
        self.point = point
        self.forms = forms
        self.citation = citation
        self.location = location
    }

    public func asks(_ form: String) -> Bool { forms?.contains(form) ?? true }
}

/// A true or false statement; false ones are often common misconceptions.
public struct Claim: Sendable, Equatable, Identifiable, Codable, Cited {
    public var id: String
    public var section: String
    public var statement: String
    public var isTrue: Bool
    public var isMisconception: Bool
    public var critical: Bool
    public var explanation: String
    public var point: String?
    public var citation: Citation
    public var location: SourceLocation?

    public init(
        id: String, section: String, statement: String, isTrue: Bool, isMisconception: Bool = false,
        critical: Bool = false, explanation: String, point: String? = nil, citation: Citation = Citation(),
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.section = section
        self.statement = statement
        self.isTrue = isTrue
        self.isMisconception = isMisconception
        self.critical = critical
        self.explanation = explanation
        self.point = point
        self.citation = citation
        self.location = location
    }
}

/// A question patients often ask, with the answer the material gives.
public struct FAQ: Sendable, Equatable, Identifiable, Codable, Cited {
    public var id: String
    public var section: String
    public var question: String
    public var answer: String
    /// Answers people sometimes believe, with why they are wrong.
    public var wrong: [WrongOption]
    public var critical: Bool
    public var point: String?
    public var citation: Citation
    public var location: SourceLocation?

    public init(
        id: String, section: String, question: String, answer: String, wrong: [WrongOption] = [],
        critical: Bool = false, point: String? = nil, citation: Citation = Citation(), location: SourceLocation? = nil
    ) {
        self.id = id
        self.section = section
        self.question = question
        self.answer = answer
        self.wrong = wrong
        self.critical = critical
        self.point = point
        self.citation = citation
        self.location = location
    }
}

/// A wrong answer, with the correction to show when someone picks it.
public struct WrongOption: Sendable, Equatable, Codable {
    public var text: String
    public var feedback: String?
    /// For an action's wrong option: what it gets wrong — `when`, `whom`, `what`.
    public var differs: [String]
    /// Where its feedback teaches beyond the source: why, and the reference.
    public var beyondSource: String?

    public init(_ text: String, feedback: String? = nil, differs: [String] = [], beyondSource: String? = nil) {
        self.text = text
        self.feedback = feedback
        self.differs = differs
        self.beyondSource = beyondSource
    }
}

/// A situation and what to do about it; `critical` marks safety items such as when to call the care team.
public struct Action: Sendable, Equatable, Identifiable, Codable, Cited {
    public var id: String
    public var section: String
    public var situation: String
    public var right: String
    public var wrong: [WrongOption]
    public var critical: Bool
    public var explanation: String
    /// The source's rule this situation applies ("report-right-away"): one teaching point a rule.
    public var rule: String?
    public var point: String?
    public var citation: Citation
    public var location: SourceLocation?

    public init(
        id: String, section: String, situation: String, right: String, wrong: [WrongOption], critical: Bool = false,
        explanation: String, rule: String? = nil, point: String? = nil, citation: Citation = Citation(),
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.section = section
        self.situation = situation
        self.right = right
        self.wrong = wrong
        self.critical = critical
        self.explanation = explanation
        self.rule = rule
        self.point = point
        self.citation = citation
        self.location = location
    }
}
