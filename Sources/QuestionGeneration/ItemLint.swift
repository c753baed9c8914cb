import Foundation
import ContentModel
import Words

/// Item-writing checks that a program can apply (after Haladyna and the NBME item-writing guide).
enum ItemLint {
    static let maximumGrade = 8.0
    static let maximumKeyLengthRatio = 1.5

    enum Outcome {
        case passed(Draft, repairs: [LintFinding])
        case failed([LintFinding])
    }

    /// The Flesch–Kincaid grade of the stem and options read together, each option as a sentence.
    static func readingGrade(stem: Readability.Counts, key: TextFacts, distractors: [TextFacts]) -> Double {
        // Each option is its own sentence, whether or not it ends with a full stop.
        var total = Readability.Counts(sentences: 0, words: 0, syllables: 0, polysyllables: 0)
        func add(_ c: Readability.Counts) {
            total.sentences += max(1, c.sentences)
            total.words += c.words
            total.syllables += c.syllables
        }
        add(stem)
        add(key.counts)
        distractors.forEach { add($0.counts) }
        guard total.words > 0 else { return 0 }
        return max(0, Readability.fleschKincaidGrade(total))
    }

    /// The same for Spanish: Fernández-Huerta's ease of the stem and options (syllables counted by Spanish rules),
    /// read as a grade with `Readability.gradeFromEase` (ease 60, "normal", is grade 8).
    static func spanishReadingGrade(_ draft: Draft, memo: TextMemo) -> Double {
        var total = Readability.Counts(sentences: 0, words: 0, syllables: 0, polysyllables: 0)
        for text in [draft.stem, draft.key] + draft.distractors.map(\.text) {
            let c = Readability.spanishCounts(memo.taught.apply(text))
            total.sentences += max(1, c.sentences)
            total.words += c.words
            total.syllables += c.syllables
        }
        guard total.words > 0 else { return 0 }
        return Readability.gradeFromEase(Readability.fernandezHuerta(total))
    }

    static func check(_ original: Draft, memo: TextMemo) -> Outcome {
        var draft = original
        let (repairs, failures) = check(&draft, memo: memo)
        return failures.isEmpty ? .passed(draft, repairs: repairs) : .failed(repairs + failures)
    }

    /// Checks a draft in place, repairing what it can: the repairs made, and the failures that drop it.
    ///
    /// Each rule is one function below, applied in this order; rules that repair change the draft for the next.
    static func check(_ draft: inout Draft, memo: TextMemo) -> (repairs: [LintFinding], failures: [LintFinding]) {
        var findings = Findings(draft: draft)
        // Only a question that asks in the negative gets its NOT in capitals: a statement to judge (true or false), a
        // situation or a sentence to complete reads as written.
        if [.groupNotMember, .factQuestion, .faq].contains(draft.kind) {
            capitaliseNegatives(&draft, memo.phrasing.negatives, &findings)
        }
        // The stem is split once, for its counts and (when needed) its words.
        let stemTokens = memo.plainTokens(draft.stem)
        var facts = OptionFacts(key: draft.keyFacts ?? memo.facts(draft.key), distractors: [])
        if draft.kind == .trueFalse {
            facts.distractors = draft.distractors.map { $0.facts ?? memo.facts($0.text) }
        } else {
            facts.distractors = replaceConflictingDistractors(&draft, key: facts.key, memo: memo, &findings)
            requireEnoughOptions(draft, key: facts.key, &findings)
        }
        makeOptionsAlike(&draft, &facts, memo: memo, &findings)
        if draft.kind != .trueFalse, !draft.distractors.isEmpty {
            let longKey = checkKeyLength(facts, &findings)
            checkStemClue(draft, facts, stemTokens: stemTokens, memo: memo, &findings)
            checkAbsolutes(draft, facts, &findings)
            checkHedgedKey(draft, facts, &findings)
            if !longKey { checkKeyStandsOutByLength(draft, facts, &findings) }
            checkKeyFormStandsOut(draft, facts, &findings)
            // Options drawn from concepts share the topic's words by nature (every term or definition speaks of cells
            // and cancer): these two cues are the author's to avoid in options they write.
            if draft.kind.hasAuthoredOptions {
                checkConvergence(draft, facts, &findings)
                checkStemWordInWrongOption(draft, facts, stemTokens: stemTokens, memo: memo, &findings)
            }
        }
        checkReadingGrade(&draft, facts, stemTokens: stemTokens, memo: memo, &findings)
        if draft.kind == .factCompletion { checkCompletionContext(draft, memo: memo, &findings) }
        return (findings.repairs, findings.failures)
    }

