public import Words
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
    /// Elements an earlier version asked and this one no longer does: their ids are never used again.
    public var retired: [Retired]

    public init(
        metadata: BankMetadata, sections: [Section] = [], concepts: [Concept] = [], groups: [ConceptGroup] = [],
        facts: [Fact] = [], claims: [Claim] = [], faqs: [FAQ] = [], actions: [Action] = [], retired: [Retired] = []
    ) {
        self.metadata = metadata
        self.sections = sections
        self.concepts = concepts
        self.groups = groups
        self.facts = facts
        self.claims = claims
        self.faqs = faqs
        self.actions = actions
        self.retired = retired
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
    /// The document the bank teaches from; its `file`, when given, is what every quote is checked against.
    public var source: BankSource?
    public var review: ReviewStatus

    public init(
        id: String, title: String, language: String = "en", audience: String = "", version: String = "1",
        source: BankSource? = nil, review: ReviewStatus = .draft
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.audience = audience
        self.version = version
        self.source = source
        self.review = review
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
    public var countsLine: Message {
        Message(
            "{sections}, {concepts}, {groups}, {facts}, {claims}, {faqs}, {actions}",
            [
                "sections": Message.plural("{count} section", "{count} sections", count: sections.count),
                "concepts": Message.plural("{count} concept", "{count} concepts", count: concepts.count),
                "groups": Message.plural("{count} group", "{count} groups", count: groups.count),
                "facts": Message.plural("{count} fact", "{count} facts", count: facts.count),
                "claims": Message.plural("{count} claim", "{count} claims", count: claims.count),
                "faqs": Message.plural("{count} FAQ", "{count} FAQs", count: faqs.count),
                "actions": Message.plural("{count} action", "{count} actions", count: actions.count),
            ])
    }
}

// Codable, so a checked bank can be cached by the trainer and read back without parsing YAML.
extension Bank: Codable {}
extension BankMetadata: Codable {}
extension ReviewStatus: Codable {}
extension SourceLocation: Codable {}
