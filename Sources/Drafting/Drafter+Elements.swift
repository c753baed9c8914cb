import ContentModel
import Words

extension Drafter {
    // MARK: FAQs

    /// Questions and answers: a paragraph marked as a question ("Q: …") and what follows it up to the next question
    /// or heading; a heading that is a question and the paragraph under it; in a section of questions and answers,
    /// a paragraph that is one question.
    func faqs(_ state: inout State) {
        let units = state.units
        for (i, unit) in units.enumerated() where !state.used.contains(i) {
            let block = state.sections[unit.section].blocks[unit.block]
            let question: String
            if let prefix = cues.questionPrefixes.first(where: { unit.text.hasPrefix($0) }) {
                question = String(unit.text.dropFirst(prefix.count)).trimmingCharacters(in: " ")
            } else if unit.isQuestion, case .heading = block {
                question = unit.text
            } else if unit.isQuestion, isFAQSection(state.sections[unit.section]), isWholeBlock(i, units),
                case .paragraph = block
            {
                question = unit.text
            } else if unit.isQuestion, unit.block == 0, let heading = state.sections[unit.section].heading,
                heading == unit.text
            {
                question = unit.text
            } else {
                continue
            }
            guard question.hasSuffix("?") || question.hasSuffix("?\""), !question.isEmpty else { continue }
            // The answer: the sentences after it, in the blocks up to the next question or heading.
            var answer: [Int] = []
            var j = i + 1
            while j < units.count, units[j].section == unit.section {
                if case .heading = state.sections[units[j].section].blocks[units[j].block] { break }
                if cues.questionPrefixes.contains(where: { units[j].text.hasPrefix($0) }) { break }
                if units[j].isQuestion && units[j].block != unit.block && isWholeBlock(j, units) { break }
                answer.append(j)
                j += 1
                if answer.count == 3 { break }
            }
            guard !answer.isEmpty else { continue }
            // The answer shown: the first sentences, up to about thirty words.
            var shown: [String] = []
            var count = 0
            for a in answer {
                let text = stripAnswerPrefix(units[a].text)
                let words = Tokens.words(text).count
                if !shown.isEmpty && count + words > 30 { break }
                shown.append(text)
                count += words
            }
            state.used.insert(i)
            for a in answer.prefix(shown.count) { state.used.insert(a) }
            let id = state.ids.make(
                "faq-" + IDs.slug(question, stopWords: cues.stopWords, words: 4, fallback: "question"))
            state.add(
                DraftElement(
                    kind: .faq, id: id, section: state.sectionID(i),
                    fields: [
                        ("question", .text(question)), ("answer", .text(shown.joined(separator: " "))),
                        (
                            "wrong",
                            .wrongToWrite(count: 3, text: Placeholder.wrongAnswer, feedback: Placeholder.feedback)
                        ),
                    ],
                    quotes: [units[i].text] + answer.prefix(shown.count).map { stripAnswerPrefix(units[$0].text) }),
                at: i)
        }
    }

    func stripAnswerPrefix(_ text: String) -> String {
        guard let prefix = cues.answerPrefixes.first(where: { text.hasPrefix($0) }) else { return text }
        return String(text.dropFirst(prefix.count)).trimmingCharacters(in: " ")
    }

    func isFAQSection(_ section: Section) -> Bool {
        let words = Tokens(section.title)
        return cues.faqHeadings.contains { words.find($0) != nil }
    }

    /// Whether a unit is its block's only sentence.
    func isWholeBlock(_ i: Int, _ units: [Unit]) -> Bool {
        (i == 0 || units[i - 1].block != units[i].block || units[i - 1].section != units[i].section)
            && (i + 1 == units.count || units[i + 1].block != units[i].block
                || units[i + 1].section != units[i].section)
    }

    // MARK: Concepts

    /// Defining sentences: "X is a …", "X are … that …"; "… called X", "One common method is X", "There are X that …"
    /// (the definition then from the sentence after it, "These drugs help …" → "Drugs that help …", else a
    /// placeholder). The first definition of a term wins.
    func concepts(_ state: inout State) {
        let units = state.units
        for (i, unit) in units.enumerated() where !state.used.contains(i) && !unit.isQuestion {
            guard let found = definition(unit.text, next: nextSentence(i, units)) else { continue }
            let key = found.term.lowercased()
            guard !state.concepts.contains(where: { $0.term == key }) else { continue }
            let id = state.ids.make(IDs.slug(found.term, stopWords: [], words: 4, fallback: "concept"))
            var fields: [(key: String, value: DraftElement.Value)] = [("term", .text(found.term))]
            if let inSentence = Self.inSentence(found.term), inSentence != found.term {
                fields.append(("term_in_sentence", .text(inSentence)))
            }
            if found.plural { fields.append(("plural", .flag(true))) }
            fields.append(
                ("definition", found.definition.map { .text($0) } ?? .toWrite(Placeholder.definition(found.term))))
            var quotes = [unit.text]
            if found.usesNext, let n = nextIndex(i, units) {
                quotes.append(units[n].text)
                state.used.insert(n)
            }
            state.used.insert(i)
            state.concepts.append((id, key, unit.section))
            state.add(
                DraftElement(kind: .concept, id: id, section: state.sectionID(i), fields: fields, quotes: quotes), at: i
            )
        }
    }

    func nextIndex(_ i: Int, _ units: [Unit]) -> Int? {
        i + 1 < units.count && units[i + 1].section == units[i].section ? i + 1 : nil
    }

