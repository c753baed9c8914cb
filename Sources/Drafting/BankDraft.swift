public import Words

/// A bank drafted from a handout: its sections (the handout's own paragraphs) and candidate elements, each quoting the
/// handout, with what a draft cannot know left as placeholders for an educator to write.
public struct BankDraft: Sendable {
    public var id: String
    public var title: String
    public var language: String
    /// The handout's file name, as the copy beside the bank is named.
    public var sourceFile: String
    public var sections: [DraftSection]
    public var elements: [DraftElement]

    public func elements(_ kind: DraftElement.Kind) -> [DraftElement] { elements.filter { $0.kind == kind } }
}

/// A section: a heading of the handout and the paragraphs under it, word for word.
public struct DraftSection: Sendable {
    public var id: String
    public var title: String
    /// The section's lines: paragraphs, list items (with a "- "), sub-headings.
    public var lines: [String]
}

/// One candidate element: its kind, id, section, quotes and fields in the order they are written.
public struct DraftElement: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case faq, concept, group, fact, claim, action
    }

    /// A field's value.
    public enum Value: Sendable {
        case text(String)
        /// What the draft cannot know: written as `TO WRITE: hint`, which `bank check` reports with its line.
        case toWrite(Message)
        case flag(Bool)
        case ids([String])
        /// Wrong answers, each a placeholder text and a placeholder feedback.
        case wrongToWrite(count: Int, text: Message, feedback: Message)
        /// A group's non-members, each a placeholder.
        case nonMembersToWrite(count: Int, text: Message)
    }

    public var kind: Kind
    public var id: String
    public var section: String
    public var fields: [(key: String, value: Value)]
    public var quotes: [String]

    /// The first sentence it quotes: what it teaches.
    public var mainQuote: String { quotes.first ?? "" }
}
