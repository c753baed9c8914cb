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
