import Words

/// Each cue line as the rule of thumb a test-wise patient follows, for the sentences an educator reads.
extension CueLine {
    /// What a patient following this line does, in plain words ("pick the longest option").
    public var rule: Message {
        let (forward, reverse) = Self.rules(cue)
        return reversed ? reverse : forward
    }

    private static func rules(_ cue: CueID) -> (Message, Message) {
        switch cue {
        case .memory:
            (
                Message("pick what an earlier question worded the same way showed to be right"),
                Message("avoid what an earlier question worded the same way showed to be right")
            )
        case .leak:
            (
                Message("pick the option whose words an earlier question or explanation showed together"),
                Message("pick the option the session has shown least")
            )
        case .seenBefore:
            (
                Message("pick the option the quiz has shown before, in any question"),
                Message("pick the option the quiz has not shown before")
            )
        case .unsafeElimination:
            (
                Message("drop options that hide a symptom, wait, or change a dose on your own"),
                Message("pick the option that hides a symptom, waits, or changes a dose on your own")
            )
        case .careTeam:
            (
                Message("pick the option that sends you to your doctor or care team"),
                Message("pick an option that names no one on the care team")
            )
        case .urgency: (Message("pick the option that acts soonest"), Message("pick the option that waits longest"))
        case .familiarTreatment:
            (
                Message("drop options that name a well-known other treatment or home remedy"),
                Message("pick the option that names a well-known other treatment or home remedy")
            )
        case .absoluteElimination:
            (
                Message("drop options that say always, never or only"),
                Message("pick the option that says always, never or only")
            )
        case .hedge:
            (Message("pick the option that hedges (may, can, some)"), Message("pick the option that does not hedge"))
        case .grammar:
            (
                Message("drop options that do not fit the question's grammar"),
                Message("pick the option that does not fit the question's grammar")
            )
        case .oppositePair:
            (
                Message("when two options are near-opposites, pick one of them"),
                Message("pick an option outside any near-opposite pair")
            )
        case .convergence:
            (
                Message("pick the option sharing most words with the other options"),
                Message("pick the option sharing fewest words with the other options")
            )
        case .clang:
            (
                Message("pick the option that repeats the question's words"),
                Message("pick the option that does not repeat the question's words")
            )
        case .categoryMismatch:
            (
                Message("drop the one option of another kind than the rest"),
                Message("pick the one option of another kind than the rest")
            )
        case .longest: (Message("pick the longest option"), Message("pick the shortest option"))
        case .tfSafety:
            (
                Message("answer true to advice to tell the care team soon, false to advice to wait or keep quiet"),
                Message("answer false to advice to tell the care team soon, true to advice to wait or keep quiet")
            )
        case .tfAbsolute:
            (
                Message("answer false to a statement that says always, never or only"),
                Message("answer true to a statement that says always, never or only")
            )
        case .tfHedge:
            (Message("answer true to a statement that hedges"), Message("answer false to a statement that hedges"))
        case .tfLeak:
            (
                Message("answer true to a statement whose words the session has already shown"),
                Message("answer false to a statement whose words the session has already shown")
            )
        case .tfNegation:
            (
                Message("answer false to a statement with not or never"),
                Message("answer true to a statement with not or never")
            )
        }
    }
}
