import Foundation
import ContentModel

/// Builds draft items from each kind of content element.
struct Drafts {
    let bank: Bank
    static let maximumDistractors = 3
    static let maximumSpares = 3
    let index: Index
    let memo: TextMemo

    /// Look-ups built once per bank, so generation stays linear in its size; shared by every worker.
    struct Index: Sendable {
        let conceptIndex: [String: Int]
        /// Lists of concepts (by index) that may stand as each other's distractors: each group's members, then the
        /// ungrouped concepts; and which list each concept draws from (without itself).
        let siblingPools: [[Int]]
        let poolOfConcept: [Int]
        /// For each concept, the concepts never to stand as its wrong options: itself, and those it overlaps with
        /// (either way round).
        let excluded: [[Int]]
        /// One way round: for each concept, the concepts whose definitions may not be wrong options when its term is
        /// asked (those whose definition also fits it), and those whose terms may not be wrong answers to its
        /// definition (those its definition also fits) — each with `excluded` too.
        let definitionExcluded: [[Int]]
        let termExcluded: [[Int]]
        /// Stable hashes of each concept's definition and term, made once and mixed with each item's id.
        let definitionHashes: [UInt64]
        let termHashes: [UInt64]
        /// The words the generator writes around the bank's text, in the bank's language.
        let phrasing: Phrasing

        init(_ bank: Bank) {
            phrasing = Phrasing(code: bank.metadata.language)
            let concepts = bank.concepts
            var index = [String: Int](minimumCapacity: concepts.count)
            for i in concepts.indices where index[concepts[i].id] == nil { index[concepts[i].id] = i }
            conceptIndex = index
            var groupOf: [Int?] = Array(repeating: nil, count: concepts.count)
            var members: [[Int]] = []
            for group in bank.groups {
                let list = group.members.compactMap { index[$0] }
                for member in list where groupOf[member] == nil { groupOf[member] = members.count }
                members.append(list)
            }
            siblingPools = members + [concepts.indices.filter { groupOf[$0] == nil }]
            poolOfConcept = groupOf.map { $0 ?? members.count }
            // Lists, not sets: there are one or two, and a list is searched faster than a set is hashed.
            var excluded = concepts.indices.map { [$0] }
            for i in concepts.indices {
                for other in concepts[i].overlaps.compactMap({ index[$0] }) {
                    if !excluded[i].contains(other) { excluded[i].append(other) }
                    if !excluded[other].contains(i) { excluded[other].append(i) }
                }
            }
            self.excluded = excluded
            var definitionExcluded = excluded
            var termExcluded = excluded
            for i in concepts.indices {
                for other in concepts[i].definitionAlsoFits.compactMap({ index[$0] }) {
                    // i's definition fits `other`: never a wrong option of other's term, and other's term never a
                    // wrong answer to i's definition.
                    if !definitionExcluded[other].contains(i) { definitionExcluded[other].append(i) }
                    if !termExcluded[i].contains(other) { termExcluded[i].append(other) }
                }
            }
            self.definitionExcluded = definitionExcluded
            self.termExcluded = termExcluded
            definitionHashes = concepts.indices.map { StableHash.mix(StableHash.offset, concepts[$0].definition) }
            termHashes = concepts.indices.map { StableHash.mix(StableHash.offset, concepts[$0].term) }
        }
    }

    /// The kinds of element items are made from, in the order their drafts are listed.
    enum Part: CaseIterable, Sendable {
        case concepts, groups, facts, claims, faqs, actions

        func count(in bank: Bank) -> Int {
            switch self {
            case .concepts: bank.concepts.count
            case .groups: bank.groups.count
            case .facts: bank.facts.count
            case .claims: bank.claims.count
            case .faqs: bank.faqs.count
            case .actions: bank.actions.count
            }
        }
    }

    /// Makes the drafts from the elements of one part in `range` (positions in the bank's list of that part), handing
    /// each to `emit` as it is made: no list of drafts is kept, and each draft's strings move into its item.
    func forEachDraft(_ part: Part, _ range: Range<Int>, _ emit: Emit) {
        switch part {
        case .concepts: concepts(range, emit)
        case .groups: groups(range, emit)
        case .facts: facts(range, emit)
        case .claims: claims(range, emit)
        case .faqs: faqs(range, emit)
        case .actions: actions(range, emit)
        }
    }

