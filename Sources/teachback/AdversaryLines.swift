import ContentModel
import Foundation
import QuestionGeneration
import QuizEngine
import Words

/// The adversary's report and the bank's teaching beyond its source, as `bank lint` prints them for an educator, in
/// the command's language. A cue's name (`longest`, `tf-hedge`) is the identifier the bank's tests and reports use,
/// the same in every language, as lint's rule names are.
enum AdversaryLines {
    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    static func score(_ s: AdversaryReport.Score) -> String {
        commandLanguage.text(
            "{rate} against chance {chance}", ["rate": percent(s.rate), "chance": percent(s.chanceRate)])
    }

    /// Labels and their values, the values lined up after the widest label (by display width).
    static func aligned(_ rows: [(String, String)], indent: String) -> [String] {
        let widest = rows.map { TextLayout.width($0.0) }.max() ?? 0
        return rows.map { label, value in
            indent + label + String(repeating: " ", count: widest - TextLayout.width(label) + 3) + value
        }
    }

    static func lines(_ report: AdversaryReport) -> [String] {
        let l = commandLanguage
        var out = [
            l.text(
                "adversary: a test-wise patient who knows nothing of the topic, on {questions} ({points}; {sessions} seeded sessions of one question a point)",
                [
                    "questions": l.plural("{count} question", "{count} questions", count: report.itemCount),
                    "points": l.plural(
                        "{count} teaching point", "{count} teaching points", count: report.teachingPoints),
                    "sessions": report.sessions,
                ])
        ]
        out += aligned(
            [
                (l.text("fixed rules of thumb, each question alone:"), score(report.all.fixedStatic)),
                (l.text("fixed rules of thumb, in a session:"), score(report.all.fixedInSession)),
                (l.text("learning in a session which rules pay:"), score(report.all.adaptiveInSession)),
            ], indent: "  ")
        if let safety = report.safety {
            out.append(
                "  "
                    + l.text(
                        "safety questions: alone {alone}; in a session {session}; learning {learning}",
                        [
                            "alone": score(safety.fixedStatic), "session": score(safety.fixedInSession),
                            "learning": score(safety.adaptiveInSession),
                        ]))
        }
        out.append(
            "  "
                + l.text(
                    "by cue, where it tells the options apart (alone: questions, right / chance; in a session: a session, right / chance):"
                ))
        for cue in report.cues {
            let alone =
                cue.staticScore.items > 0
                ? "\(cue.staticScore.items): \(percent(cue.staticScore.rate)) / \(percent(cue.staticScore.chanceRate))"
                : "–"
            let perSession = Double(cue.inSession.items) / Double(max(1, report.sessions))
            let session =
                cue.inSession.items > 0
                ? String(format: "%.1f: ", perSession)
                    + "\(percent(cue.inSession.rate)) / \(percent(cue.inSession.chanceRate))" : "–"
            out.append(
                "    " + cue.line.name.padding(toLength: 32, withPad: " ", startingAt: 0) + alone + " · " + session)
        }
        let k = report.keyLength
        out.append(
            "  "
                + l.plural(
                    "keys: the longest option in {longest} of {count} question, the shortest in {shortest} ({expected} expected each)",
                    "keys: the longest option in {longest} of {count} questions, the shortest in {shortest} ({expected} expected each)",
                    count: k.items,
                    [
                        "longest": k.longest, "shortest": k.shortest, "expected": String(format: "%.1f", k.expected),
                    ]))
        let pairs = report.leakPairs.filter { if case .passage = $0.via { false } else { true } }
        out.append(
            "  "
                + (report.leakCycles.isEmpty
                    ? l.text(
                        "questions that give another away: {pairs} (the trainer asks the revealed one first)",
                        ["pairs": pairs.count])
                    : l.plural(
                        "questions that give another away: {pairs} (the trainer asks the revealed one first); {count} cycle",
                        "questions that give another away: {pairs} (the trainer asks the revealed one first); {count} cycles",
                        count: report.leakCycles.count, ["pairs": pairs.count])))
        for pair in pairs {
            out.append(
                "    "
                    + l.text(
                        "{revealer} reveals {revealed} (in its {place}, {share}% of the answer's own words)",
                        [
                            "revealer": pair.revealer, "revealed": pair.revealed, "place": via(pair.via),
                            "share": String(format: "%.0f", pair.share * 100),
                        ]))
        }
        return out
    }

    static func via(_ via: LeakGraph.Via) -> String {
        let l = commandLanguage
        return switch via {
        case .stem: l.text("question", context: "where a question gives another's answer away")
        case .explanation: l.text("explanation", context: "where a question gives another's answer away")
        case .feedback(let option):
            l.text("feedback on option {letter}", ["letter": OptionLetter.uppercase(option)])
        case .options: l.text("options", context: "where a question gives another's answer away")
        case .passage(let section): l.text("passage {section}", ["section": section])
        }
    }

    /// Every element (and wrong option or non-member) teaching beyond the source, for a clinician to review.
    static func beyondSource(_ bank: Bank) -> [String] {
        let l = commandLanguage
        var out: [String] = []
        func add(_ location: SourceLocation?, _ what: Message, _ why: String) {
            let place = location.map { "\($0)" } ?? "bank"
            let short = why.count > 140 ? String(why.prefix(137)) + "…" : why
            out.append(
                l.text(
                    "{place}: review: {what} goes beyond the source: {why}",
                    ["place": place, "what": what.text(l.words), "why": short]))
        }
        func wrong(_ id: String) -> Message { Message("a wrong option of {id}", ["id": id]) }
        for s in bank.sections {
            if let why = s.citation.beyondSource { add(s.location, Message("the section {id}", ["id": s.id]), why) }
        }
        for c in bank.concepts {
            if let why = c.citation.beyondSource { add(c.location, Message("the concept {id}", ["id": c.id]), why) }
        }
        for g in bank.groups {
            if let why = g.citation.beyondSource { add(g.location, Message("the group {id}", ["id": g.id]), why) }
            for n in g.nonMembers {
                if let why = n.citation.beyondSource {
                    add(g.location, Message("the non-member '{text}' of {id}", ["text": n.text, "id": g.id]), why)
                }
            }
        }
        for f in bank.facts {
            if let why = f.citation.beyondSource { add(f.location, Message("the fact {id}", ["id": f.id]), why) }
            for w in f.wrong { if let why = w.beyondSource { add(f.location, wrong(f.id), why) } }
        }
        for c in bank.claims {
            if let why = c.citation.beyondSource { add(c.location, Message("the claim {id}", ["id": c.id]), why) }
        }
        for f in bank.faqs {
            if let why = f.citation.beyondSource { add(f.location, Message("the FAQ {id}", ["id": f.id]), why) }
            for w in f.wrong { if let why = w.beyondSource { add(f.location, wrong(f.id), why) } }
        }
        for a in bank.actions {
            if let why = a.citation.beyondSource { add(a.location, Message("the action {id}", ["id": a.id]), why) }
            for w in a.wrong { if let why = w.beyondSource { add(a.location, wrong(a.id), why) } }
        }
        return out
    }
}