    /// What the rules found so far about one draft.
    struct Findings {
        let itemID: String
        let location: SourceLocation?
        var repairs: [LintFinding] = []
        var failures: [LintFinding] = []

        init(draft: Draft) {
            itemID = draft.id
            location = draft.location
        }

        mutating func repaired(_ rule: String, _ message: Message) {
            repairs.append(
                LintFinding(itemID: itemID, rule: rule, message: message, location: location, repaired: true))
        }

        mutating func failed(_ rule: String, _ message: Message) {
            failures.append(
                LintFinding(itemID: itemID, rule: rule, message: message, location: location, repaired: false))
        }
    }

    /// The facts of the key and of each distractor, in the draft's order.
    struct OptionFacts {
        var key: TextFacts
        var distractors: [TextFacts]
    }

    /// The fewest words a sentence to complete keeps beside its blank: "At home, _____." asks nothing a patient can
    /// read as a question.
    static let minimumCompletionContext = 4

    /// A sentence to complete keeps enough of itself — its subject and verb — to say what is asked.
    static func checkCompletionContext(_ draft: Draft, memo: TextMemo, _ findings: inout Findings) {
        let frame = memo.phrasing.completion("")
        let sentence = draft.stem.hasPrefix(frame) ? String(draft.stem.dropFirst(frame.count)) : draft.stem
        // Chinese writes no spaces: its context is counted in characters, a word being about two of them.
        let chinese = memo.phrasing == .chinese
        let count =
            chinese
            ? sentence.unicodeScalars.filter(\.properties.isIdeographic).count
            : sentence.split { !($0.isLetter || $0.isNumber || $0 == "'") }.count
        let minimum = chinese ? 2 * minimumCompletionContext : minimumCompletionContext
        guard count < minimum else { return }
        findings.failed(
            "completion-context",
            chinese
                ? Message(
                    "the sentence to complete keeps only {count} characters beside its blank ('{sentence}'), too few to say what is asked; write the statement with its subject and verb outside the answer, or ask only the question form (forms: [question])",
                    ["count": count, "sentence": sentence])
                : Message(
                    "the sentence to complete keeps only {count} words beside its blank ('{sentence}'), too few to say what is asked; write the statement with its subject and verb outside the answer, or ask only the question form (forms: [question])",
                    ["count": count, "sentence": sentence]))
    }

    /// Negatives in the stem are written in capitals.
    static func capitaliseNegatives(_ draft: inout Draft, _ negatives: [String], _ findings: inout Findings) {
        guard negatives.contains(where: { find($0, in: draft.stem, wholeWords: false) }) else { return }
        var words = draft.stem.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (index, word) in words.enumerated() where negatives.contains(word) {
            words[index] = word.uppercased()
            findings.repaired(
                "negative-capitalised",
                Message("wrote '{word}' in the stem as '{capitals}'", ["word": word, "capitals": word.uppercased()]))
        }
        draft.stem = words.joined(separator: " ")
    }

