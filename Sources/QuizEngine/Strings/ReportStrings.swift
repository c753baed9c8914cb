/// The nurse's learner report (text, Markdown, HTML, and the sentences CSV and JSON carry): headings, lines, the
/// evaluation, the charting sentence and the readiness sentence.
package struct ReportStrings: Sendable, Equatable {
    package let language: Language

    // Headings: text (capitals), Markdown and HTML.
    package func title(_ learner: String) -> String {
        language.text("Teachback report: {learner}", ["learner": learner])
    }
    package func textTitle(_ learner: String) -> String {
        language.text("TEACHBACK REPORT: {learner}", ["learner": learner])
    }
    package func topic(_ title: String, _ review: String) -> String {
        language.text("Topic: {title} ({review})", ["title": title, "review": review])
    }
    package func printed(_ when: String, since: String?) -> String {
        guard let since else { return language.text("Printed {when}", ["when": when]) }
        return language.text("Printed {when}, answers since {day}", ["when": when, "day": since])
    }

    // Joining: sentences one after another, and the items of a list, as the language writes them.
    /// Sentences one after another ("A. B." in English, "A。B。" in Chinese).
    package func sentences(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.reduce("") { sofar, next in
            sofar.isEmpty
                ? next
                : language.text(
                    "{previous} {next}", context: "one sentence after another", ["previous": sofar, "next": next])
        }
    }
    /// Items of a list inside a sentence ("a; b; c").
    package func items(_ parts: [String]) -> String {
        parts.reduce("") { sofar, next in
            sofar.isEmpty
                ? next
                : language.text(
                    "{previous}; {next}", context: "the items of a list inside a sentence",
                    ["previous": sofar, "next": next])
        }
    }
    package var evaluation: String { language.text("Evaluation") }
    package var readiness: String { language.text("Readiness") }
    package var teachBack: String { language.text("Teach-back", context: "report heading") }
    package var needsTeachBack: String { language.text("Needs teach-back") }
    package var needsTeachBackOften: String {
        language.text("Needs teach-back (missed often)")
    }
    package var sessions: String { language.text("Sessions") }
    package var masteryBySection: String { language.text("Mastery by section") }
    package var masteryBySectionLong: String {
        language.text("Mastery by section (share of questions likely remembered now)")
    }
    package var missedQuestions: String { language.text("Missed questions") }
    package var missedSafetyFirst: String {
        language.text("Missed questions (safety first)")
    }
    package var missedMoreThanOnce: String { language.text("Missed more than once") }
    package var prompts: String { language.text("Teach-back prompts") }
    package var upcoming: String { language.text("Reviews coming up") }
    package var noneYet: String { language.text("None yet.") }
    package var none: String { language.text("None.") }
    package var disclaimer: String {
        language.text("For learning only, not medical advice.")
    }

    // Lines.
    package func ledBy(_ when: String, _ nurse: String) -> String {
        language.text("{when}, led by {nurse}", ["when": when, "nurse": nurse])
    }
    package func ledBy(_ nurse: String) -> String { language.text("led by {nurse}", ["nurse": nurse]) }
    /// A nurse's name as a record keeps it: a signed-in account's name as it is; a name typed before accounts (anyone
    /// could have typed it) marked so.
    package func nurse(_ name: String, verified: Bool) -> String {
        verified ? name : language.text("{name} (typed name, not verified)", ["name": name])
    }
    package func note(_ text: String) -> String { language.text("note: {text}", ["text": text]) }
    package var safetyTag: String { language.text("[SAFETY] ") }
    package var safetyWord: String { language.text("Safety") }
    package func missedIn(_ sessions: Int) -> String {
        language.plural("missed in {count} session", "missed in {count} sessions", count: sessions)
    }
    package func checkedByTeachBack(_ n: Int) -> String {
        language.plural(
            "{count} teaching point checked by teach-back", "{count} teaching points checked by teach-back", count: n)
    }
    package func correct(_ right: Int, of asked: Int) -> String {
        language.text("{right} of {asked} correct", ["right": right, "asked": asked])
    }
    package func of(_ right: Int, _ asked: Int) -> String {
        language.text("{right} of {asked}", ["right": right, "asked": asked])
    }
    package var notYetAnswered: String { language.text("not yet answered") }
    package func answersRight(_ right: Int, of answered: Int) -> String {
        answered == 1
            ? language.text("{right} of 1 answer right", ["right": right])
            : language.text("{right} of {answered} answers right", ["right": right, "answered": answered])
    }
    package func missedTimesTag(_ n: Int) -> String { language.text("[missed {n}x] ", ["n": n]) }
    package var laterRightTag: String { language.text("[later right] ") }
    package func missedTimes(_ n: Int) -> String { language.text("missed {n} times", ["n": n]) }
    package func missedTimesSentence(_ n: Int) -> String { language.text("Missed {n} times. ", ["n": n]) }
    package var laterAnsweredRight: String { language.text("later answered right") }
    package var laterAnsweredRightSentence: String { language.text("Later answered right. ") }
    package func chose(_ text: String) -> String { language.text("Chose: {text}", ["text": text]) }
    package func rightAnswer(_ text: String) -> String { language.text("Right answer: {text}", ["text": text]) }
    package var rightAnswerLabel: String { language.text("Right answer:") }
    /// The sentence of the source a missed question's answer comes from.
    package func fromTheSource(_ quote: String) -> String {
        language.text("From the source: “{quote}”", ["quote": quote])
    }
    package var choseLabel: String { language.text("Chose:") }
    package func times(_ n: Int) -> String { language.plural("{count} time", "{count} times", count: n) }
    package var ask: String { language.text("Ask:") }
    package var listenFor: String { language.text("Listen for:") }
    package func upcomingLine(today: Int, week: Int, later: Int) -> String {
        language.text(
            "Today: {today}. Next 7 days: {week}. Days 8-14: {later}.", ["today": today, "week": week, "later": later])
    }

    // Table headings (Markdown and HTML).
    package var date: String { language.text("Date") }
    package var mode: String { language.text("Mode") }
    package var ledByHeading: String { language.text("Led by") }
    package var correctHeading: String { language.text("Correct") }
    package var resultHeading: String { language.text("Result") }
    package var section: String { language.text("Section") }
    package var mastery: String { language.text("Mastery") }
    package var answersRightHeading: String { language.text("Answers right") }
    package var likelyRemembered: String { language.text("Likely remembered now") }
    package var teachingPoint: String { language.text("Teaching point") }
    package var noteHeading: String { language.text("Note") }
    package var chartLabel: String {
        language.text("Percent correct in each session")
    }
    package func sessionPoint(_ n: Int, _ percent: Int) -> String {
        language.text("Session {n}: {percent}%", ["n": n, "percent": percent])
    }
    package var chartAxis: String {
        language.text("sessions, oldest to newest")
    }

    // The evaluation.
    package var noQuizAnswers: String { language.text("No quiz answers recorded yet.") }
    package var noAnswers: String {
        language.text("No answers recorded yet; teach-back not yet done.")
    }
    package func allCorrect(teachBackDone: Bool, hadMissed: Bool) -> String {
        switch (teachBackDone, hadMissed) {
        case (true, true): language.text("Quiz: answered every question correctly, including those first missed.")
        case (true, false): language.text("Quiz: answered every question correctly.")
        case (false, true):
            language.text(
                "Stated the essential points: answered every question correctly, including those first missed.")
        case (false, false): language.text("Stated the essential points: answered every question correctly.")
        }
    }
    package func questionsGone(_ n: Int) -> String {
        language.plural("{count} question no longer in the bank", "{count} questions no longer in the bank", count: n)
    }
    package func needsReinforcement(_ parts: [String], teachBackDone: Bool) -> String {
        teachBackDone
            ? language.text("Quiz: needs reinforcement on: {topics}.", ["topics": items(parts)])
            : language.text("Needs reinforcement on: {topics}.", ["topics": items(parts)])
    }
    package func safetyStillMissed(_ n: Int) -> String {
        language.plural(
            "Safety: {count} question on when to act or call the care team still missed.",
            "Safety: {count} questions on when to act or call the care team still missed.", count: n)
    }
    package func pointNoLongerInBank(_ id: String) -> String {
        language.text("{id} (no longer in the bank)", ["id": id])
    }
    package func questionNoLongerInBank(_ id: String) -> String {
        language.text("(question no longer in the bank: {id})", ["id": id])
    }

    // The charting sentence.
    package func educationProvided(_ topic: String, nurses: String, from: String, to: String) -> String {
        from == to
            ? language.text(
                "Education on {topic} provided to the patient using teach-back, led by {nurses} on {day}.",
                ["topic": topic, "nurses": nurses, "day": to])
            : language.text(
                "Education on {topic} provided to the patient using teach-back, led by {nurses} from {from} to {to}.",
                ["topic": topic, "nurses": nurses, "from": from, "to": to])
    }
    package var allSkipped: String {
        language.text("No teaching point was checked (all skipped).")
    }
    package func notYetAble(_ names: String) -> String {
        language.text("Not yet able to explain: {names} — follow-up needed.", ["names": names])
    }
    package func explainedOwnWords(_ names: String) -> String {
        language.text("Explained in own words: {names}.", ["names": names])
    }
    package func explainedAfterReteaching(_ names: String) -> String {
        language.text("Explained after re-teaching: {names}.", ["names": names])
    }
    /// Names in a list: "A", "A and B", "A, B and C".
    package func list(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        guard names.count > 1 else { return last }
        let head = names.dropLast().reduce("") { sofar, next in
            sofar.isEmpty
                ? next
                : language.text(
                    "{previous}, {next}", context: "names in a list, before the last",
                    ["previous": sofar, "next": next])
        }
        return language.text(
            "{previous} and {last}", context: "names in a list, the last", ["previous": head, "last": last])
    }
    package func flagSentence(_ n: Int, safety: Int) -> String {
        safety > 0
            ? language.plural(
                "Needs teach-back: {count} teaching point missed often ({safety} on safety).",
                "Needs teach-back: {count} teaching points missed often ({safety} on safety).", count: n,
                ["safety": safety])
            : language.plural(
                "Needs teach-back: {count} teaching point missed often.",
                "Needs teach-back: {count} teaching points missed often.", count: n)
    }

    // The readiness sentence.
    package func ready(_ points: Int) -> String {
        language.text(
            "Ready: every teaching point ({points}) was answered right at its last review, and none is overdue.",
            ["points": points])
    }
    package var noQuestions: String {
        language.text("Not ready yet: this topic has no questions.")
    }
    package func notAsked(_ n: Int) -> String {
        language.plural("{count} not yet asked", "{count} not yet asked", count: n)
    }
    package func wrongLast(_ n: Int) -> String {
        language.plural(
            "{count} answered wrongly at the last review", "{count} answered wrongly at the last review", count: n)
    }
    package func overdue(_ n: Int) -> String {
        language.plural("{count} overdue for review", "{count} overdue for review", count: n)
    }
    package func notReady(of points: Int, _ missing: [String]) -> String {
        let count = CommonStrings(language: language).teachingPoints(points)
        return language.text("Not ready yet, of {count}: {missing}.", ["count": count, "missing": items(missing)])
    }
    package func readyBy(_ day: String) -> String { language.text("Ready by {day}.", ["day": day]) }
    package func isToday(_ day: String) -> String { language.text("{day} is today.", ["day": day]) }
    package func datePassed(_ day: String) -> String {
        language.text("The date to be ready by, {day}, has passed.", ["day": day])
    }
    package func onTrack(_ day: String, daysLeft: Int, perDay: Int, limit: Int?) -> String {
        let days = language.plural("{count} day left", "{count} days left", count: daysLeft)
        return switch (perDay > 0, limit) {
        case (true, let limit?):
            language.plural(
                "On track for {day}: {days}, {count} new a day (more than the daily limit of {limit}).",
                "On track for {day}: {days}, {count} new a day (more than the daily limit of {limit}).",
                count: perDay, ["day": day, "days": days, "limit": limit])
        case (true, nil):
            language.plural(
                "On track for {day}: {days}, {count} new a day.", "On track for {day}: {days}, {count} new a day.",
                count: perDay, ["day": day, "days": days])
        case (false, let limit?):
            language.text(
                "On track for {day}: {days} (more than the daily limit of {limit}).",
                ["day": day, "days": days, "limit": limit])
        case (false, nil): language.text("On track for {day}: {days}.", ["day": day, "days": days])
        }
    }
    package var tooLate: String {
        language.text("too close to introduce every point in time")
    }
    package var reviewsOverdue: String { language.text("reviews are overdue") }
    package func behind(_ day: String, _ why: [String]) -> String {
        language.text("Behind for {day}: {reasons}.", ["day": day, "reasons": items(why)])
    }
}
