/// The simulated sessions behind a report, and the static pass before them.
extension Adversary {
    /// What the simulated trainer shows and how it orders a session. The public report follows the trainer; the
    /// other settings replay the prototype (which neither showed feedback nor ordered leaks) to compare numbers.
    struct SessionRules: Sendable {
        /// Show a section's passage after a wrong answer.
        var showPassageAfterWrong = false
        /// Show the picked option's feedback after a wrong answer.
        var showFeedbackOfPick = true
        /// Order each session by `LeakGraph.order`; else a plain seeded shuffle.
        var ordersLeaks = true
        /// Read the seen-before cue (the prototype had none).
        var readsSeenBefore = true
        /// Weigh each teaching point once in the static figures, its forms sharing the weight (a point's variants
        /// are asked in turn, one a session); else each item once, as the prototype counted.
        var weighsStaticByPoint = true
    }

    /// The report, with every rule of the simulated trainer given.
    static func simulate(
        items: [AdversaryItem], language: Phrasing, passages: [String: String], sessions: Int, seed: UInt64,
        rules: SessionRules
    ) -> AdversaryReport {
        var reader = AdversaryReader(language: language)
        var read: [ReadItem] = []
        read.reserveCapacity(items.count)
        for item in items { read.append(reader.read(item)) }
        var passageTexts: [String: AdversaryText] = [:]
        for (section, passage) in passages { passageTexts[section] = reader.read(passage) }
        let graph = LeakGraph(read: read, passages: passageTexts, readsSeenBefore: rules.readsSeenBefore)

        var forms: [String: [Int]] = [:]
        var points: [String] = []
        for (index, item) in items.enumerated() {
            if forms[item.point] == nil { points.append(item.point) }
            forms[item.point, default: []].append(index)
        }
        var tally = ReportTally()
        tally.staticPass(read) { item in
            rules.weighsStaticByPoint ? 1 / Double(max(1, forms[item.point]?.count ?? 1)) : 1
        }
        var indexOf: [String: Int] = [:]
        for (index, item) in items.enumerated() where indexOf[item.id] == nil { indexOf[item.id] = index }

        var generator = SeededGenerator(seed: seed)
        for _ in 0..<max(0, sessions) {
            // One form of each teaching point, then the order the planner would ask them in.
            var chosen: [Int] = []
            for point in points {
                let choices = forms[point] ?? []
                if !choices.isEmpty { chosen.append(choices[generator.index(below: choices.count)]) }
            }
            var asked: [Int]
            if rules.ordersLeaks {
                let planned = graph.order(chosen.map { items[$0].id }, using: &generator)
                asked = planned.order.compactMap { indexOf[$0] }
                tally.dropped += planned.dropped.count
            } else {
                asked = chosen
                generator.shuffle(&asked)
            }
            var memory = SessionMemory()
            memory.readsSeenBefore = rules.readsSeenBefore
            var guesser = AdaptiveGuesser()
            for index in asked {
                let item = read[index]
                let count = item.optionCount
                guard count > 0 else { continue }
                let scores = item.scores(with: memory)
                let sets = item.cueSets(scores)
                for set in sets {
                    tally.inSession[set.line, default: .init()].add(hit: item.expected(set.options), optionCount: count)
                }
                let fixed = item.fixedChoice(scores, sets: sets)
                let adaptive = guesser.choose(sets, kind: item.item.kind, fixed: fixed, optionCount: count)
                tally.session(item, fixed: item.expected(fixed), adaptive: item.expected(adaptive))
                let pick = adaptive[generator.index(below: adaptive.count)]
                let right = pick == item.item.answer
                guesser.learn(sets, kind: item.item.kind, optionCount: count, pick: pick, right: right)
                memory.answered(
                    item, picked: pick, showFeedback: rules.showFeedbackOfPick,
                    passage: rules.showPassageAfterWrong ? passageTexts[item.item.section] : nil)
            }
        }
        return tally.report(
            items: items, language: language, sessions: max(0, sessions), rules: rules, graph: graph,
            teachingPoints: points.count)
    }
}