    /// Distractors that repeat, contain or sit inside the key or each other are replaced by spares, or dropped; those
    /// with an absolute word the key lacks are replaced while there are spares.
    /// - Returns: the facts of the distractors kept.
    static func replaceConflictingDistractors(
        _ draft: inout Draft, key keyFacts: TextFacts, memo: TextMemo, _ findings: inout Findings
    ) -> [TextFacts] {
        var accepted: [DraftOption] = []
        var acceptedFacts: [TextFacts] = []
        accepted.reserveCapacity(draft.distractors.count)
        acceptedFacts.reserveCapacity(draft.distractors.count)
        // A queue: the chosen distractors, then a spare for each one left out.
        var candidates = draft.distractors
        var next = 0
        var sparesUsed = 0
        while next < candidates.count {
            let candidate = candidates[next]
            next += 1
            let facts = candidate.facts ?? memo.facts(candidate.text)
            // A wrong option with an absolute word the key lacks is swapped for a spare while there is one; with none
            // left it stays, and `checkAbsolutes` asks the author to reword it.
            let cue: (rule: String, message: Message)? =
                sparesUsed < draft.spares.count && keyFacts.absolute == nil
                ? facts.absolute.map {
                    (
                        "absolute-in-wrong-option",
                        Message(
                            "'{option}' says '{word}' and the key does not; left it out",
                            ["option": candidate.text, "word": $0])
                    )
                } : nil
            if let problem = cue
                ?? conflict(candidate.text, facts, with: draft.key, keyFacts, accepted, acceptedFacts)
            {
                findings.repaired(problem.rule, problem.message)
                if sparesUsed < draft.spares.count {
                    candidates.append(draft.spares[sparesUsed])
                    sparesUsed += 1
                }
            } else {
                accepted.append(candidate)
                acceptedFacts.append(facts)
            }
        }
        if accepted.count != draft.distractors.count || sparesUsed > 0 { draft.distractors = accepted }
        if sparesUsed > 0 { draft.spares.removeFirst(sparesUsed) }
        return acceptedFacts
    }

    /// At least three options, and a key that is not "all of the above" or the like.
    static func requireEnoughOptions(_ draft: Draft, key: TextFacts, _ findings: inout Findings) {
        if draft.distractors.count < 2 {
            findings.failed(
                "too-few-options",
                Message("only {count} usable options; write more wrong answers", ["count": draft.distractors.count + 1])
            )
        }
        if key.isCombination { findings.failed("combination-option", Message("the key is a combination option")) }
    }

    /// Options alike in form: the same terminal punctuation and the same capitalisation.
    static func makeOptionsAlike(
        _ draft: inout Draft, _ facts: inout OptionFacts, memo: TextMemo, _ findings: inout Findings
    ) {
        func refresh() {
            facts.key = memo.facts(draft.key)
            facts.distractors = draft.distractors.map { memo.facts($0.text) }
        }
        if facts.distractors.contains(where: { $0.endsSentence != facts.key.endsSentence }) {
            draft.key = withPeriod(draft.key)
            draft.distractors = draft.distractors.map { $0.with(text: withPeriod($0.text)) }
            findings.repaired("options-alike", Message("ended every option with a full stop"))
            refresh()
        }
        if facts.distractors.contains(where: { $0.capitalised != facts.key.capitalised }) {
            draft.key = Text.upperFirst(draft.key)
            draft.distractors = draft.distractors.map { $0.with(text: Text.upperFirst($0.text)) }
            findings.repaired("options-alike", Message("started every option with a capital letter"))
            refresh()
        }
    }

    /// The key is not much longer than the wrong answers (the longest option is a well-known cue).
    /// - Returns: whether the key was found too long.
    @discardableResult
    static func checkKeyLength(_ facts: OptionFacts, _ findings: inout Findings) -> Bool {
        let mean = Double(facts.distractors.map(\.characters).reduce(0, +)) / Double(facts.distractors.count)
        guard Double(facts.key.characters) > maximumKeyLengthRatio * mean else { return false }
        findings.failed(
            "key-longest",
            Message(
                "the key has {characters} characters, more than {ratio}× the wrong answers' mean of {mean}",
                ["characters": facts.key.characters, "ratio": maximumKeyLengthRatio, "mean": Int(mean.rounded())]))
        return true
    }