    /// Takes each draft where it was made, to change it in place and move its strings out.
    typealias Emit = (inout Draft) -> Void

    typealias Option = DraftOption

    /// Picks up to three distractors in an order fixed by the item id (never by the seed); a few more are kept as
    /// spares. Each candidate's order comes from its text's stable hash (`hashes[candidate]`) mixed with the item
    /// id's, so only the few taken are compared as text, and feedback is written only for those. Candidates the
    /// same as the key or as one taken already are passed over.
    func choose(
        _ candidates: [Int], excluding excluded: [Int] = [], hashes: [UInt64], text: (Int) -> String,
        facts: (Int) -> TextFacts, feedback: (Int) -> String? = { _ in nil }, feedbackFromConcept: Bool = false,
        for id: String, key: TextFacts
    ) -> (chosen: [Option], spares: [Option]) {
        let wanted = Self.maximumDistractors + Self.maximumSpares
        let itemHash = StableHash.mix(StableHash.offset, id)
        // Order: the mixed hash, then the candidate's place, packed in one integer (a place fits in 20 bits); the
        // excluded candidates sort last and are never taken.
        let values = candidates.enumerated().map { i, candidate in
            excluded.contains(candidate)
                ? UInt64.max : StableHash.mixed(itemHash, hashes[candidate]) & ~0xFFFFF | UInt64(i)
        }
        var unique: [Option] = []
        unique.reserveCapacity(wanted)
        /// Takes the candidate unless it is the same as the key or one taken already; false when done.
        func take(_ next: UInt64) -> Bool {
            guard unique.count < wanted, next != UInt64.max else { return false }
            let candidate = candidates[Int(next & 0xFFFFF)]
            let facts = facts(candidate)
            // At most seven texts are compared: the key and those taken so far.
            guard !key.isSameOption(as: facts), !unique.contains(where: { $0.facts?.isSameOption(as: facts) == true })
            else { return true }
            var option = DraftOption(text(candidate), nil, facts: facts)
            if feedbackFromConcept {
                option.feedbackFromConcept = candidate
            } else {
                option.feedback = feedback(candidate)
            }
            unique.append(option)
            return true
        }
        // Most items need only the first few in order; the whole list is sorted only when some of those are alike.
        let few = Self.smallest(8, of: values)
        if few.allSatisfy(take), unique.count < wanted, few.count < values.count {
            for next in values.sorted().dropFirst(few.count) where !take(next) { break }
        }
        guard unique.count > Self.maximumDistractors else { return (unique, []) }
        let spares = Array(unique[Self.maximumDistractors...])
        unique.removeLast(unique.count - Self.maximumDistractors)
        return (unique, spares)
    }

