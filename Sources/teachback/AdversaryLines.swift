import ContentModel
import Foundation
import QuestionGeneration

/// The adversary's report and the bank's teaching beyond its source, as `bank lint` prints them for an educator.
enum AdversaryLines {
    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }

    static func score(_ s: AdversaryReport.Score) -> String {
        "\(percent(s.rate)) against chance \(percent(s.chanceRate))"
    }

    static func lines(_ report: AdversaryReport) -> [String] {
        var out = [
            "adversary: a test-wise patient who knows nothing of the topic, on \(report.itemCount) questions (\(report.teachingPoints) teaching points; \(report.sessions) seeded sessions of one question a point)",
            "  fixed rules of thumb, each question alone:   \(score(report.all.fixedStatic))",
            "  fixed rules of thumb, in a session:          \(score(report.all.fixedInSession))",
            "  learning in a session which rules pay:       \(score(report.all.adaptiveInSession))",
        ]
        if let safety = report.safety {
            out.append(
                "  safety questions: alone \(score(safety.fixedStatic)); in a session \(score(safety.fixedInSession)); learning \(score(safety.adaptiveInSession))"
            )
        }
        out.append(
            "  by cue, where it tells the options apart (alone: questions, right / chance; in a session: a session, right / chance):"
        )
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
            String(
                format: "  keys: the longest option in %d of %d questions, the shortest in %d (%.1f expected each)",
                k.longest, k.items, k.shortest, k.expected))
        let pairs = report.leakPairs.filter { if case .passage = $0.via { false } else { true } }
        out.append(
            "  questions that give another away: \(pairs.count) (the trainer asks the revealed one first)"
                + (report.leakCycles.isEmpty ? "" : "; \(report.leakCycles.count) cycles"))
        for pair in pairs {
            out.append(
                String(
                    format: "    %@ reveals %@ (in its %@, %.0f%% of the answer's own words)", pair.revealer,
                    pair.revealed, via(pair.via), pair.share * 100))
        }
        return out
    }

    static func via(_ via: LeakGraph.Via) -> String {
        switch via {
        case .stem: "question"
        case .explanation: "explanation"
        case .feedback(let option): "feedback on option \(OptionLetter.uppercase(option))"
        case .options: "options"
        case .passage(let section): "passage \(section)"
        }
    }

    /// Every element (and wrong option or non-member) teaching beyond the source, for a clinician to review.
    static func beyondSource(_ bank: Bank) -> [String] {
        var out: [String] = []
        func add(_ location: SourceLocation?, _ what: String, _ why: String) {
            let place = location.map { "\($0)" } ?? "bank"
            let short = why.count > 140 ? String(why.prefix(137)) + "…" : why
            out.append("\(place): review: \(what) goes beyond the source: \(short)")
        }
        for s in bank.sections { if let why = s.citation.beyondSource { add(s.location, "section \(s.id)", why) } }
        for c in bank.concepts { if let why = c.citation.beyondSource { add(c.location, "concept \(c.id)", why) } }
        for g in bank.groups {
            if let why = g.citation.beyondSource { add(g.location, "group \(g.id)", why) }
            for n in g.nonMembers {
                if let why = n.citation.beyondSource { add(g.location, "non-member '\(n.text)' of \(g.id)", why) }
            }
        }
        for f in bank.facts {
            if let why = f.citation.beyondSource { add(f.location, "fact \(f.id)", why) }
            for w in f.wrong { if let why = w.beyondSource { add(f.location, "a wrong option of \(f.id)", why) } }
        }
        for c in bank.claims { if let why = c.citation.beyondSource { add(c.location, "claim \(c.id)", why) } }
        for f in bank.faqs {
            if let why = f.citation.beyondSource { add(f.location, "FAQ \(f.id)", why) }
            for w in f.wrong { if let why = w.beyondSource { add(f.location, "a wrong option of \(f.id)", why) } }
        }
        for a in bank.actions {
            if let why = a.citation.beyondSource { add(a.location, "action \(a.id)", why) }
            for w in a.wrong { if let why = w.beyondSource { add(a.location, "a wrong option of \(a.id)", why) } }
        }
        return out
    }
}
