import Foundation

/// One pass threshold of adversary.md §6 that a report fails, as data; `sentence` words it for an educator.
///
/// Data first, so `bank lint` can count and sort failures and a later change can move the words to the catalogues
/// (they are English until then).
enum AdversaryFailure: Sendable, Equatable {
    /// Which guesser's score.
    enum Guesser: Sendable, Equatable {
        case fixedStatic, fixedInSession, adaptiveInSession
    }

    /// A guesser more than `margin` points above chance over every item.
    case guesser(Guesser, AdversaryReport.Score, margin: Double)
    /// A guesser more than `margin` points above chance over the safety items.
    case safety(Guesser, AdversaryReport.Score, margin: Double)
    /// A cue line more than `margin` points above chance where it applies to enough items, statically or in a
    /// session (`sessions` then divides its items).
    case cue(CueLine, AdversaryReport.Score, sessions: Int?, margin: Double)
    /// Items that give each other away round a cycle: a session can ask only one of them.
    case leakCycle([String])

    /// The fixed combination and the adaptive guesser, over every item: at most this many points above chance.
    static let guesserMargin = 5.0
    /// Either guesser over the safety items.
    static let safetyMargin = 10.0
    /// Any one cue line, where it applies to at least `cueMinimumItems` items (a session).
    static let cueMargin = 10.0
    static let cueMinimumItems = 5.0

    /// Every threshold the report fails. A cue far below chance fails only through its reverse, which has a line of
    /// its own, so each line is judged one-sided: above chance.
    static func all(in report: AdversaryReport) -> [AdversaryFailure] {
        var failures: [AdversaryFailure] = []
        func guessers(_ scores: AdversaryReport.Guessers) -> [(Guesser, AdversaryReport.Score)] {
            [
                (.fixedStatic, scores.fixedStatic), (.fixedInSession, scores.fixedInSession),
                (.adaptiveInSession, scores.adaptiveInSession),
            ]
        }
        for (guesser, score) in guessers(report.all) where score.pointsAboveChance > guesserMargin {
            failures.append(.guesser(guesser, score, margin: guesserMargin))
        }
        if let safety = report.safety {
            for (guesser, score) in guessers(safety) where score.pointsAboveChance > safetyMargin {
                failures.append(.safety(guesser, score, margin: safetyMargin))
            }
        }
        for cue in report.cues {
            let atRest = cue.staticScore
            if atRest.weight >= cueMinimumItems && atRest.pointsAboveChance > cueMargin {
                failures.append(.cue(cue.line, atRest, sessions: nil, margin: cueMargin))
            }
            let session = cue.inSession
            if report.sessions > 0 && Double(session.items) / Double(report.sessions) >= cueMinimumItems
                && session.pointsAboveChance > cueMargin
            {
                failures.append(.cue(cue.line, session, sessions: report.sessions, margin: cueMargin))
            }
        }
        for cycle in report.leakCycles { failures.append(.leakCycle(cycle)) }
        return failures
    }

    /// The failure in a sentence for an educator.
    var sentence: String {
        switch self {
        case .guesser(let guesser, let score, let margin):
            return "\(Self.who(guesser)) would get \(Self.against(score, margin: margin))"
        case .safety(let guesser, let score, let margin):
            return "On the safety questions alone, \(Self.who(guesser, lowercase: true)) would get "
                + Self.against(score, margin: margin)
        case .cue(let line, let score, let sessions, let margin):
            let items =
                sessions.map { Self.number(Double(score.items) / Double(max(1, $0))) + " questions a session" }
                ?? "\(score.items) questions"
            return "A patient who knows nothing of the topic and would \(line.rule) (\(line.name)) is right "
                + "\(Self.percent(score.rate)) of the time on the \(items) where that rule tells the options apart, "
                + "against \(Self.percent(score.chanceRate)) by chance (\(Self.number(score.pointsAboveChance)) points "
                + "above; at most \(Self.number(margin)) allowed). Change the items so that this rule no longer "
                + "finds the answer."
        case .leakCycle(let ids):
            return "These questions give each other's answers away, so a session can ask only one of them: "
                + ids.joined(separator: ", ") + ". Reword them so that none holds another's answer."
        }
    }

    private static func who(_ guesser: Guesser, lowercase: Bool = false) -> String {
        let text =
            switch guesser {
            case .fixedStatic:
                "A test-wise patient who knows nothing of the topic, answering each question on its own by fixed rules "
                    + "of thumb,"
            case .fixedInSession:
                "A test-wise patient who knows nothing of the topic, answering a session's questions by fixed rules "
                    + "of thumb and what earlier questions showed,"
            case .adaptiveInSession:
                "A test-wise patient who knows nothing of the topic and learns during a session which rules of thumb "
                    + "pay"
            }
        guard lowercase, let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    private static func against(_ score: AdversaryReport.Score, margin: Double) -> String {
        "\(percent(score.rate)) right against \(percent(score.chanceRate)) by chance "
            + "(\(number(score.pointsAboveChance)) points above; at most \(number(margin)) allowed)."
    }

    private static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
    private static func number(_ value: Double) -> String { String(format: "%.1f", value) }
}
