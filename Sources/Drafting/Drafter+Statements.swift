import ContentModel
import Words

extension Drafter {
    // MARK: Groups

    /// A "types of …" section with two concepts or more, and a list whose items start with two concepts' terms or
    /// more: a group of those concepts. Its non-members and the name of one member are placeholders.
    func groups(_ state: inout State) {
        var grouped: Set<String> = []
        for (s, section) in state.sections.enumerated() {
            let title = Tokens(section.title)
            guard cues.typesHeadings.contains(where: { title.find($0) != nil }) else { continue }
            let members = state.concepts.filter { $0.section == s }
            guard members.count >= 2 else { continue }
            let first = state.units.firstIndex { $0.section == s } ?? 0
            addGroup(&state, label: section.title, members: members.map(\.id), section: s, quoteUnit: first)
            grouped.formUnion(members.map(\.id))
        }
        let lists = Dictionary(grouping: state.units.indices.filter { state.units[$0].list != nil }) {
            state.units[$0].list ?? 0
        }
        for (_, items) in lists.sorted(by: { $0.key < $1.key }) {
            let members = items.compactMap { i in
                state.concepts.first { state.units[i].text.lowercased().hasPrefix($0.term) }?.id
            }
            guard Set(members).count >= 2, !Set(members).isSubset(of: grouped), let first = items.first else {
                continue
            }
            let lead = first > 0 && state.units[first - 1].list == nil ? first - 1 : first
            let label = state.units[lead].text.trimmingCharacters(in: ": ")
            addGroup(&state, label: label, members: members, section: state.units[first].section, quoteUnit: lead)
        }
    }

    func addGroup(_ state: inout State, label: String, members: [String], section: Int, quoteUnit: Int) {
        let lowered = Self.inSentence(label) ?? label
        let id = state.ids.make(IDs.slug(label, stopWords: cues.stopWords, words: 4, fallback: "group"))
        state.add(
            DraftElement(
                kind: .group, id: id, section: state.sections[section].id,
                fields: [
                    ("label", .text(lowered)), ("member_noun", .toWrite(Placeholder.memberNoun(lowered))),
                    ("members", .ids(members)),
                    ("non_members", .nonMembersToWrite(count: 2, text: Placeholder.nonMember)),
                ],
                quotes: [state.units[quoteUnit].text]),
            at: quoteUnit)
    }

    // MARK: Actions

    /// Instructions: a sentence, or a part of one after ";" or ":", that starts with an instruction ("tell your
    /// doctor …", "Call …", "Do not …") or holds a frame ("it is important to …"); `critical` when it has a safety
    /// word. A line ending in ":" that gives an instruction takes the list under it as its situations.
    func actions(_ state: inout State) {
        let units = state.units
        for (i, unit) in units.enumerated() where !state.used.contains(i) && !unit.isQuestion {
            if case .heading = state.sections[unit.section].blocks[unit.block] { continue }
            guard let clause = instruction(in: unit.text) else { continue }
            var quotes = [clause]
            if clause != unit.text { quotes.append(unit.text) }
            state.used.insert(i)
            // "Call your care team right away if you have:" and the list under it.
            if unit.text.hasSuffix(":") {
                var j = i + 1
                while j < units.count, units[j].list != nil, units[j].section == unit.section {
                    quotes.append(units[j].text)
                    state.used.insert(j)
                    j += 1
                }
            }
            let critical = quotes.contains { Tokens($0).first(of: cues.safety) != nil }
            let id = state.ids.make(IDs.slug(clause, stopWords: cues.stopWords, words: 4, fallback: "action"))
            var fields: [(key: String, value: DraftElement.Value)] = []
            if critical { fields.append(("critical", .flag(true))) }
            fields += [
                ("situation", .toWrite(Placeholder.situation)), ("right", .text(sentence(clause))),
                ("wrong", .wrongToWrite(count: 3, text: Placeholder.wrongAction, feedback: Placeholder.feedback)),
                ("explanation", .text(unit.text)),
            ]
            state.add(
                DraftElement(kind: .action, id: id, section: state.sectionID(i), fields: fields, quotes: quotes), at: i)
        }
    }

    /// The instruction in a sentence: the sentence itself, or its part after ";" or ":" that is one; nil if none.
    func instruction(in text: String) -> String? {
        var parts: [Substring] = [Substring(text)]
        for mark in [";", ":"] {
            parts = parts.flatMap { part -> [Substring] in
                guard let r = part.range(of: mark) else { return [part] }
                return [part[..<r.upperBound], part[r.upperBound...]]
            }
        }
        for (n, part) in parts.enumerated() {
            let clause = String(part).trimmingCharacters(in: " ")
            let t = Tokens(clause)
            guard t.words.count >= 3 else { continue }
            let starts = cues.instructionStarts.contains { t.starts(with: $0) }
            let frame = cues.instructionFrames.contains { t.find($0) != nil }
            if starts || frame { return n == 0 && parts.count == 1 ? text : clause }
        }
        return nil
    }

    /// A clause as a sentence: a capital first, a full stop last.
    func sentence(_ clause: String) -> String {
        var text = capitalised(clause.trimmingCharacters(in: " "))
        while let last = text.last, ";:,".contains(last) { text.removeLast() }
        if let last = text.last, !".!?".contains(last) { text.append(".") }
        return text
    }

    // MARK: Facts

