import ContentModel

/// A wrong option of a draft: its text, its feedback, and (when the drafter had them) its facts for the checks.
struct DraftOption: Sendable {
    var text: String
    var feedback: String?
    var facts: TextFacts?
    /// The concept whose feedback this option gets, written only if the option survives the checks.
    var feedbackFromConcept: Int? = nil

    /// The same option with other text (its facts are then unknown).
    func with(text: String) -> DraftOption {
        var copy = self
        copy.text = text
        copy.facts = nil
        return copy
    }

    init(_ text: String, _ feedback: String?, facts: TextFacts? = nil) {
        self.text = text
        self.feedback = feedback
        self.facts = facts
    }
}

/// An item before checks and placement: the key first, then distractors with their feedback.
struct Draft: Sendable {
    var id: String
    var kind: ItemKind
    var section: String
    var stem: String
    var key: String
    var distractors: [DraftOption]
    /// Spare distractors to try if one of the chosen fails a check.
    var spares: [DraftOption]
    var explanation: String
    var source: String
    var topic: String
    var critical: Bool
    var location: SourceLocation?
    /// Set by the checks, which compute it anyway.
    var readingGrade: Double = 0
    /// What the checks need to know about the key's text, when the drafter already had it.
    var keyFacts: TextFacts? = nil
    /// The teaching point's element, when not `source` (a variant of another element's rule).
    var point: String? = nil
    var quotes: [String] = []

    /// The item, its strings moved out of the draft (which is left empty).
    mutating func finish() -> Item {
        // The version hashes what a learner reads, independent of option order: the distractors in sorted order.
        var hash = StableHash.of(kind.rawValue, stem)
        hash = StableHash.mix(hash, key)
        switch distractors.count {
        case 0: break
        case 1: hash = StableHash.mix(hash, distractors[0].text)
        case 2, 3:
            // Sorted by hand: no array for two or three texts.
            var a = distractors[0].text, b = distractors[1].text
            if b < a { swap(&a, &b) }
            if distractors.count == 3 {
                var c = distractors[2].text
                if c < b { swap(&b, &c) }
                if b < a { swap(&a, &b) }
                hash = StableHash.mix(StableHash.mix(StableHash.mix(hash, a), b), c)
            } else {
                hash = StableHash.mix(StableHash.mix(hash, a), b)
            }
        default:
            for text in distractors.map(\.text).sorted() { hash = StableHash.mix(hash, text) }
        }
        let version = StableHash.hexPrefix(StableHash.mix(hash, explanation), digits: 12)
        func take<T>(_ value: inout T, _ empty: T) -> T {
            var taken = empty
            swap(&taken, &value)
            return taken
        }
        var options: [String] = []
        var feedback: [String?] = []
        options.reserveCapacity(distractors.count + 1)
        feedback.reserveCapacity(distractors.count + 1)
        let isFalse = kind == .trueFalse && Phrasing.allCases.contains { key == $0.falseWord }
        options.append(take(&key, ""))
        feedback.append(nil)
        for index in distractors.indices {
            options.append(take(&distractors[index].text, ""))
            feedback.append(take(&distractors[index].feedback, nil))
        }
        var answer = 0
        if isFalse {
            // True or false always reads "True" then "False" (in Spanish "Verdadero" then "Falso").
            options.reverse()
            feedback.reverse()
            answer = 1
        }
        return Item(
            id: take(&id, ""), version: version, kind: kind, section: take(&section, ""), stem: take(&stem, ""),
            options: options, answer: answer, explanation: take(&explanation, ""), feedback: feedback,
            source: take(&source, ""), topic: take(&topic, ""), critical: critical,
            readingGrade: (readingGrade * 10).rounded() / 10, point: point, quotes: quotes)
    }
}