    /// No word of the stem appears in the key alone (a clang clue).
    static func checkStemClue(
        _ draft: Draft, _ facts: OptionFacts, stemTokens: [Int]?, memo: TextMemo, _ findings: inout Findings
    ) {
        // Words only the key has; the stem is split only when there are some.
        func onlyInKey(_ word: String) -> Bool { !facts.distractors.contains { $0.contentWords.contains(word) } }
        let keyOnly = facts.key.contentWords.filter(onlyInKey)
        let clues = keyOnly.isEmpty ? [] : memo.contentWordsOnce(draft.stem, tokens: stemTokens, among: keyOnly)
        if !clues.isEmpty {
            findings.failed(
                "stem-clue",
                Message(
                    "the stem's word '{words}' appears only in the key",
                    ["words": clues.sorted().joined(separator: "', '")]))
        }
    }

    /// No absolute word ("only", "never", "every"…) in a wrong option while the key has none: test-wise learners drop
    /// such options.
    static func checkAbsolutes(_ draft: Draft, _ facts: OptionFacts, _ findings: inout Findings) {
        guard facts.key.absolute == nil else { return }
        for (option, fact) in zip(draft.distractors, facts.distractors) {
            guard let word = fact.absolute else { continue }
            findings.failed(
                "absolute-in-wrong-option",
                Message(
                    "the wrong option '{option}' says '{word}' and the key does not; test-wise learners drop it. Word it without '{word}' (a real misconception a patient could hold)",
                    ["option": option.text, "word": word]))
        }
    }

    /// The key is not the only hedged option ("may", "can", "some"…): test-wise learners pick the careful one.
    static func checkHedgedKey(_ draft: Draft, _ facts: OptionFacts, _ findings: inout Findings) {
        guard let word = facts.key.hedge, facts.distractors.allSatisfy({ $0.hedge == nil }) else { return }
        findings.failed(
            "hedged-key",
            Message(
                "only the key hedges ('{word}'); test-wise learners pick it. Hedge a wrong option too, or word the key plainly",
                ["word": word]))
    }

    /// The key is not the one option much longer than the rest.
    static let standOutLengthRatio = 1.4

    static func checkKeyStandsOutByLength(_ draft: Draft, _ facts: OptionFacts, _ findings: inout Findings) {
        guard let second = facts.distractors.map(\.characters).max(), second > 0 else { return }
        if Double(facts.key.characters) > standOutLengthRatio * Double(second) {
            findings.failed(
                "key-stands-out-by-length",
                Message(
                    "the key has {characters} characters and no wrong option more than {second}; make the options alike in length",
                    ["characters": facts.key.characters, "second": second]))
        }
    }

    /// The grammatical form an option starts with, as far as its first word tells: an article or "to". (Words in
    /// -ing were tried and left out: too many nouns end so, "thing" among them.)
    static func form(_ normalised: String) -> Message {
        switch normalised.prefix(while: { $0 != " " }) {
        case "a", "an", "the": Message("a noun phrase (a, an, the)")
        case "to": Message("to + verb")
        default: Message("another form", context: "an option's grammatical form")
        }
    }

    /// The key is not the one option of its grammatical form (all the wrong options start one way, the key another).
    static func checkKeyFormStandsOut(_ draft: Draft, _ facts: OptionFacts, _ findings: inout Findings) {
        guard facts.distractors.count >= 2 else { return }
        let forms = facts.distractors.map { form($0.normalised) }
        let keyForm = form(facts.key.normalised)
        guard let shared = forms.first, forms.allSatisfy({ $0 == shared }), keyForm != shared else { return }
        findings.failed(
            "key-form-stands-out",
            Message(
                "every wrong option starts as {shared} and the key as {keyForm}; test-wise learners pick the odd one. Give the options one form",
                ["shared": shared, "keyForm": keyForm]))
    }

