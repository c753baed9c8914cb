import Foundation
import LearnerModel

/// Sentences that more than one screen (and the reports) use.
public struct CommonStrings: Sendable, Equatable {
    public let language: Language

    public var appName: String { "Teachback" }
    public var disclaimer: String {
        "For learning only, not medical advice. Ask your care team about your treatment."
    }

    /// "1 question", "3 questions".
    public func count(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }

    /// A session mode's name, for the title bar and reports.
    public func modeTitle(_ mode: SessionMode) -> String {
        switch mode {
        case .review: "Practice"
        case .missed: "Review missed questions"
        case .section: "Practise one section"
        case .exam: "Exam"
        case .teachBack: "Teach-back"
        }
    }

    /// "in 10 minutes", "tomorrow", "in 3 days", "in 2 months".
    public func relative(from now: Date, to due: Date) -> String {
        let seconds = due.timeIntervalSince(now)
        if seconds < 90 { return "in a minute" }
        let minutes = Int((seconds / 60).rounded())
        if minutes < 60 { return "in \(minutes) minutes" }
        let hours = Int((seconds / 3600).rounded())
        if hours < 24 { return hours == 1 ? "in an hour" : "in \(hours) hours" }
        let days = Int((seconds / 86_400).rounded())
        if days == 1 { return "tomorrow" }
        if days < 45 { return "in \(days) days" }
        let months = Int((Double(days) / 30.4).rounded())
        if months < 18 { return "in \(months) months" }
        return "in \(Int((Double(days) / 365).rounded())) years"
    }

    /// "Please make this window bigger: …", for a terminal under the smallest size.
    public func windowTooSmall(minimum: (Int, Int), actual: (Int, Int)) -> String {
        "Please make this window bigger: at least \(minimum.0) × \(minimum.1). It is \(actual.0) × \(actual.1) now."
    }

    public var moreBelow: String { "↓ more below (PgDn)" }
    public var moreAbove: String { "↑ more above (PgUp)" }
}
