import LearnerModel

/// The nurse's teach-back step: each teaching point to check, what to ask, what to listen for, what happened.
package struct TeachBackStrings: Sendable, Equatable {
    package let language: Language

    package func heading(_ number: Int, of total: Int) -> String {
        language.text("Teach-back {number} of {total}", ["number": number, "total": total])
    }
    /// The heading with the topic and section it is about, for plain mode.
    package func headingWithPlace(_ number: Int, of total: Int, topic: String?, section: String?) -> String {
        switch (topic, section) {
        case (let topic?, let section?):
            language.text(
                "Teach-back {number} of {total} ({topic}: {section})",
                ["number": number, "total": total, "topic": topic, "section": section])
        case (let one?, nil), (nil, let one?):
            language.text(
                "Teach-back {number} of {total} ({place})", ["number": number, "total": total, "place": one])
        case (nil, nil): heading(number, of: total)
        }
    }
    package var safety: String { language.text("! Safety point") }
    package var missedToday: String { language.text("Missed in this session") }
    package func flagged(misses: Int) -> String {
        language.plural(
            "Needs teach-back: missed in {count} session", "Needs teach-back: missed in {count} sessions", count: misses
        )
    }
    package var ask: String { language.text("Ask: ") }
    package var listenFor: String { language.text("Listen for:") }
    package var whatHappened: String { language.text("What did the patient do?") }
    package func result(_ result: TeachBackResult) -> String {
        switch result {
        case .ownWords: language.text("Explained it in own words")
        case .afterReteaching: language.text("Explained after re-teaching")
        case .notYet: language.text("Could not explain yet")
        case .skipped: language.text("Skipped")
        }
    }
    package var note: String { language.text("Note: ") }
    package var noNote: String { language.text("none (n: add one)") }
    package var typeNote: String {
        language.text("Type a short note for this point. Enter keeps it, Esc leaves it out.")
    }
    package var saving: String { language.text("Saving…") }
    package var terminalKeys: String {
        language.text("1–4: record · n: note · r: passage · u: undo · Esc: finish")
    }
    /// The same, for a narrow window.
    package var shortTerminalKeys: String {
        language.text("1–4 · n note · r read · u undo · Esc")
    }
    package var noteKeys: String {
        language.text("Enter: keep the note · Esc: leave it out")
    }
    package var shortNoteKeys: String { language.text("Enter: keep · Esc: leave out") }

    /// Under the session's summary in a nurse-led session.
    package func next(points: Int, safety: Int) -> String {
        let n = CommonStrings(language: language).teachingPoints(points)
        let onSafety = safety > 0 ? language.text(" ({safety} on safety).", ["safety": safety]) : "."
        return language.text("Next: teach-back with the patient, {n}", ["n": n])
            + onSafety
    }
    package var summaryKeys: String {
        language.text("Enter: teach-back · Esc: home · PgDn/PgUp: scroll")
    }
    package var shortSummaryKeys: String {
        language.text("Enter: teach-back · Esc: home")
    }
    /// On the nurse's view of the learner.
    package func needsTeachBack(_ n: Int) -> String {
        language.plural(
            "Needs teach-back: {count} teaching point, missed often.",
            "Needs teach-back: {count} teaching points, missed often.", count: n)
    }

    // Notices.
    package func saved(_ n: Int) -> String {
        let points = CommonStrings(language: language).teachingPoints(n)
        return n == 0
            ? language.text("Teach-back finished; nothing was recorded.")
            : language.text("Teach-back saved for {points}. The report has the note for the chart.", ["points": points])
    }
    package var nothingToCheck: String {
        language.text("Nothing to check by teach-back in this topic: no safety points, and none missed often.")
    }
    package var takenBack: String {
        language.text("The last teach-back result was taken back.")
    }
    package var nothingToTakeBack: String {
        language.text("No teach-back result to take back yet.")
    }
    package func notSaved(_ why: String) -> String {
        language.text("That teach-back result was not saved: {why}", ["why": why])
    }
    package var pressANumber: String {
        language.text("Press 1, 2, 3 or 4 to record what the patient did.")
    }

    // What the nurse asks, and the chart's name for each teaching point (in the bank's language).
    package func askWhatToDo(_ situation: String) -> String {
        language.text("{situation} In your own words, what would you do?", ["situation": situation])
    }
    package func askMeaning(_ term: String) -> String {
        language.text("In your own words, what does “{term}” mean?", ["term": term])
    }
    package func askNames(_ label: String) -> String {
        language.text("Can you name the {label}?", ["label": label])
    }
    package func askInOwnWords(_ question: String) -> String {
        language.text("In your own words: {question}", ["question": question])
    }
    package func askTrueOrFalse(_ statement: String) -> String {
        language.text("Is this true or false, and why? \"{statement}\"", ["statement": statement])
    }
    package func labelWhatToDo(_ situation: String) -> String {
        language.text("what to do: {situation}", ["situation": situation])
    }
    package func labelMeaning(_ term: String) -> String {
        language.text("what “{term}” means", ["term": term])
    }
    package func labelGroup(_ label: String) -> String { language.text("the {label}", ["label": label]) }
    package func labelWhether(_ statement: String) -> String {
        language.text("whether “{statement}” is true", ["statement": statement])
    }
    package func itIs(_ isTrue: Bool) -> String {
        isTrue
            ? language.text("That it is true.")
            : language.text("That it is not true.")
    }

    // Plain mode.
    package var plainChoices: String {
        language.text(
            "1) Explained it in own words  2) Explained after re-teaching  3) Could not explain yet  4) Skipped")
    }
    package var plainPrompt: String {
        language.text("Record 1–4 (a note may follow the number), r to read the passage, u to undo, q to finish: ")
    }
    package func plainBegin(points: Int) -> String {
        let n = CommonStrings(language: language).teachingPoints(points)
        return language.text("Teach-back with the patient: {n} to check.", ["n": n])
    }
}