    /// The key is not the option sharing the most words with the others (test-wise learners pick the one the others
    /// converge on).
    static func checkConvergence(_ draft: Draft, _ facts: OptionFacts, _ findings: inout Findings) {
        let all = [facts.key] + facts.distractors
        let shared = all.indices.map { i in
            all.indices.filter { $0 != i }.reduce(0) { sum, j in
                sum + all[i].contentWords.filter { all[j].contentWords.contains($0) }.count
            }
        }
        guard let runnerUp = shared.dropFirst().max(), shared[0] > runnerUp, shared[0] >= 3 else { return }
        findings.failed(
            "convergence",
            Message(
                "the key shares {shared} words with the other options, more than any wrong option ({runnerUp}); test-wise learners pick it. Vary the wrong options' words",
                ["shared": shared[0], "runnerUp": runnerUp]))
    }

    /// No wrong option repeats a word of the stem that the key does not (a clang association that draws guessers).
    static func checkStemWordInWrongOption(
        _ draft: Draft, _ facts: OptionFacts, stemTokens: [Int]?, memo: TextMemo, _ findings: inout Findings
    ) {
        let wrongWords = facts.distractors.flatMap(\.contentWords).filter { !facts.key.contentWords.contains($0) }
        guard !wrongWords.isEmpty else { return }
        let repeated = memo.contentWordsOnce(draft.stem, tokens: stemTokens, among: Array(Set(wrongWords)))
        guard !repeated.isEmpty else { return }
        findings.failed(
            "stem-word-in-wrong-option",
            Message(
                "a wrong option repeats the stem's word '{words}' and the key does not; test-wise learners are drawn to it. Reword the option",
                ["words": repeated.sorted().joined(separator: "', '")]))
    }

    /// The stem and options read at US grade 8 or below.
    static func checkReadingGrade(
        _ draft: inout Draft, _ facts: OptionFacts, stemTokens: [Int]?, memo: TextMemo, _ findings: inout Findings
    ) {
        let grade: Double
        switch memo.phrasing {
        case .spanish: grade = spanishReadingGrade(draft, memo: memo)
        case .english:
            grade = readingGrade(
                stem: memo.counts(draft.stem, tokens: stemTokens), key: facts.key, distractors: facts.distractors)
        // No reading-grade formula exists for Chinese: its passages are held to a sentence length instead
        // (PassageReadability), and an item is given grade 0, "not measured".
        case .chinese: grade = 0
        }
        draft.readingGrade = grade
        if grade > maximumGrade {
            findings.failed(
                "reading-grade",
                Message(
                    "reading grade {grade} is above {maximum}",
                    ["grade": (grade * 10).rounded() / 10, "maximum": Int(maximumGrade)]))
        }
    }

    /// Why an option cannot stand beside the key and the options accepted so far, if it cannot.
    static func conflict(
        _ text: String, _ option: TextFacts, with key: String, _ keyFacts: TextFacts, _ accepted: [DraftOption],
        _ acceptedFacts: [TextFacts]
    ) -> (rule: String, message: Message)? {
        if option.isCombination {
            return (
                "combination-option",
                Message("'{option}' is an all/none-of-the-above option; left it out", ["option": text])
            )
        }
        func clash(_ other: String, _ facts: TextFacts) -> (rule: String, message: Message)? {
            let n = option.normalised, o = facts.normalised
            if option.isSameOption(as: facts) {
                return (
                    "duplicate-option",
                    Message("'{option}' is the same as '{other}'; left it out", ["option": text, "other": other])
                )
            }
            if containsWords(o, n) {
                return (
                    "option-contains-option",
                    Message("'{option}' is part of '{other}'; left it out", ["option": text, "other": other])
                )
            }
            if containsWords(n, o) {
                return (
                    "option-contains-option",
                    Message("'{option}' contains '{other}'; left it out", ["option": text, "other": other])
                )
            }
            return nil
        }
        if let problem = clash(key, keyFacts) { return problem }
        for (other, facts) in zip(accepted, acceptedFacts) {
            if let problem = clash(other.text, facts) { return problem }
        }
        return nil
    }
}
