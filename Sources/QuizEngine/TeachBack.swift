import ContentModel
import QuestionGeneration
import LearnerModel

/// What a nurse can ask to check understanding of a missed question, in the teach-back method.
public enum TeachBack {
    /// The question to ask and what to listen for.
    public static func prompt(for item: Item, in bank: Bank) -> (ask: String, listenFor: String) {
        switch item.kind {
        case .scenario:
            let situation = bank.actions.first { $0.id == item.source }?.situation ?? item.stem
            return ("\(situation) In your own words, what would you do?", item.key)
        case .termToDefinition, .definitionToTerm, .groupMember:
            let conceptID = item.kind == .groupMember ? item.topic : item.source
            if let concept = bank.concept(conceptID) {
                return ("In your own words, what does “\(lowerFirst(concept.term))” mean?", concept.definition)
            }
        case .groupNotMember:
            if let group = bank.groups.first(where: { $0.id == item.source }) {
                let names = group.members.compactMap(bank.concept).map(\.term).joined(separator: ", ")
                return ("Can you name the \(group.label)?", names)
            }
        case .factQuestion, .factCompletion:
            if let fact = bank.facts.first(where: { $0.id == item.source }) {
                return ("In your own words: \(fact.question)", fact.statement)
            }
        case .trueFalse:
            if let claim = bank.claims.first(where: { $0.id == item.source }) {
                return ("Is this true or false, and why? \"\(claim.statement)\"", claim.explanation)
            }
        case .faq:
            return ("In your own words: \(item.stem)", item.key)
        }
        return ("In your own words: \(item.stem)", item.key)
    }

    static func lowerFirst(_ s: String) -> String {
        let firstWord = s.prefix { $0 != " " }
        if firstWord.count > 1 && firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return s }
        return (s.first.map { String($0).lowercased() } ?? "") + s.dropFirst()
    }
}
