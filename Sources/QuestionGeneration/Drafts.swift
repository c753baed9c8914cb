import Foundation
import ContentModel

/// Builds draft items from each kind of content element.
struct Drafts {
    let bank: Bank
    static let maximumDistractors = 3
    static let maximumSpares = 3
    /// Indexes built once, so generation stays linear in the size of the bank.
    let conceptsByID: [String: Concept]
    let groupOfConcept: [String: ConceptGroup]
    let ungrouped: [Concept]

    let memo: TextMemo

    init(bank: Bank, memo: TextMemo) {
        self.bank = bank
        self.memo = memo
        conceptsByID = Dictionary(bank.concepts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var groupOf: [String: ConceptGroup] = [:]
        for group in bank.groups {
            for member in group.members where groupOf[member] == nil { groupOf[member] = group }
        }
        groupOfConcept = groupOf
        ungrouped = bank.concepts.filter { groupOf[$0.id] == nil }
    }

    func all() -> [Draft] {
        concepts() + groups() + facts() + claims() + faqs() + actions()
    }

    /// Picks up to three distractors in an order fixed by the item id (never by the seed); a few more are kept as
    /// spares. Candidates are ordered by a cheap hash first, so only the few taken are compared as text, and
    /// feedback is written only for those.
    func choose(_ texts: [String], feedback: (Int) -> String?, for id: String, key: String)
        -> (chosen: [(text: String, feedback: String?)], spares: [(text: String, feedback: String?)])
    {
        let hashes = texts.map { StableHash.of(id, $0) }
        let order = texts.indices.sorted { hashes[$0] < hashes[$1] }
        var seen: Set<String> = [memo.normalise(key)]
        var unique: [(text: String, feedback: String?)] = []
        for index in order {
            guard seen.insert(memo.normalise(texts[index])).inserted else { continue }
            unique.append((texts[index], feedback(index)))
            if unique.count == Self.maximumDistractors + Self.maximumSpares { break }
        }
        return (Array(unique.prefix(Self.maximumDistractors)), Array(unique.dropFirst(Self.maximumDistractors)))
    }

    func choose(_ pool: [(text: String, feedback: String?)], for id: String, key: String)
        -> (chosen: [(text: String, feedback: String?)], spares: [(text: String, feedback: String?)])
    {
        choose(pool.map(\.text), feedback: { pool[$0].feedback }, for: id, key: key)
    }

    // MARK: Concepts: term → definition and definition → term

    /// Concepts that may stand as each other's distractors: members of the same group, or the ungrouped ones.
    func siblings(of concept: Concept) -> [Concept] {
        if let group = groupOfConcept[concept.id] {
            return group.members.compactMap { conceptsByID[$0] }.filter { $0.id != concept.id }
        }
        return ungrouped.filter { $0.id != concept.id }
    }

    func concepts() -> [Draft] {
        var drafts: [Draft] = []
        for concept in bank.concepts {
            let others = siblings(of: concept)
            guard others.count >= 2 else { continue }
            let explanation = "\(concept.term): \(Text.lowerFirst(concept.definition))."
            let defID = "\(ItemKind.termToDefinition.rawValue):\(concept.id)"
            let defChoice = choose(
                others.map(\.definition), feedback: { "That describes \(Text.lowerFirst(others[$0].term))." },
                for: defID,
                key: concept.definition)
            drafts.append(
                Draft(
                    id: defID, kind: .termToDefinition, section: concept.section,
                    stem: "Which of these best describes \(Text.lowerFirst(concept.term))?", key: concept.definition,
                    distractors: defChoice.chosen, spares: defChoice.spares, explanation: explanation,
                    source: concept.id,
                    topic: concept.id, critical: false, location: concept.location))
            let termID = "\(ItemKind.definitionToTerm.rawValue):\(concept.id)"
            let termChoice = choose(
                others.map(\.term), feedback: { "\(others[$0].term): \(Text.lowerFirst(others[$0].definition))." },
                for: termID, key: concept.term)
            drafts.append(
                Draft(
                    id: termID, kind: .definitionToTerm, section: concept.section,
                    stem: "Which one is this: \(Text.lowerFirst(concept.definition))?", key: concept.term,
                    distractors: termChoice.chosen, spares: termChoice.spares, explanation: explanation,
                    source: concept.id,
                    topic: concept.id, critical: false, location: concept.location))
        }
        return drafts
    }

    // MARK: Groups: membership, and one NOT item per group

    func groups() -> [Draft] {
        var drafts: [Draft] = []
        for group in bank.groups {
            let members = group.members.compactMap { conceptsByID[$0] }
            let pool = group.nonMembers.map {
                (text: $0, feedback: Optional("\($0) is not \(group.memberNoun)."))
            }
            let names = members.map { Text.lowerFirst($0.term) }
            for member in members {
                let id = "\(ItemKind.groupMember.rawValue):\(group.id):\(member.id)"
                let choice = choose(pool, for: id, key: member.term)
                drafts.append(
                    Draft(
                        id: id, kind: .groupMember, section: group.section,
                        stem: "Which of these is \(group.memberNoun)?",
                        key: member.term, distractors: choice.chosen, spares: choice.spares,
                        explanation:
                            "\(member.term): \(Text.lowerFirst(member.definition)). The \(group.label) are \(Text.list(names)).",
                        source: group.id, topic: member.id, critical: false, location: group.location))
            }
            // The NOT form, sparingly: one item per group, its key the non-member chosen by the group's id.
            guard
                let nonMember = group.nonMembers.min(by: {
                    StableHash.of([group.id, $0]) < StableHash.of([group.id, $1])
                }),
                members.count >= 2
            else { continue }
            let id = "\(ItemKind.groupNotMember.rawValue):\(group.id)"
            let memberPool = members.map { (text: $0.term, feedback: Optional("\($0.term) is \(group.memberNoun).")) }
            let choice = choose(memberPool, for: id, key: nonMember)
            drafts.append(
                Draft(
                    id: id, kind: .groupNotMember, section: group.section,
                    stem: "Which of these is NOT \(group.memberNoun)?",
                    key: nonMember, distractors: choice.chosen, spares: choice.spares,
                    explanation: "\(nonMember) is not \(group.memberNoun). The \(group.label) are \(Text.list(names)).",
                    source: group.id, topic: group.id, critical: false, location: group.location))
        }
        return drafts
    }

    // MARK: Facts: the question, and "Complete the sentence"

    func facts() -> [Draft] {
        var drafts: [Draft] = []
        for fact in bank.facts {
            let pool = fact.wrong.map { (text: $0, feedback: String?.none) }
            let explanation = fact.explanation ?? fact.statement
            let qid = "\(ItemKind.factQuestion.rawValue):\(fact.id)"
            let q = choose(pool, for: qid, key: fact.answer)
            drafts.append(
                Draft(
                    id: qid, kind: .factQuestion, section: fact.section, stem: fact.question,
                    key: Text.upperFirst(fact.answer),
                    distractors: q.chosen.map { (Text.upperFirst($0.text), $0.feedback) },
                    spares: q.spares.map { (Text.upperFirst($0.text), $0.feedback) }, explanation: explanation,
                    source: fact.id, topic: fact.id, critical: false, location: fact.location))
            guard let range = fact.statement.range(of: fact.answer) else { continue }
            let blanked = fact.statement.replacingCharacters(in: range, with: "_____")
            let cid = "\(ItemKind.factCompletion.rawValue):\(fact.id)"
            let c = choose(pool, for: cid, key: fact.answer)
            drafts.append(
                Draft(
                    id: cid, kind: .factCompletion, section: fact.section, stem: "Complete the sentence: \(blanked)",
                    key: fact.answer, distractors: c.chosen, spares: c.spares, explanation: explanation,
                    source: fact.id,
                    topic: fact.id, critical: false, location: fact.location))
        }
        return drafts
    }

    // MARK: Claims: true or false

    func claims() -> [Draft] {
        bank.claims.map { claim in
            let key = claim.isTrue ? "True" : "False"
            let wrong = claim.isTrue ? "False" : "True"
            let feedback =
                claim.isMisconception
                ? "Many people think so, but it is not true. \(claim.explanation)" : claim.explanation
            return Draft(
                id: "\(ItemKind.trueFalse.rawValue):\(claim.id)", kind: .trueFalse, section: claim.section,
                stem: "True or false: \(claim.statement)", key: key, distractors: [(wrong, feedback)], spares: [],
                explanation: claim.explanation, source: claim.id, topic: claim.id, critical: claim.critical,
                location: claim.location)
        }
    }

    // MARK: FAQs: the best answer

    func faqs() -> [Draft] {
        bank.faqs.map { faq in
            var pool = faq.wrong.map { (text: $0.text, feedback: $0.feedback) }
            if pool.count < 2 {
                // Not enough authored wrong answers: other questions' answers answer something else.
                pool += bank.faqs.filter { $0.id != faq.id }.map { (text: $0.answer, feedback: String?.none) }
            }
            let id = "\(ItemKind.faq.rawValue):\(faq.id)"
            let choice = choose(pool, for: id, key: faq.answer)
            return Draft(
                id: id, kind: .faq, section: faq.section, stem: faq.question, key: faq.answer,
                distractors: choice.chosen,
                spares: choice.spares, explanation: faq.answer, source: faq.id, topic: faq.id, critical: false,
                location: faq.location)
        }
    }

    // MARK: Actions: what should you do?

    func actions() -> [Draft] {
        bank.actions.map { action in
            let id = "\(ItemKind.scenario.rawValue):\(action.id)"
            let choice = choose(action.wrong.map { (text: $0.text, feedback: $0.feedback) }, for: id, key: action.right)
            return Draft(
                id: id, kind: .scenario, section: action.section, stem: "\(action.situation) What should you do?",
                key: action.right, distractors: choice.chosen, spares: choice.spares, explanation: action.explanation,
                source: action.id, topic: action.id, critical: action.critical, location: action.location)
        }
    }
}

/// Small text helpers for building stems.
enum Text {
    /// Lower-cases the first letter unless the first word is an acronym ("CAR T-cell therapy").
    static func lowerFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        let firstWord = s.prefix { $0 != " " }
        if firstWord.count > 1 && firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return s }
        return first.lowercased() + s.dropFirst()
    }

    static func upperFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        case 2: "\(items[0]) and \(items[1])"
        default: items.dropLast().joined(separator: ", ") + ", and " + (items.last ?? "")
        }
    }
}