    /// The `count` smallest values, in order: one pass, keeping a short sorted list.
    ///
    /// What it buys: sorting each item's whole candidate list (a group of 100 concepts gives each of its items 100
    /// candidates) made generation of the 10,000-concept bank about 40% slower (`teachback debug bench-generate`).
    static func smallest(_ count: Int, of values: [UInt64]) -> [UInt64] {
        var kept: [UInt64] = []
        kept.reserveCapacity(count + 1)
        for value in values where kept.count < count || value < kept[kept.count - 1] {
            let at = kept.firstIndex { $0 > value } ?? kept.count
            kept.insert(value, at: at)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }

    /// A list of authored options to choose distractors from, with what choosing needs made once.
    struct Pool {
        let options: [(text: String, feedback: String?)]
        let hashes: [UInt64]
        let places: [Int]

        init(_ options: [(text: String, feedback: String?)]) {
            self.options = options
            hashes = options.map { StableHash.mix(StableHash.offset, $0.text) }
            places = Array(options.indices)
        }
    }

    /// Chooses among a list of authored options.
    func choose(_ pool: [(text: String, feedback: String?)], for id: String, key: String)
        -> (chosen: [Option], spares: [Option])
    {
        choose(Pool(pool), for: id, key: memo.facts(key))
    }

    func choose(_ pool: Pool, for id: String, key: TextFacts) -> (chosen: [Option], spares: [Option]) {
        let options = pool.options
        return choose(
            pool.places, hashes: pool.hashes, text: { options[$0].text }, facts: { memo.facts(options[$0].text) },
            feedback: { options[$0].feedback }, for: id, key: key)
    }

    // MARK: Concepts: term → definition and definition → term

    /// Writes the feedback of options drawn from concepts: done only for the options that survived the checks.
    func writeFeedback(_ draft: inout Draft) {
        let describes = draft.kind == .termToDefinition
        for index in draft.distractors.indices {
            guard let concept = draft.distractors[index].feedbackFromConcept else { continue }
            // Neither names what the other concept means: that would answer the other concept's own questions later
            // in the session. The explanation teaches this item's concept.
            draft.distractors[index].feedback = memo.conceptFeedback(concept, describes: describes) {
                let other = bank.concepts[concept]
                return describes
                    ? self.index.phrasing.describesSomethingElse
                    : self.index.phrasing.isSomethingElse(
                        other.term, inSentence: other.termInSentence, plural: other.plural)
            }
            draft.distractors[index].feedbackFromConcept = nil
        }
    }

    /// A concept's term as it reads inside a sentence.
    func inSentence(_ concept: Concept) -> String { concept.termInSentence ?? Text.lowerFirst(concept.term) }

    func concepts(_ range: Range<Int>, _ emit: Emit) {
        bank.concepts.withUnsafeBufferPointer { all in
            for i in range {
                let others = index.siblingPools[index.poolOfConcept[i]]
                let term = all[i].term, definition = all[i].definition, id = all[i].id
                let lowerDefinition = Text.lowerFirst(definition)
                let explanation = index.phrasing.definitionLine(term, lowerDefinition)
                let quotes = all[i].citation.quotes.map(\.text)
                // The same question both ways: the term asked for its definition, and the definition for its term.
                // A concept with too few fair wrong options is still drafted: the checks then say why it has no item.
                func draft(
                    _ kind: ItemKind, stem: String, key: String, keyFacts: TextFacts, hashes: [UInt64],
                    excluded: [Int], text: (Int) -> String, facts: (Int, String) -> TextFacts
                ) -> Draft {
                    let itemID = "\(kind.rawValue):\(id)"
                    let choice = choose(
                        others, excluding: excluded, hashes: hashes, text: text, facts: { facts($0, text($0)) },
                        feedbackFromConcept: true, for: itemID, key: keyFacts)
                    return Draft(
                        id: itemID, kind: kind, section: all[i].section, stem: stem, key: key,
                        distractors: choice.chosen, spares: choice.spares, explanation: explanation, source: id,
                        topic: id, critical: false, location: all[i].location, keyFacts: keyFacts, quotes: quotes)
                }
                if all[i].asks(ItemKind.termToDefinition.rawValue) {
                    let stem = index.phrasing.termToDefinition(inSentence(all[i]), quoted: all[i].termInSentence == nil)
                    var made: Draft
                    if all[i].wrong.isEmpty {
                        made = draft(
                            .termToDefinition, stem: stem, key: definition,
                            keyFacts: memo.facts(ofDefinition: i, definition), hashes: index.definitionHashes,
                            excluded: index.definitionExcluded[i], text: { all[$0].definition },
                            facts: memo.facts(ofDefinition:_:))
                    } else {
                        // Wrong definitions the author wrote join the siblings' fair ones.
                        let excluded = index.definitionExcluded[i]
                        let pool =
                            others.filter { !excluded.contains($0) }.map {
                                (text: all[$0].definition, feedback: Optional(index.phrasing.describesSomethingElse))
                            } + all[i].wrong.map { (text: $0.text, feedback: $0.feedback) }
                        let itemID = "\(ItemKind.termToDefinition.rawValue):\(id)"
                        let choice = choose(pool, for: itemID, key: definition)
                        made = Draft(
                            id: itemID, kind: .termToDefinition, section: all[i].section, stem: stem, key: definition,
                            distractors: choice.chosen, spares: choice.spares, explanation: explanation, source: id,
                            topic: id, critical: false, location: all[i].location, quotes: quotes)
                    }
                    emit(&made)
                }
                if all[i].asks(ItemKind.definitionToTerm.rawValue) {
                    var made = draft(
                        .definitionToTerm, stem: index.phrasing.definitionToTerm(lowerDefinition),
                        key: term, keyFacts: memo.facts(ofTerm: i, term), hashes: index.termHashes,
                        excluded: index.termExcluded[i], text: { all[$0].term }, facts: memo.facts(ofTerm:_:))
                    emit(&made)
                }
            }
        }
    }

    // MARK: Groups: membership, and one NOT item per group

    func groups(_ range: Range<Int>, _ emit: Emit) {
        for g in range {
            let group = bank.groups[g]
            let memberIndices = group.members.compactMap { index.conceptIndex[$0] }
            let phrasing = index.phrasing
            let concepts = bank.concepts
            let pool = Pool(
                group.nonMembers.map {
                    (
                        text: $0.text,
                        feedback: Optional(
                            phrasing.isNot(
                                $0.text, inSentence: $0.termInSentence, group.memberNoun, plural: $0.plural))
                    )
                })
            // What every member's item shares is written once. The explanation names the members, not each one's
            // definition (which would answer the concept's own questions).
            let stem = group.question ?? phrasing.groupMember(group.memberNoun)
            let membersAre = phrasing.membersAre(group.label, memberIndices.map { inSentence(concepts[$0]) })
            let quotes = group.citation.quotes.map(\.text)
            for memberIndex in memberIndices {
                let term = concepts[memberIndex].term
                let id = "\(ItemKind.groupMember.rawValue):\(group.id):\(concepts[memberIndex].id)"
                let keyFacts = memo.facts(ofTerm: memberIndex, term)
                let choice = choose(pool, for: id, key: keyFacts)
                var made = Draft(
                    id: id, kind: .groupMember, section: group.section, stem: stem,
                    key: term, distractors: choice.chosen, spares: choice.spares,
                    explanation: membersAre, source: group.id, topic: concepts[memberIndex].id, critical: false,
                    location: group.location, keyFacts: keyFacts, quotes: quotes)
                emit(&made)
            }
            // The NOT form, sparingly: one item per group, its key the non-member chosen by the group's id.
            guard group.asksNotMember,
                let chosen = group.nonMembers.min(by: {
                    StableHash.of(group.id, $0.text) < StableHash.of(group.id, $1.text)
                }),
                memberIndices.count >= 2
            else { continue }
            let nonMember = chosen.text
            let id = "\(ItemKind.groupNotMember.rawValue):\(group.id)"
            let memberPool = memberIndices.map {
                (
                    text: concepts[$0].term,
                    feedback: Optional(
                        phrasing.is(
                            concepts[$0].term, inSentence: concepts[$0].termInSentence, group.memberNoun,
                            plural: concepts[$0].plural))
                )
            }
            let choice = choose(memberPool, for: id, key: nonMember)
            var made = Draft(
                id: id, kind: .groupNotMember, section: group.section,
                stem: phrasing.groupNotMember(group.memberNoun),
                key: nonMember, distractors: choice.chosen, spares: choice.spares,
                explanation: phrasing.isNot(
                    nonMember, inSentence: chosen.termInSentence, group.memberNoun, plural: chosen.plural) + " "
                    + membersAre,
                source: group.id, topic: group.id, critical: false, location: group.location, quotes: quotes)
            emit(&made)
        }
    }

    // MARK: Facts: the question, and "Complete the sentence"

    func facts(_ range: Range<Int>, _ emit: Emit) {
        for fact in bank.facts[range] {
            let pool = fact.wrong.map { (text: $0.text, feedback: $0.feedback) }
            let explanation = fact.explanation ?? fact.statement
            let quotes = fact.citation.quotes.map(\.text)
            if fact.asks("question") {
                let qid = "\(ItemKind.factQuestion.rawValue):\(fact.id)"
                let q = choose(pool, for: qid, key: fact.answer)
                var made = Draft(
                    id: qid, kind: .factQuestion, section: fact.section, stem: fact.question,
                    key: Text.upperFirst(fact.answer),
                    distractors: q.chosen.map { DraftOption(Text.upperFirst($0.text), $0.feedback) },
                    spares: q.spares.map { DraftOption(Text.upperFirst($0.text), $0.feedback) },
                    explanation: explanation,
                    source: fact.id, topic: fact.id, critical: fact.critical, location: fact.location,
                    point: fact.point, quotes: quotes)
                emit(&made)
            }
            guard fact.asks("completion"), let range = fact.statement.range(of: fact.answer) else { continue }
            let blanked = fact.statement.replacingCharacters(in: range, with: "_____")
            let cid = "\(ItemKind.factCompletion.rawValue):\(fact.id)"
            let c = choose(pool, for: cid, key: fact.answer)
            var made = Draft(
                id: cid, kind: .factCompletion, section: fact.section, stem: index.phrasing.completion(blanked),
                key: fact.answer, distractors: c.chosen, spares: c.spares, explanation: explanation,
                source: fact.id, topic: fact.id, critical: fact.critical, location: fact.location, point: fact.point,
                quotes: quotes)
            emit(&made)
        }
    }

    // MARK: Claims: true or false

    func claims(_ range: Range<Int>, _ emit: Emit) {
        for claim in bank.claims[range] {
            let phrasing = index.phrasing
            let key = claim.isTrue ? phrasing.trueWord : phrasing.falseWord
            let wrong = claim.isTrue ? phrasing.falseWord : phrasing.trueWord
            let feedback = claim.isMisconception ? phrasing.misconception(claim.explanation) : claim.explanation
            var made = Draft(
                id: "\(ItemKind.trueFalse.rawValue):\(claim.id)", kind: .trueFalse, section: claim.section,
                stem: phrasing.trueOrFalse(claim.statement), key: key, distractors: [DraftOption(wrong, feedback)],
                spares: [],
                explanation: claim.explanation, source: claim.id, topic: claim.id, critical: claim.critical,
                location: claim.location, point: claim.point, quotes: claim.citation.quotes.map(\.text))
            emit(&made)
        }
    }

    // MARK: FAQs: the best answer

    func faqs(_ range: Range<Int>, _ emit: Emit) {
        for faq in bank.faqs[range] {
            var pool = faq.wrong.map { (text: $0.text, feedback: $0.feedback) }
            if pool.count < 2 {
                // Not enough authored wrong answers: other questions' answers answer something else.
                pool += bank.faqs.filter { $0.id != faq.id }.map { (text: $0.answer, feedback: String?.none) }
            }
            let id = "\(ItemKind.faq.rawValue):\(faq.id)"
            let choice = choose(pool, for: id, key: faq.answer)
            var made = Draft(
                id: id, kind: .faq, section: faq.section, stem: faq.question, key: faq.answer,
                distractors: choice.chosen,
                spares: choice.spares, explanation: faq.answer, source: faq.id, topic: faq.id, critical: faq.critical,
                location: faq.location, point: faq.point, quotes: faq.citation.quotes.map(\.text))
            emit(&made)
        }
    }

    // MARK: Actions: what should you do?

    func actions(_ range: Range<Int>, _ emit: Emit) {
        for action in bank.actions[range] {
            let id = "\(ItemKind.scenario.rawValue):\(action.id)"
            let choice = choose(action.wrong.map { (text: $0.text, feedback: $0.feedback) }, for: id, key: action.right)
            var made = Draft(
                id: id, kind: .scenario, section: action.section, stem: index.phrasing.scenario(action.situation),
                key: action.right, distractors: choice.chosen, spares: choice.spares,
                explanation: action.explanation,
                source: action.id, topic: action.id, critical: action.critical, location: action.location,
                point: action.point, quotes: action.citation.quotes.map(\.text))
            emit(&made)
        }
    }
}
