import ContentModel
import Foundation
import LearnerModel

/// Sentences that more than one screen (and the reports) use.
package struct CommonStrings: Sendable, Equatable {
    package let language: Language

    package var appName: String { "Teachback" }
    package var disclaimer: String {
        language.text("For learning only, not medical advice. Ask your care team about your treatment.")
    }

    /// "1 question" / "1 pregunta".
    package func questions(_ n: Int) -> String { language.plural("{count} question", "{count} questions", count: n) }

    /// "1 teaching point" / "1 punto de enseñanza".
    package func teachingPoints(_ n: Int) -> String {
        language.plural("{count} teaching point", "{count} teaching points", count: n)
    }

    /// One line for a patient or nurse about a bank: draft, or reviewed by whom and when.
    package func reviewLine(_ review: ReviewStatus) -> String {
        switch review {
        case .draft: language.text("Draft: not yet checked by a clinician.")
        case .reviewed(let by, let on): language.text("Reviewed by {name} on {day}.", ["name": by, "day": on])
        }
    }

    /// The first line of a question export: which bank, which version, and its review.
    package func exportHeading(id: String, version: String, review: ReviewStatus) -> String {
        language.text(
            "Teachback export of {id}, version {version}. {review}",
            ["id": id, "version": version, "review": reviewLine(review)])
    }

    /// The topic's title and its review line, under the home screen's greeting.
    package func about(_ title: String, review: ReviewStatus) -> String {
        language.text("{title}. {review}", ["title": title, "review": reviewLine(review)])
    }

    /// A session mode's name, for the title bar and reports.
    package func modeTitle(_ mode: SessionMode) -> String {
        switch mode {
        case .review: language.text("Practice")
        case .missed: language.text("Review missed questions")
        case .section: language.text("Practise one section")
        case .exam: language.text("Exam")
        case .teachBack: language.text("Teach-back")
        }
    }

    /// "in 10 minutes", "tomorrow", "in 3 days", "in 2 months".
    package func relative(from now: Date, to due: Date) -> String {
        let seconds = due.timeIntervalSince(now)
        let l = language
        if seconds < 90 { return l.text("in a minute") }
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return l.plural("in {count} minute", "in {count} minutes", count: minutes) }
        let hours = Int((seconds / 3600).rounded())
        if hours < 24 {
            return hours == 1 ? l.text("in an hour") : l.plural("in {count} hour", "in {count} hours", count: hours)
        }
        let days = Int((seconds / 86_400).rounded())
        if days == 1 { return l.text("tomorrow") }
        if days < 45 { return l.plural("in {count} day", "in {count} days", count: days) }
        let months = Int((Double(days) / 30.4).rounded())
        if months < 18 { return l.plural("in {count} month", "in {count} months", count: months) }
        let years = Int((Double(days) / 365).rounded())
        return l.plural("in {count} year", "in {count} years", count: years)
    }

    /// "Please make this window bigger: …", for a terminal under the smallest size.
    package func windowTooSmall(minimum: (Int, Int), actual: (Int, Int)) -> String {
        // "41 × 6" is one word to the line breaker (no-break spaces), so a narrow window never splits a size.
        language.text(
            "Please make this window bigger: at least {minimum}. It is {size} now.",
            ["minimum": "\(minimum.0)\u{A0}×\u{A0}\(minimum.1)", "size": "\(actual.0)\u{A0}×\u{A0}\(actual.1)"])
    }

    package var moreBelow: String { language.text("↓ more below (PgDn)") }
    package var moreAbove: String { language.text("↑ more above (PgUp)") }
}
