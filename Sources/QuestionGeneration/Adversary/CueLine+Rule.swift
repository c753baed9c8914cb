/// Each cue line as the rule of thumb a test-wise patient follows, for the sentences an educator reads.
extension CueLine {
    /// What a patient following this line does, in plain words ("pick the longest option").
    public var rule: String {
        let (forward, reverse) = Self.rules(cue)
        return reversed ? reverse : forward
    }

    private static func rules(_ cue: CueID) -> (String, String) {
        switch cue {
        case .memory:
            (
                "pick what an earlier question worded the same way showed to be right",
                "avoid what an earlier question worded the same way showed to be right"
            )
        case .leak:
            (
                "pick the option whose words an earlier question or explanation showed together",
                "pick the option the session has shown least"
            )
        case .seenBefore:
            (
                "pick the option the quiz has shown before, in any question",
                "pick the option the quiz has not shown before"
            )
        case .unsafeElimination:
            (
                "drop options that hide a symptom, wait, or change a dose on your own",
                "pick the option that hides a symptom, waits, or changes a dose on your own"
            )
        case .careTeam:
            (
                "pick the option that sends you to your doctor or care team",
                "pick an option that names no one on the care team"
            )
        case .urgency: ("pick the option that acts soonest", "pick the option that waits longest")
        case .familiarTreatment:
            (
                "drop options that name a well-known other treatment or home remedy",
                "pick the option that names a well-known other treatment or home remedy"
            )
        case .absoluteElimination:
            ("drop options that say always, never or only", "pick the option that says always, never or only")
        case .hedge: ("pick the option that hedges (may, can, some)", "pick the option that does not hedge")
        case .grammar:
            (
                "drop options that do not fit the question's grammar",
                "pick the option that does not fit the question's grammar"
            )
        case .oppositePair:
            ("when two options are near-opposites, pick one of them", "pick an option outside any near-opposite pair")
        case .convergence:
            (
                "pick the option sharing most words with the other options",
                "pick the option sharing fewest words with the other options"
            )
        case .clang:
            (
                "pick the option that repeats the question's words",
                "pick the option that does not repeat the question's words"
            )
        case .categoryMismatch:
            ("drop the one option of another kind than the rest", "pick the one option of another kind than the rest")
        case .longest: ("pick the longest option", "pick the shortest option")
        case .tfSafety:
            (
                "answer true to advice to tell the care team soon, false to advice to wait or keep quiet",
                "answer false to advice to tell the care team soon, true to advice to wait or keep quiet"
            )
        case .tfAbsolute:
            (
                "answer false to a statement that says always, never or only",
                "answer true to a statement that says always, never or only"
            )
        case .tfHedge: ("answer true to a statement that hedges", "answer false to a statement that hedges")
        case .tfLeak:
            (
                "answer true to a statement whose words the session has already shown",
                "answer false to a statement whose words the session has already shown"
            )
        case .tfNegation:
            ("answer false to a statement with not or never", "answer true to a statement with not or never")
        }
    }
}
