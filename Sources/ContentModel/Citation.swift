/// The document a bank teaches from: a title, and the file (beside the bank's YAML) its quotes are checked against.
public struct BankSource: Sendable, Equatable, Codable {
    public var title: String
    /// A path relative to the bank's folder; nil for a title alone (then no quote can be checked).
    public var file: String?
    public var url: String?
    public var retrieved: String?

    public init(title: String, file: String? = nil, url: String? = nil, retrieved: String? = nil) {
        self.title = title
        self.file = file
        self.url = url
        self.retrieved = retrieved
    }
}

/// A sentence (or the part of one) of the source, as the bank quotes it, with where the bank quotes it.
public struct Quote: Sendable, Equatable, Codable {
    public var text: String
    public var location: SourceLocation?

    public init(_ text: String, location: SourceLocation? = nil) {
        self.text = text
        self.location = location
    }
}

/// What an element teaches, traced to its source: the sentences it quotes, and — where it goes beyond them — why,
/// and the reference, for a clinician to review.
///
/// PEMAT and clinician review both start here: every key can be put beside the sentence it comes from.
public struct Citation: Sendable, Equatable, Codable {
    public var quotes: [Quote]
    /// What goes beyond the source, why, and the reference; nil when the element teaches only what it quotes.
    public var beyondSource: String?

    public init(quotes: [Quote] = [], beyondSource: String? = nil) {
        self.quotes = quotes
        self.beyondSource = beyondSource
    }

    /// Whether the element says where its teaching comes from, one way or the other.
    public var isEmpty: Bool { quotes.isEmpty && beyondSource == nil }
}

/// A learning objective of a section, with the elements that test it (none named: any element of the section).
public struct Objective: Sendable, Equatable, Codable {
    public var text: String
    public var taughtBy: [String]

    public init(_ text: String, taughtBy: [String] = []) {
        self.text = text
        self.taughtBy = taughtBy
    }
}

/// A real alternative that is not a member of a group ("Chemotherapy" among types of immunotherapy), with where the
/// source says it is not one — a wrong option must be wrong by the material, not by the author's say-so.
public struct NonMember: Sendable, Equatable, Codable {
    public var text: String
    /// As it reads in a sentence ("la quimioterapia"), for the feedback "La quimioterapia no es …".
    public var termInSentence: String?
    public var plural: Bool
    public var citation: Citation

    public init(_ text: String, termInSentence: String? = nil, plural: Bool = false, citation: Citation = Citation()) {
        self.text = text
        self.termInSentence = termInSentence
        self.plural = plural
        self.citation = citation
    }
}

/// An element an earlier version of the bank asked and this one does not: its id is never used again for another
/// meaning, and learners' answers to it stay in the record.
public struct Retired: Sendable, Equatable, Codable {
    public var id: String
    public var kind: String
    public var why: String
    /// The element that now teaches its point, if any.
    public var by: String?

    public init(id: String, kind: String, why: String, by: String? = nil) {
        self.id = id
        self.kind = kind
        self.why = why
        self.by = by
    }
}

/// What one element of a bank says about where its teaching comes from and which teaching point it serves.
public protocol Cited {
    var id: String { get }
    var section: String { get }
    var citation: Citation { get }
    var location: SourceLocation? { get }
}
