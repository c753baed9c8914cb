/// The cues that read an item through the word lists, scored once per item (adversary.md §2).
///
/// Each score is one number per option, higher meaning "more likely the key, to this cue"; a cue whose scores are
/// all equal does not apply. Each is the prototype's rule, so the port gives its numbers.
extension AdversaryReader {
    /// The scores of every cue that needs no session.
    func itemScores(_ item: ReadItem) -> [CueID: [Double]] {
        item.isTrueFalse ? trueFalseScores(item) : multipleChoiceScores(item)
    }

    /// The multiple-choice cues: list cues here, form cues from `ReadItem`.
    func multipleChoiceScores(_ item: ReadItem) -> [CueID: [Double]] {
        let counts = item.options.map { self.counts(in: $0) }
        func list(_ name: CueLists.Name) -> [Double] { counts.map { Double($0[name.rawValue]) } }
        var scores: [CueID: [Double]] = [:]
        scores[.unsafeElimination] = list(.unsafe).map { -$0 }
        // Naming the care team scores 1 a phrase; a reporting verb beside it ("tell your doctor") half as much again.
        scores[.careTeam] = zip(list(.careTeam), list(.report)).map { team, report in
            team > 0 ? team + 0.5 * report : team
        }
        scores[.urgency] = zip(list(.urgency), list(.delay)).map { soon, late in soon - late }
        scores[.familiarTreatment] = familiarTreatmentScores(item)
        // A negated absolute ("Not always.") reads as a hedge, not an absolute.
        let negated = list(.negatedAbsolute)
        scores[.absoluteElimination] = zip(list(.absolute), negated).map { -max(0, $0 - $1) }
        scores[.hedge] = zip(list(.hedge), negated).map { $0 + $1 }
        scores[.grammar] = item.grammarScores()
        scores[.oppositePair] = item.oppositePairScores()
        scores[.convergence] = item.convergenceScores()
        scores[.clang] = item.clangScores()
        scores[.categoryMismatch] = Self.categoryMismatchScores(counts)
        scores[.longest] = item.longestScores()
        return scores
    }

    /// Familiar treatments and home remedies count against an option, unless the stem names them itself (then they
    /// are the topic, not a stranger among the options).
    func familiarTreatmentScores(_ item: ReadItem) -> [Double] {
        let named = familiarOrRemedy.entries(in: item.stem)
        return item.options.map { -Double(familiarOrRemedy.entries(in: $0).subtracting(named).count) }
    }

    /// The one option of another kind than all the others scores −1: its signature (which of care team, other help,
    /// familiar treatment, remedy, body, measure and time it names) differs from the one the others share. Says
    /// nothing under three options, or when no single option stands out.
    static func categoryMismatchScores(_ counts: [[Int]]) -> [Double]? {
        let signatures = counts.map { count in
            CueLists.categories.enumerated().reduce(0) { signature, category in
                count[category.element.rawValue] > 0 ? signature | (1 << category.offset) : signature
            }
        }
        guard signatures.count >= 3 else { return nil }
        var tally: [Int: Int] = [:]
        for signature in signatures { tally[signature, default: 0] += 1 }
        guard let shared = tally.first(where: { $0.value == signatures.count - 1 })?.key else { return nil }
        return signatures.map { $0 == shared ? 0.0 : -1.0 }
    }

    /// The true-or-false cues that need no session: each a verdict on the statement, or nothing.
    func trueFalseScores(_ item: ReadItem) -> [CueID: [Double]] {
        let counts = self.counts(in: item.statement)
        func count(_ name: CueLists.Name) -> Int { counts[name.rawValue] }
        let toward = count(.careTeam) + count(.urgency)
        let away = count(.unsafe) + count(.delay)
        var scores: [CueID: [Double]] = [:]
        // Safety advice is true to the test-wise, advice to wait or hide false.
        scores[.tfSafety] = item.vote(toward == away ? 0 : toward > away ? 1 : -1)
        scores[.tfAbsolute] = item.vote(count(.absolute) > count(.negatedAbsolute) ? -1 : 0)
        scores[.tfHedge] = item.vote(count(.hedge) + count(.negatedAbsolute) > 0 ? 1 : 0)
        // "Not" flips a true sentence, so a statement with a negation is taken as false.
        scores[.tfNegation] = item.vote(count(.negation) > 0 ? -1 : 0)
        return scores
    }
}
