/// The cue families a test-wise patient answers by (adversary.md §2), named as the notes and reports name them.
///
/// The first fourteen read multiple-choice options, the last five true-or-false statements. Each is one pure rule
/// scoring the options; its reverse (`CueLine.reversed`) is the negated score, because a bank tuned against a cue
/// turns it around ("pick the shorter one" paid once wrong options were padded).
public enum CueID: String, Sendable, CaseIterable, Hashable {
    /// An option shown as the key (or as wrong) of an earlier item with the same stem.
    case memory
    /// An option whose own words were seen together in an earlier text of the session.
    case leak
    /// An option the session showed before, anywhere — another question's options included: a test-wise patient
    /// takes the name they have seen on the sheet over the ones they have not.
    case seenBefore = "seen-before"
    /// Drop options that hide a symptom, wait, or stop, skip or double a dose on your own.
    case unsafeElimination = "unsafe-elimination"
    /// Take the option that sends you to the doctor or care team.
    case careTeam = "care-team"
    /// Take the option that acts soonest.
    case urgency
    /// Drop an option naming a well-known other treatment or home remedy.
    case familiarTreatment = "familiar-treatment"
    /// Drop options that say always, never, only.
    case absoluteElimination = "absolute-elimination"
    /// Take the option that hedges (may, can, some, it depends).
    case hedge
    /// Drop options that do not fit the stem's grammar.
    case grammar
    /// When two options are near-opposites, the key is one of them.
    case oppositePair = "opposite-pair"
    /// Take the option sharing most words with the others: the centre the wrong options were varied from.
    case convergence
    /// Take the option echoing the stem's words.
    case clang
    /// Drop the one option of another kind than the rest.
    case categoryMismatch = "category-mismatch"
    /// Take the longest, most careful option.
    case longest
    /// True if the statement reports to the care team soon, false if it waits or hides.
    case tfSafety = "tf-safety"
    /// False if the statement has an absolute.
    case tfAbsolute = "tf-absolute"
    /// True if the statement hedges.
    case tfHedge = "tf-hedge"
    /// True if the session showed most of the statement's words together.
    case tfLeak = "tf-leak"
    /// False if the statement has a negation.
    case tfNegation = "tf-negation"

    /// Whether the cue reads true-or-false statements (else multiple-choice options).
    public var readsTrueFalse: Bool {
        switch self {
        case .tfSafety, .tfAbsolute, .tfHedge, .tfLeak, .tfNegation: true
        default: false
        }
    }

    /// Whether the cue reads what the session has shown: such a cue says nothing about an item seen alone.
    public var needsSession: Bool { self == .memory || self == .leak || self == .seenBefore || self == .tfLeak }
}
