/// The shapes a question can take.
public enum ItemKind: String, Sendable, Codable, CaseIterable {
    case termToDefinition = "term-definition"
    case definitionToTerm = "definition-term"
    case groupMember = "group-member"
    case groupNotMember = "group-not"
    case factQuestion = "fact"
    case factCompletion = "fact-completion"
    case trueFalse = "true-false"
    case faq = "faq"
    case scenario = "scenario"
}

extension ItemKind {
    /// Whether the wrong options are written by the bank's author (facts, FAQs, actions), not drawn from concepts.
    var hasAuthoredOptions: Bool {
        switch self {
        case .factQuestion, .factCompletion, .faq, .scenario: true
        case .termToDefinition, .definitionToTerm, .groupMember, .groupNotMember, .trueFalse: false
        }
    }
}

extension ItemKind {
    /// The kind of content element items of this kind are made from: with the element's id, a teaching point.
    public var element: String {
        switch self {
        case .termToDefinition, .definitionToTerm: "concept"
        case .groupMember, .groupNotMember: "group"
        case .factQuestion, .factCompletion: "fact"
        case .trueFalse: "claim"
        case .faq: "faq"
        case .scenario: "action"
        }
    }
}