/// The sums a report is made of, as the static pass and the sessions add to them.
private struct ReportTally {
    typealias Score = AdversaryReport.Score
    var all = AdversaryReport.Guessers()
    var safety = AdversaryReport.Guessers()
    var kinds: [ItemKind: AdversaryReport.Guessers] = [:]
    var atRest: [CueLine: Score] = [:]
    var inSession: [CueLine: Score] = [:]
    var dropped = 0
    var perItem: [String: Score] = [:]
    var keyLength = AdversaryReport.KeyLength(items: 0, longest: 0, shortest: 0, expected: 0)

    /// Every item once, nothing seen before: the cue lines, the fixed combination, where the keys sit by length.
    mutating func staticPass(_ items: [ReadItem], weight: (AdversaryItem) -> Double) {
        let nothing = SessionMemory()
        for item in items where item.optionCount > 0 {
            let count = item.optionCount
            let w = weight(item.item)
            let scores = item.scores(with: nothing)
            let sets = item.cueSets(scores)
            for set in sets {
                atRest[set.line, default: Score()].add(hit: item.expected(set.options), optionCount: count, weight: w)
            }
            let fixed = item.expected(item.fixedChoice(scores, sets: sets))
            all.fixedStatic.add(hit: fixed, optionCount: count, weight: w)
            if item.item.critical { safety.fixedStatic.add(hit: fixed, optionCount: count, weight: w) }
            kinds[item.item.kind, default: .init()].fixedStatic.add(hit: fixed, optionCount: count, weight: w)
            if !item.isTrueFalse && count > 1 && item.item.options.indices.contains(item.item.answer) {
                let lengths = item.item.options.map(\.unicodeScalars.count)
                let key = lengths[item.item.answer]
                keyLength.items += 1
                if key == lengths.max() { keyLength.longest += 1 }
                if key == lengths.min() { keyLength.shortest += 1 }
                keyLength.expected += 1 / Double(count)
            }
        }
    }

    /// One item asked in a session.
    mutating func session(_ item: ReadItem, fixed: Double, adaptive: Double) {
        let count = item.optionCount
        perItem[item.item.id, default: Score()].add(hit: fixed, optionCount: count)
        all.fixedInSession.add(hit: fixed, optionCount: count)
        all.adaptiveInSession.add(hit: adaptive, optionCount: count)
        if item.item.critical {
            safety.fixedInSession.add(hit: fixed, optionCount: count)
            safety.adaptiveInSession.add(hit: adaptive, optionCount: count)
        }
        kinds[item.item.kind, default: .init()].fixedInSession.add(hit: fixed, optionCount: count)
        kinds[item.item.kind, default: .init()].adaptiveInSession.add(hit: adaptive, optionCount: count)
    }

    func report(
        items: [AdversaryItem], language: Phrasing, sessions: Int, rules: Adversary.SessionRules, graph: LeakGraph,
        teachingPoints: Int
    ) -> AdversaryReport {
        let lines = Set(atRest.keys).union(inSession.keys).sorted()
        return AdversaryReport(
            language: language, itemCount: items.count, teachingPoints: teachingPoints, sessions: sessions,
            showPassageAfterWrong: rules.showPassageAfterWrong, all: all,
            safety: items.contains(where: \.critical) ? safety : nil,
            kinds: kinds.keys.sorted { $0.rawValue < $1.rawValue }.map {
                AdversaryReport.Kind(kind: $0, guessers: kinds[$0] ?? .init())
            },
            cues: lines.map {
                AdversaryReport.Cue(line: $0, staticScore: atRest[$0] ?? Score(), inSession: inSession[$0] ?? Score())
            },
            leakPairs: graph.pairs, leakCycles: graph.cycles,
            droppedPerSession: sessions > 0 ? Double(dropped) / Double(sessions) : 0, keyLength: keyLength,
            perItemInSession: perItem)
    }
}