    /// A sentence that states a cause, purpose, time, way or place: a fact, its answer the words from the cue to the
    /// end of the clause ("because the body's defense systems are very active"). Its question and wrong answers
    /// are placeholders; the question asks what the cue tells (why, what for, when, how, where). A line ending in
    /// ":" with a list under it (and no instruction) is a fact whose answer is the list's first item.
    func facts(_ state: inout State) {
        let units = state.units
        for (i, unit) in units.enumerated() where !state.used.contains(i) && !unit.isQuestion {
            if case .heading = state.sections[unit.section].blocks[unit.block] { continue }
            if unit.text.hasSuffix(":"), i + 1 < units.count, units[i + 1].list != nil {
                listFact(&state, lead: i)
                continue
            }
            let t = Tokens(unit.text)
            guard t.words.count >= 6, let cue = firstCue(t), cue.at >= 2 else { continue }
            let at = cue.at
            let answerStart = t.ranges[at].lowerBound
            var answer = String(unit.text[answerStart...])
            // Examples run over commas ("like feeling tired, having skin problems, or …"); other answers end at one.
            let stops =
                (cue.tells == .examples ? [] : [","]) + [";", ":", " but ", " pero ", " so ", " — ", " – ", "(", "."]
            for stop in stops {
                if let r = answer.range(of: stop), answer.distance(from: answer.startIndex, to: r.lowerBound) > 3 {
                    answer = String(answer[..<r.lowerBound])
                }
            }
            answer = answer.trimmingCharacters(in: " ")
            guard Tokens.words(answer).count >= cue.phrase.count + 2 else { continue }
            state.used.insert(i)
            let id = state.ids.make(IDs.slug(unit.text, stopWords: cues.stopWords, words: 4, fallback: "fact"))
            state.add(
                DraftElement(
                    kind: .fact, id: id, section: state.sectionID(i),
                    fields: [
                        ("statement", .text(unit.text)), ("question", .toWrite(Placeholder.question(cue.tells))),
                        ("answer", .text(answer)),
                        (
                            "wrong",
                            .wrongToWrite(count: 3, text: Placeholder.wrongAnswer, feedback: Placeholder.feedback)
                        ),
                    ],
                    quotes: [unit.text]),
                at: i)
        }
    }

    func firstCue(_ t: Tokens) -> (phrase: [String], tells: DraftCues.FactTells, at: Int)? {
        var best: (phrase: [String], tells: DraftCues.FactTells, at: Int)?
        for cue in cues.factCues {
            guard let at = t.find(cue.phrase, from: 2) else { continue }
            if let b = best, at > b.at || (at == b.at && cue.phrase.count <= b.phrase.count) { continue }
            best = (cue.phrase, cue.tells, at)
        }
        return best.map { ($0.phrase, $0.tells, $0.at) }
    }

    func listFact(_ state: inout State, lead: Int) {
        let units = state.units
        var items: [Int] = []
        var j = lead + 1
        while j < units.count, units[j].list != nil, units[j].section == units[lead].section {
            items.append(j)
            j += 1
        }
        guard let first = items.first else { return }
        state.used.insert(lead)
        for item in items { state.used.insert(item) }
        let statement = ([units[lead].text] + items.map { units[$0].text }).joined(separator: " ")
        let id = state.ids.make(IDs.slug(units[lead].text, stopWords: cues.stopWords, words: 4, fallback: "fact"))
        state.add(
            DraftElement(
                kind: .fact, id: id, section: state.sectionID(lead),
                fields: [
                    ("statement", .text(statement)), ("question", .toWrite(Placeholder.listQuestion)),
                    ("answer", .text(units[first].text)),
                    ("wrong", .wrongToWrite(count: 3, text: Placeholder.wrongAnswer, feedback: Placeholder.feedback)),
                ],
                quotes: [units[lead].text] + items.map { units[$0].text }),
            at: lead)
    }

    // MARK: Claims

    /// General statements: what is left that stands alone (six words or more, not a question, not opening with a
    /// word that leans on the sentence before). Each is a true claim; a section with claims also gets one false
    /// claim to write, the belief a patient might hold that the handout corrects.
    func claims(_ state: inout State) {
        let units = state.units
        var sectionsWithClaims: [Int: Int] = [:]
        for (i, unit) in units.enumerated() where !state.used.contains(i) && !unit.isQuestion {
            if case .heading = state.sections[unit.section].blocks[unit.block] { continue }
            let t = Tokens(unit.text)
            guard t.words.count >= 6, let first = t.words.first, !cues.needsContext.contains(first) else { continue }
            if cues.questionPrefixes.contains(where: { unit.text.hasPrefix($0) }) { continue }
            state.used.insert(i)
            let id = state.ids.make(IDs.slug(unit.text, stopWords: cues.stopWords, words: 4, fallback: "claim"))
            state.add(
                DraftElement(
                    kind: .claim, id: id, section: state.sectionID(i),
                    fields: [
                        ("statement", .text(unit.text)), ("true", .flag(true)), ("explanation", .text(unit.text)),
                    ],
                    quotes: [unit.text]),
                at: i)
            if sectionsWithClaims[unit.section] == nil { sectionsWithClaims[unit.section] = i }
        }
        for (section, firstClaim) in sectionsWithClaims.sorted(by: { $0.key < $1.key }) {
            let id = state.ids.make(state.sections[section].id + "-belief")
            state.add(
                DraftElement(
                    kind: .claim, id: id, section: state.sections[section].id,
                    fields: [
                        ("statement", .toWrite(Placeholder.falseBelief)), ("true", .flag(false)),
                        ("misconception", .flag(true)), ("explanation", .toWrite(Placeholder.whyFalse)),
                    ],
                    quotes: [units[firstClaim].text]),
                at: firstClaim)
        }
    }
}