    func nextSentence(_ i: Int, _ units: [Unit]) -> String? { nextIndex(i, units).map { units[$0].text } }

    struct Definition {
        var term: String
        var plural: Bool
        var definition: String?
        var usesNext: Bool
    }

    func definition(_ sentence: String, next: String?) -> Definition? {
        let t = Tokens(sentence)
        guard t.words.count >= 4 else { return nil }
        // "… called X", "… known as X"
        if let (name, at) = t.first(of: cues.naming), at >= 1, at + name.count < t.words.count {
            let named = cleanTerm(String(sentence[t.ranges[at + name.count].lowerBound...]))
            if !named.isEmpty, Tokens.words(named).count <= 5 {
                return fromNext(named, plural: false, next: next)
            }
        }
        // "X is/are DEFINITION", or "One common method is X"
        if let (verb, at) = t.first(of: cues.copulaOne + cues.copulaMany), at >= 1, at <= 6,
            at + verb.count < t.words.count
        {
            let plural = cues.copulaMany.contains(verb)
            let afterVerb = at + verb.count
            let subject = Array(t.words[0..<at])
            if subject.count <= 4, subject.contains(where: { cues.kindNouns.contains($0) }) {
                let named = cleanTerm(String(sentence[t.ranges[afterVerb].lowerBound...]))
                if !named.isEmpty, Tokens.words(named).count <= 5 {
                    return fromNext(named, plural: named.hasSuffix("s"), next: next)
                }
                return nil
            }
            var start = 0
            while start < at, cues.termDrops.contains(t.words[start]) { start += 1 }
            let termWords = Array(t.words[start..<at])
            if !termWords.isEmpty, termWords.count <= 5, termWords.allSatisfy({ !cues.notTerms.contains($0) }),
                !sentence[t.ranges[start].lowerBound..<t.ranges[at - 1].upperBound].contains(",")
            {
                let term = String(sentence[t.ranges[start].lowerBound..<t.ranges[at - 1].upperBound])
                let body = String(sentence[t.ranges[afterVerb].lowerBound...])
                let rest = Tokens(body)
                let startsRight = rest.words.first.map { cues.definitionStarts.contains($0) } ?? false
                let holds = cues.definitionHolds.contains { rest.find($0) != nil }
                if startsRight || (plural && holds), rest.words.count >= 3 {
                    return Definition(
                        term: capitalised(term), plural: plural, definition: phrase(body), usesNext: false)
                }
            }
        }
        // "There are X that …"
        for phrase in cues.thereAre {
            guard let at = t.find(phrase), at <= 2 else { continue }
            let after = at + phrase.count
            guard let (_, h) = t.first(of: cues.definitionHolds, from: after), h > after, h - after <= 4 else {
                continue
            }
            let term = String(sentence[t.ranges[after].lowerBound..<t.ranges[h - 1].upperBound])
            return fromNext(term, plural: cues.copulaMany.contains(Array(phrase.suffix(1))), next: next)
        }
        return nil
    }

    /// A term named in one sentence, defined by the next when it goes on about it ("These drugs help …").
    func fromNext(_ term: String, plural: Bool, next: String?) -> Definition {
        var definition: String?
        var usesNext = false
        if let next {
            let n = Tokens(next)
            if let lead = cues.goesOn.first(where: { n.starts(with: $0) }) {
                usesNext = true
                // "These drugs help the immune system …" → "Drugs that help the immune system …"
                if lead.count == 1, n.words.count > 3 {
                    let noun = n.words[1]
                    let holdsNoun = !cues.stopWords.contains(noun) && noun.count > 3 && noun.hasSuffix("s")
                    if holdsNoun, let that = cues.definitionHolds.first?.first {
                        let rest = next[n.ranges[2].lowerBound...]
                        definition = phrase(String(next[n.ranges[1]]) + " " + that + " " + rest)
                    }
                }
            }
        }
        return Definition(term: capitalised(term), plural: plural, definition: definition, usesNext: usesNext)
    }

    /// A named term without what follows it in its sentence: up to a full stop, comma, "that", "which"…
    func cleanTerm(_ text: String) -> String {
        var term = text
        for stop in [".", ",", ";", ":", "!", "?", " (", " —", " –"] {
            if let r = term.range(of: stop) { term = String(term[..<r.lowerBound]) }
        }
        let t = Tokens(term)
        if let (_, at) = t.first(of: cues.definitionHolds), at >= 1 {
            term = String(term[..<t.ranges[at].lowerBound])
        }
        return term.trimmingCharacters(in: " ")
    }

    /// A phrase that could stand as an answer: its first letter a capital, no full stop.
    func phrase(_ text: String) -> String {
        var body = text.trimmingCharacters(in: " ")
        while let last = body.last, ".!;:".contains(last) { body.removeLast() }
        return capitalised(body)
    }

    func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A term as it reads inside a sentence: its first letter small, unless it is an acronym or a name ("CAR T-cell").
    static func inSentence(_ term: String) -> String? {
        let firstWord = term.prefix { $0 != " " }
        let capitals = firstWord.filter(\.isUppercase).count
        if capitals > 1 { return nil }
        guard let first = term.first else { return nil }
        return first.lowercased() + term.dropFirst()
    }
}

extension Handout.Block {
    var isHeading: Bool { if case .heading = self { true } else { false } }
}
