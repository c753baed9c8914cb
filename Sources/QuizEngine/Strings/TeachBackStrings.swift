import LearnerModel

/// The nurse's teach-back step: each teaching point to check, what to ask, what to listen for, what happened.
public struct TeachBackStrings: Sendable, Equatable {
    public let language: Language

    public func heading(_ number: Int, of total: Int) -> String { "Teach-back \(number) of \(total)" }
    public var safety: String { "! Safety point" }
    public var missedToday: String { "Missed in this session" }
    public func flagged(misses: Int) -> String { "Needs teach-back: missed in \(misses) sessions" }
    public var ask: String { "Ask: " }
    public var listenFor: String { "Listen for:" }
    public var whatHappened: String { "What did the patient do?" }
    public func result(_ result: TeachBackResult) -> String {
        switch result {
        case .ownWords: "Explained it in own words"
        case .afterReteaching: "Explained after re-teaching"
        case .notYet: "Could not explain yet"
        case .skipped: "Skipped"
        }
    }
    public var note: String { "Note: " }
    public var noNote: String { "none (n: add one)" }
    public var typeNote: String { "Type a short note for this point. Enter keeps it, Esc leaves it out." }
    public var saving: String { "Saving…" }
    public var terminalKeys: String { "1-4: record · n: note · r: passage · u: undo · Esc: finish" }
    /// The same, for a narrow window.
    public var shortTerminalKeys: String { "1-4 · n note · r read · u undo · Esc" }
    public var noteKeys: String { "Enter: keep the note · Esc: leave it out" }
    public var shortNoteKeys: String { "Enter: keep · Esc: leave out" }

    /// Under the session's summary in a nurse-led session.
    public func next(points: Int, safety: Int) -> String {
        "Next: teach-back with the patient, \(CommonStrings(language: language).count(points, "teaching point"))"
            + (safety > 0 ? " (\(safety) on safety)." : ".")
    }
    public var summaryKeys: String { "Enter: teach-back · Esc: home · PgDn/PgUp: scroll" }
    public var shortSummaryKeys: String { "Enter: teach-back · Esc: home" }
    /// On the nurse's view of the learner.
    public func needsTeachBack(_ n: Int) -> String {
        "Needs teach-back: \(CommonStrings(language: language).count(n, "teaching point")), missed often."
    }

    // Notices.
    public func saved(_ n: Int) -> String {
        n == 0
            ? "Teach-back finished; nothing was recorded."
            : "Teach-back saved for \(CommonStrings(language: language).count(n, "teaching point")). "
                + "The report has the note for the chart."
    }
    public var nothingToCheck: String {
        "Nothing to check by teach-back in this topic: no safety points, and none missed often."
    }
    public var takenBack: String { "The last teach-back result was taken back." }
    public var nothingToTakeBack: String { "No teach-back result to take back yet." }
    public func notSaved(_ why: String) -> String { "That teach-back result was not saved: \(why)" }
    public var pressANumber: String { "Press 1, 2, 3 or 4 to record what the patient did." }

    // Plain mode.
    public var plainChoices: String {
        "1) Explained it in own words  2) Explained after re-teaching  3) Could not explain yet  4) Skipped"
    }
    public var plainPrompt: String {
        "Record 1-4 (a note may follow the number), r to read the passage, u to undo, q to finish: "
    }
    public func plainBegin(points: Int) -> String {
        "Teach-back with the patient: \(CommonStrings(language: language).count(points, "teaching point")) to check."
    }
}
