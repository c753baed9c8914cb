import Foundation
import Words

/// One pass threshold of adversary.md §6 that a report fails, as data; `sentence` words it for an educator.
///
/// Data first, so `bank lint` can count and sort failures; its words are messages of the catalogues.
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

    /// The failure in a sentence for an educator, said in the reader's language at the edge (a cue line's rule is a
    /// message too; its name is an identifier, the same in every language). Each guesser's sentence is written whole,
    /// with its arguments spelled out at the call, so the catalogue check can match them against its placeholders.
    var message: Message {
        switch self {
        case .guesser(let guesser, let score, let margin):
            let numbers = Self.numbers(score, margin: margin)
            switch guesser {
            case .fixedStatic:
                return Message(
                    "A test-wise patient who knows nothing of the topic, answering each question on its own by fixed rules of thumb, would get {rate} right against {chance} by chance ({points} points above; at most {margin} allowed).",
                    [
                        "rate": numbers.rate, "chance": numbers.chance, "points": numbers.points,
                        "margin": numbers.margin,
                    ])
            case .fixedInSession:
                return Message(
                    "A test-wise patient who knows nothing of the topic, answering a session's questions by fixed rules of thumb and what earlier questions showed, would get {rate} right against {chance} by chance ({points} points above; at most {margin} allowed).",
                    [
                        "rate": numbers.rate, "chance": numbers.chance, "points": numbers.points,
                        "margin": numbers.margin,
                    ])
            case .adaptiveInSession:
                return Message(
                    "A test-wise patient who knows nothing of the topic and learns during a session which rules of thumb pay would get {rate} right against {chance} by chance ({points} points above; at most {margin} allowed).",
                    [
                        "rate": numbers.rate, "chance": numbers.chance, "points": numbers.points,
                        "margin": numbers.margin,
                    ])
            }
        case .safety(let guesser, let score, let margin):
            let numbers = Self.numbers(score, margin: margin)
            switch guesser {
            case .fixedStatic:
                return Message(
                    "On the safety questions alone, a test-wise patient who knows nothing of the topic, answering each question on its own by fixed rules of thumb, would get {rate} right against {chance} by chance ({points} points above; at most {margin} allowed).",
                    [
                        "rate": numbers.rate, "chance": numbers.chance, "points": numbers.points,
                        "margin": numbers.margin,
                    ])
            case .fixedInSession:
                return Message(
                    "On the safety questions alone, a test-wise patient who knows nothing of the topic, answering a session's questions by fixed rules of thumb and what earlier questions showed, would get {rate} right against {chance} by chance ({points} points above; at most {margin} allowed).",
                    [
                        "rate": numbers.rate, "chance": numbers.chance, "points": numbers.points,
                        "margin": numbers.margin,
                    ])
            case .adaptiveInSession:
                return Message(
                    "On the safety questions alone, a test-wise patient who knows nothing of the topic and learns during a session which rules of thumb pay would get {rate} right against {chance} by chance ({points} points above; at most {margin} allowed).",
                    [
                        "rate": numbers.rate, "chance": numbers.chance, "points": numbers.points,
                        "margin": numbers.margin,
                    ])
            }
        case .cue(let line, let score, let sessions, let margin):
            let numbers = Self.numbers(score, margin: margin)
            if let sessions {
                return Message(
                    "A patient who knows nothing of the topic and would {rule} ({name}) is right {rate} of the time on the {items} questions a session where that rule tells the options apart, against {chance} by chance ({points} points above; at most {margin} allowed). Change the items so that this rule no longer finds the answer.",
                    [
                        "rule": line.rule, "name": line.name, "rate": numbers.rate,
                        "items": Self.number(Double(score.items) / Double(max(1, sessions))), "chance": numbers.chance,
                        "points": numbers.points, "margin": numbers.margin,
                    ])
            }
            return Message(
                "A patient who knows nothing of the topic and would {rule} ({name}) is right {rate} of the time on the {items} questions where that rule tells the options apart, against {chance} by chance ({points} points above; at most {margin} allowed). Change the items so that this rule no longer finds the answer.",
                [
                    "rule": line.rule, "name": line.name, "rate": numbers.rate, "items": score.items,
                    "chance": numbers.chance, "points": numbers.points, "margin": numbers.margin,
                ])
        case .leakCycle(let ids):
            return Message(
                "These questions give each other's answers away, so a session can ask only one of them: {items}. Reword them so that none holds another's answer.",
                ["items": ids.joined(separator: ", ")])
        }
    }

    /// The failure in English.
    var sentence: String { message.description }

    /// A score's figures as the sentences write them.
    private static func numbers(_ score: AdversaryReport.Score, margin: Double)
        -> (rate: String, chance: String, points: String, margin: String)
    {
        (percent(score.rate), percent(score.chanceRate), number(score.pointsAboveChance), number(margin))
    }

    private static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
    private static func number(_ value: Double) -> String { String(format: "%.1f", value) }
}
