import Words

/// A test-wise patient who knows nothing of the topic and answers by the cues item-writing guides warn about
/// (Haladyna, Downing & Rodriguez 2002; the NBME guide) and the cues of patient education (adversary.md).
///
/// A question tells a nurse what a patient understood only if this adversary does no better on it than chance. It
/// reads only what the trainer shows — stems, options, and in a session the explanations and feedback seen so far —
/// and guesses two ways: by one priority order of cues fixed here, before any bank is seen (`fixedOrder`, pinned by a
/// test: an order chosen on the bank it judges would flatter that bank), and by learning within a session which cues
/// pay, from right and wrong alone. Pure: no I/O, no clock, randomness only from the seed given.
public enum Adversary {
    /// The fixed combination's order for multiple-choice items, strongest evidence first: what the session showed,
    /// the patient-safety cues, content, the classic form cues, and length as the last tie-break (adversary.md §4).
    /// Changing it is a code change with a reason, never a setting. `seenBefore` joined it after a reader who had not
    /// read the article answered every group question by taking the one name other questions had shown.
    public static let fixedOrder: [CueID] = [
        .memory, .leak, .seenBefore, .unsafeElimination, .careTeam, .urgency, .familiarTreatment,
        .absoluteElimination, .hedge, .grammar, .oppositePair, .convergence, .clang, .categoryMismatch, .longest,
    ]

    /// The order for true-or-false items: the first cue with a verdict decides.
    public static let trueFalseOrder: [CueID] = [.tfSafety, .tfAbsolute, .tfHedge, .tfLeak, .tfNegation]

    /// Below this many questions a bank's scores say little: `bank lint` reports them but fails nothing on them.
    public static let minimumItems = 20

    /// The adversary's report on a set of items: every item once with nothing seen (static), then `sessions` seeded
    /// sessions as the planner asks them (one form of each teaching point, in a seeded order that respects
    /// `LeakGraph.order`), the texts shown accumulating: stems, keys and explanations, and the feedback of a wrong
    /// pick.
    /// - Parameters:
    ///   - passages: section id → passage text: leak pairs list what each passage reveals.
    ///   - showPassageAfterWrong: whether the simulated patient reads a section's passage after a wrong answer. The
    ///     trainer never shows one unasked (a patient opens it with `r`, by choice), so the default is false; true
    ///     measures what reading it mid-session gives away.
    public static func report(
        items: [AdversaryItem], language: Phrasing, passages: [String: String], sessions: Int = 200, seed: UInt64 = 7,
        showPassageAfterWrong: Bool = false
    ) -> AdversaryReport {
        simulate(
            items: items, language: language, passages: passages, sessions: sessions, seed: seed,
            rules: SessionRules(showPassageAfterWrong: showPassageAfterWrong))
    }

    /// The pass thresholds of adversary.md §6 applied to a report: one sentence for an educator a failure, none when
    /// the items pass.
    public static func failures(_ report: AdversaryReport) -> [String] {
        AdversaryFailure.all(in: report).map(\.sentence)
    }

    /// The same failures as messages, to be said in the reader's language.
    public static func failureMessages(_ report: AdversaryReport) -> [Message] {
        AdversaryFailure.all(in: report).map(\.message)
    }
}
