import Foundation
import ContentModel
import QuestionGeneration
import LearnerModel

/// What a nurse can ask to check understanding of a missed question, in the teach-back method.
package enum TeachBack {
    /// The question to ask and what to listen for.
    package static func prompt(for item: Item, in bank: Bank, language: Language? = nil) -> (
        ask: String, listenFor: String
    ) {
        let s = strings(bank, language)
        switch item.kind {
        case .scenario:
            let situation = bank.actions.first { $0.id == item.source }?.situation ?? item.stem
            return (s.askWhatToDo(situation), item.key)
        case .termToDefinition, .definitionToTerm, .groupMember:
            let conceptID = item.kind == .groupMember ? item.topic : item.source
            if let concept = bank.concept(conceptID) {
                return (s.askMeaning(lowerFirst(concept.term)), concept.definition)
            }
        case .groupNotMember:
            if let group = bank.groups.first(where: { $0.id == item.source }) {
                let names = group.members.compactMap(bank.concept).map(\.term).joined(separator: ", ")
                return (s.askNames(group.label), names)
            }
        case .factQuestion, .factCompletion:
            if let fact = bank.facts.first(where: { $0.id == item.source }) {
                return (s.askInOwnWords(fact.question), fact.statement)
            }
        case .trueFalse:
            if let claim = bank.claims.first(where: { $0.id == item.source }) {
                return (s.askTrueOrFalse(claim.statement), claim.explanation)
            }
        case .faq:
            return (s.askInOwnWords(item.stem), item.key)
        }
        return (s.askInOwnWords(item.stem), item.key)
    }

    /// A short name of what the item's teaching point is about, for a chart note ("what to do: a new rash…").
    package static func label(for item: Item, in bank: Bank, language: Language? = nil) -> String {
        let s = strings(bank, language)
        func trimmed(_ s: String) -> String {
            var t = s.trimmingCharacters(in: .whitespaces)
            while let last = t.last, ".?!".contains(last) { t.removeLast() }
            return t
        }
        switch item.kind {
        case .scenario:
            if let action = bank.actions.first(where: { $0.id == item.source }) {
                return s.labelWhatToDo(lowerFirst(trimmed(action.situation)))
            }
        case .termToDefinition, .definitionToTerm, .groupMember:
            let conceptID = item.kind == .groupMember ? item.topic : item.source
            if let concept = bank.concept(conceptID) { return s.labelMeaning(lowerFirst(concept.term)) }
        case .groupNotMember:
            if let group = bank.groups.first(where: { $0.id == item.source }) { return s.labelGroup(group.label) }
        case .factQuestion, .factCompletion:
            if let fact = bank.facts.first(where: { $0.id == item.source }) {
                return lowerFirst(trimmed(fact.question))
            }
        case .trueFalse:
            if let claim = bank.claims.first(where: { $0.id == item.source }) {
                return s.labelWhether(trimmed(claim.statement))
            }
        case .faq:
            return lowerFirst(trimmed(item.stem))
        }
        return lowerFirst(trimmed(item.stem))
    }

    /// What to listen for, as a short list: the key points of the content model behind the item.
    package static func keyPoints(for item: Item, in bank: Bank, language: Language? = nil) -> [String] {
        var points: [String] = []
        switch item.kind {
        case .scenario:
            if let action = bank.actions.first(where: { $0.id == item.source }) {
                points = [action.right] + sentences(action.explanation).prefix(2)
            }
        case .termToDefinition, .definitionToTerm, .groupMember:
            let conceptID = item.kind == .groupMember ? item.topic : item.source
            if let concept = bank.concept(conceptID) { points = Array(sentences(concept.definition).prefix(3)) }
        case .groupNotMember:
            if let group = bank.groups.first(where: { $0.id == item.source }) {
                points = Array(group.members.compactMap(bank.concept).map(\.term).prefix(6))
            }
        case .factQuestion, .factCompletion:
            if let fact = bank.facts.first(where: { $0.id == item.source }) {
                points = [fact.statement] + sentences(fact.explanation ?? "").prefix(1)
            }
        case .trueFalse:
            if let claim = bank.claims.first(where: { $0.id == item.source }) {
                points = [strings(bank, language).itIs(claim.isTrue)] + sentences(claim.explanation).prefix(2)
            }
        case .faq:
            points = Array(sentences(item.key).prefix(3))
        }
        return points.isEmpty ? [item.key] : points
    }

    /// The teach-back sentences in the bank's own language (what the nurse asks is read out in it), or in the
    /// language given (the pseudo-locale, which has no banks of its own).
    static func strings(_ bank: Bank, _ language: Language? = nil) -> TeachBackStrings {
        TeachBackStrings(language: language ?? Language(code: bank.metadata.language) ?? .english)
    }

    /// A text's sentences, each ending in its full stop (or question or exclamation mark).
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let characters = Array(text.replacingOccurrences(of: "\n", with: " "))
        for (i, c) in characters.enumerated() {
            current.append(c)
            let atEnd = i + 1 == characters.count || characters[i + 1] == " "
            if ".?!".contains(c) && atEnd {
                let sentence = current.trimmingCharacters(in: .whitespaces)
                if !sentence.isEmpty { out.append(sentence) }
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { out.append(rest) }
        return out
    }

    /// The text with its first letter lowercased, unless its first word is an abbreviation ("CAR T-cell").
    package static func lowerFirst(_ s: String) -> String {
        let firstWord = s.prefix { $0 != " " }
        if firstWord.count > 1 && firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return s }
        return (s.first.map { String($0).lowercased() } ?? "") + s.dropFirst()
    }
}
