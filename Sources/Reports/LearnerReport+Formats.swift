import Foundation
import LearnerModel
import QuizEngine

/// The formats a report can be written in.
package enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, html, csv, json
    /// A FHIR R4 Bundle (`FHIR.bundle`).
    case fhir
}

extension LearnerReport {
    /// The report in `format`.
    package func rendered(_ format: ReportFormat, timeZone: TimeZone = .current) -> String {
        let dates = ReportDates(timeZone: timeZone)
        switch format {
        case .text: return text(dates)
        case .markdown: return markdown(dates)
        case .html: return html(dates)
        case .csv: return csv(dates)
        case .json: return json(dates)
        case .fhir: return FHIR.bundle([self], timeZone: timeZone)
        }
    }

    /// Several topics' reports for one learner, each in its own section: text and Markdown one after another, one
    /// HTML page, CSV with one header and a topic column, JSON as a list. One report renders as `rendered` does.
    package static func rendered(_ reports: [LearnerReport], _ format: ReportFormat, timeZone: TimeZone = .current)
        -> String
    {
        guard reports.count > 1 else { return reports.first?.rendered(format, timeZone: timeZone) ?? "" }
        let dates = ReportDates(timeZone: timeZone)
        switch format {
        case .text:
            return reports.map { $0.rendered(.text, timeZone: timeZone) }.joined(
                separator: String(repeating: "=", count: 80) + "\n\n")
        case .markdown: return reports.map { $0.rendered(.markdown, timeZone: timeZone) }.joined(separator: "\n---\n\n")
        case .html:
            return htmlPage(
                learner: reports[0].learner,
                body: reports.flatMap { ["<section>"] + $0.htmlBody(dates) + ["</section>"] }, reports[0].strings)
        case .csv:
            let rows =
                [["topic"] + reports[0].csvHeader] + reports.flatMap { r in r.csvRows(dates).map { [r.bankID] + $0 } }
            return rows.map { $0.map(Escape.csv).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        case .json:
            let parts = reports.map { $0.json(dates).trimmingCharacters(in: .whitespacesAndNewlines) }
            return "[\n" + parts.joined(separator: ",\n") + "\n]\n"
        case .fhir: return FHIR.bundle(reports, timeZone: timeZone)
        }
    }

    func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    /// Teach-back results by session, in order.
    var teachBackGroups: [[TeachBackRow]] {
        var groups: [[TeachBackRow]] = []
        for row in teachBack {
            if let last = groups.last?.last, last.sessionID == row.sessionID {
                groups[groups.count - 1].append(row)
            } else {
                groups.append([row])
            }
        }
        return groups
    }

    func resultLabel(_ result: TeachBackResult) -> String { strings.teachBack.result(result) }
    var r: ReportStrings { strings.report }

    /// A session's outcome in a few words: its score, and the teach-back in it.
    func sessionResult(_ s: SessionRow) -> String {
        let checked = r.checkedByTeachBack(s.teachBacks)
        if s.attempted == 0 && s.teachBacks > 0 { return checked }
        return r.correct(s.correct, of: s.attempted) + (s.teachBacks > 0 ? "; \(checked)" : "")
    }

    func sessionLine(_ s: SessionRow) -> String {
        "\(s.mode), \(sessionResult(s))" + (s.facilitator.map { ", " + r.ledBy($0) } ?? "")
    }

    func upcomingLine() -> String {
        let week = upcoming.prefix(7).reduce(0, +)
        return r.upcomingLine(today: upcoming.first ?? 0, week: week, later: upcoming.reduce(0, +) - week)
    }

    // MARK: Text, 80 columns

    func text(_ d: ReportDates) -> String {
        var out: [String] = []
        func para(_ s: String, indent: String = "", first: String? = nil) {
            out += Wrap.lines(s, width: 80, first: first ?? indent, rest: indent)
        }
        // A heading in capitals up to its note in brackets: "NEEDS TEACH-BACK (missed often)".
        func heading(_ s: String) {
            let locale = strings.language.locale
            let cut = s.range(of: " (")?.lowerBound ?? s.endIndex
            out.append(s[..<cut].uppercased(with: locale) + s[cut...])
        }
        out.append(r.textTitle(learner))
        para(r.topic(bankTitle, reviewLine))
        out.append(r.printed(d.dateTime(generated), since: since.map(d.day)))
        out.append("")
        heading(r.evaluation)
        para(evaluation, indent: "  ")
        out.append("")
        heading(r.readiness)
        para(readinessLine, indent: "  ")
        out.append("")
        if !teachBack.isEmpty {
            heading(r.teachBack)
            for group in teachBackGroups {
                para(r.ledBy(d.dateTime(group[0].date), group[0].nurse) + ":", indent: "  ")
                for row in group {
                    para(
                        "\(resultLabel(row.result)): " + (row.critical ? r.safetyTag : "") + row.label
                            + (row.note.map { " (\(r.note($0)))" } ?? ""), indent: "      ", first: "    - ")
                }
            }
            out.append("")
        }
        if !needsTeachBack.isEmpty {
            heading(r.needsTeachBackOften)
            for f in needsTeachBack {
                para(
                    (f.critical ? r.safetyTag : "") + "\(f.label) (\(r.missedIn(f.misses)))", indent: "    ",
                    first: "  - ")
            }
            out.append("")
        }
        heading(r.sessions)
        if sessions.isEmpty { out.append("  " + r.noneYet) }
        for s in sessions {
            para("\(d.dateTime(s.date))  \(sessionLine(s))", indent: "  ")
        }
        out.append("")
        heading(r.masteryBySectionLong)
        for s in sections {
            let bar =
                String(repeating: "#", count: Int((s.mastery * 10).rounded()))
                + String(repeating: ".", count: 10 - Int((s.mastery * 10).rounded()))
            para(
                "\(bar) \(percent(s.mastery).leftPad(4))  \(s.title)  ("
                    + (s.answered == 0 ? r.notYetAnswered : r.answersRight(s.correct, of: s.answered))
                    + ")",
                indent: String(repeating: " ", count: 19), first: "  ")
        }
        out.append("")
        heading(r.missedSafetyFirst)
        if missed.isEmpty { out.append("  " + r.none) }
        for m in missed {
            let flags =
                (m.critical ? r.safetyTag : "") + (m.timesMissed > 1 ? r.missedTimesTag(m.timesMissed) : "")
                + (m.resolved ? r.laterRightTag : "")
            para(flags + m.question, indent: "    ", first: "  - ")
            para(r.chose(m.chosen), indent: "      ", first: "    ")
            para(r.rightAnswer(m.answer), indent: "      ", first: "    ")
            if let quote = m.quote { para(r.fromTheSource(quote), indent: "      ", first: "    ") }
        }
        if !missedMoreThanOnce.isEmpty {
            out.append("")
            heading(r.missedMoreThanOnce)
            for m in missedMoreThanOnce {
                para("\(m.question) (\(r.times(m.timesMissed)))", indent: "    ", first: "  - ")
            }
        }
        let open = missed.filter { !$0.resolved }
        if !open.isEmpty {
            out.append("")
            heading(r.prompts)
            for m in open {
                para("\(r.ask) \(m.ask)", indent: "         ", first: "  - ")
                para("\(r.listenFor) \(m.listenFor)", indent: "         ", first: "    ")
            }
        }
        out.append("")
        heading(r.upcoming)
        para(upcomingLine(), indent: "  ")
        out.append("")
        para(r.disclaimer)
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Markdown

    func markdown(_ d: ReportDates) -> String {
        func cell(_ s: String) -> String { Escape.markdown(s).replacingOccurrences(of: "|", with: "\\|") }
        var out = ["# " + r.title(Escape.markdown(learner)), ""]
        out.append(r.topic(Escape.markdown(bankTitle), Escape.markdown(reviewLine)) + "  ")
        out.append(r.printed(d.dateTime(generated), since: since.map(d.day)))
        out += ["", "## " + r.evaluation, "", Escape.markdown(evaluation), "", "## " + r.readiness, ""]
        out += [Escape.markdown(readinessLine), ""]
        if !teachBack.isEmpty {
            out += ["## " + r.teachBack, ""]
            for group in teachBackGroups {
                out.append(r.ledBy(d.dateTime(group[0].date), Escape.markdown(group[0].nurse)) + ":")
                out.append("")
                for row in group {
                    out.append(
                        "- \(resultLabel(row.result)): " + (row.critical ? "**\(r.safetyWord).** " : "")
                            + Escape.markdown(row.label) + (row.note.map { " (\(r.note(Escape.markdown($0))))" } ?? ""))
                }
                out.append("")
            }
        }
        if !needsTeachBack.isEmpty {
            out += ["## " + r.needsTeachBackOften, ""]
            for f in needsTeachBack {
                out.append(
                    "- " + (f.critical ? "**\(r.safetyWord).** " : "") + Escape.markdown(f.label)
                        + " (\(r.missedIn(f.misses)))")
            }
            out.append("")
        }
        out += ["## " + r.sessions, ""]
        out += ["| \(r.date) | \(r.mode) | \(r.ledByHeading) | \(r.correctHeading) |", "|---|---|---|---|"]
        for s in sessions {
            out.append(
                "| \(d.dateTime(s.date)) | \(s.mode) | \(cell(s.facilitator ?? "")) | \(sessionResult(s)) |")
        }
        out += [
            "", "## " + r.masteryBySection, "", "| \(r.section) | \(r.mastery) | \(r.answersRightHeading) |",
            "|---|---|---|",
        ]
        for s in sections {
            out.append("| \(cell(s.title)) | \(percent(s.mastery)) | \(r.of(s.correct, s.answered)) |")
        }
        out += ["", "## " + r.missedQuestions, ""]
        if missed.isEmpty { out.append(r.none) }
        for m in missed {
            let flags =
                (m.critical ? "**\(r.safetyWord).** " : "")
                + (m.timesMissed > 1 ? r.missedTimesSentence(m.timesMissed) : "")
                + (m.resolved ? r.laterAnsweredRightSentence : "")
            out.append("- \(flags)\(Escape.markdown(m.question))  ")
            out.append("  " + r.chose(Escape.markdown(m.chosen)) + "  ")
            out.append("  " + r.rightAnswer(Escape.markdown(m.answer)) + (m.quote == nil ? "" : "  "))
            if let quote = m.quote { out.append("  " + r.fromTheSource(Escape.markdown(quote))) }
        }
        let open = missed.filter { !$0.resolved }
        if !open.isEmpty {
            out += ["", "## " + r.prompts, ""]
            for m in open {
                out.append("- \(r.ask) \(Escape.markdown(m.ask))  \n  \(r.listenFor) \(Escape.markdown(m.listenFor))")
            }
        }
        out += ["", "## " + r.upcoming, "", upcomingLine(), "", "_\(r.disclaimer)_"]
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: CSV: one row per answer-level fact, long form

    func csv(_ d: ReportDates) -> String {
        ([csvHeader] + csvRows(d)).map { $0.map(Escape.csv).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    func csvRows(_ d: ReportDates) -> [[String]] {
        var rows: [[String]] = []
        for s in sessions {
            rows.append([
                "session", d.iso(s.date), "", "", "",
                [s.mode, s.facilitator.map { r.ledBy($0) }].compactMap { $0 }.joined(separator: "; "),
                "\(s.attempted)", "\(s.correct)", "",
            ])
        }
        for s in sections {
            rows.append([
                "section", "", s.id, "", s.title, "mastery \(String(format: "%.2f", s.mastery))", "\(s.answered)",
                "\(s.correct)", "",
            ])
        }
        for m in missed {
            rows.append([
                "missed", "", m.section, m.itemID, m.question, "chose: \(m.chosen) | answer: \(m.answer)",
                "\(m.timesMissed)", m.resolved ? "later right" : "", m.critical ? "yes" : "no",
            ])
        }
        for t in teachBack {
            rows.append([
                "teach-back", d.iso(t.date), t.section, t.pointID, t.label,
                [resultLabel(t.result), r.ledBy(t.nurse), t.note.map { r.note($0) }].compactMap { $0 }
                    .joined(separator: "; "), "", "", t.critical ? "yes" : "no",
            ])
        }
        for f in needsTeachBack {
            rows.append([
                // not a message: a CSV value: the export for other programs is in English, its columns and values fixed.
                "needs-teach-back", "", "", f.pointID, f.label, "missed in \(f.misses) sessions", "", "",
                f.critical ? "yes" : "no",
            ])
        }
        rows.append(["evaluation", d.iso(generated), "", "", "", evaluation, "", "", ""])
        rows.append(["readiness", d.iso(generated), "", "", "", readinessLine, "", "", ""])
        return rows
    }

    var csvHeader: [String] {
        ["record", "date", "section", "item_id", "question", "detail", "attempted", "correct", "critical"]
    }

    // MARK: JSON

    func json(_ d: ReportDates) -> String {
        let object: [String: Any] = [
            "learner": learner, "generated": d.iso(generated), "since": since.map(d.iso) ?? NSNull(),
            "bank": ["id": bankID, "title": bankTitle, "review": reviewLine],
            "sessions": sessions.map {
                [
                    "date": d.iso($0.date), "mode": $0.mode, "facilitator": $0.facilitator ?? NSNull(),
                    "attempted": $0.attempted, "correct": $0.correct, "teachBackPoints": $0.teachBacks,
                ] as [String: Any]
            },
            "sections": sections.map {
                ["id": $0.id, "title": $0.title, "mastery": $0.mastery, "answered": $0.answered, "correct": $0.correct]
                    as [String: Any]
            },
            "missed": missed.map {
                [
                    "item": $0.itemID, "section": $0.section, "question": $0.question, "chosen": $0.chosen,
                    "answer": $0.answer,
                    "critical": $0.critical, "timesMissed": $0.timesMissed, "resolved": $0.resolved,
                    "teachBack": ["ask": $0.ask, "listenFor": $0.listenFor], "sourceQuote": $0.quote ?? NSNull(),
                ] as [String: Any]
            },
            "teachBack": teachBackGroups.map { group in
                [
                    "session": group[0].sessionID.rawValue, "nurse": group[0].nurse, "date": d.iso(group[0].date),
                    "points": group.map {
                        [
                            "point": $0.pointID, "label": $0.label, "section": $0.section, "critical": $0.critical,
                            "result": $0.result.rawValue, "note": $0.note ?? NSNull(), "recorded": d.iso($0.date),
                        ] as [String: Any]
                    },
                ] as [String: Any]
            },
            "needsTeachBack": needsTeachBack.map {
                ["point": $0.pointID, "label": $0.label, "critical": $0.critical, "misses": $0.misses] as [String: Any]
            },
            "upcoming": upcoming, "evaluation": evaluation,
            "readiness": [
                "ready": readiness.isReady, "sentence": readinessLine, "points": readiness.points,
                "notAsked": readiness.notAsked, "wrongAtLastReview": readiness.wrongLast,
                "overdue": readiness.overdue, "readyBy": readiness.readyBy?.description ?? NSNull(),
                "onTrack": readiness.onTrack ?? NSNull(),
            ] as [String: Any],
        ]
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// Dates as a report prints them, in one time zone.
struct ReportDates {
    let timeZone: TimeZone

    func formatter(_ format: String) -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = timeZone
        f.dateFormat = format
        return f
    }

    func day(_ date: Date) -> String { formatter("yyyy-MM-dd").string(from: date) }
    func dateTime(_ date: Date) -> String { formatter("yyyy-MM-dd HH:mm").string(from: date) }
    func iso(_ date: Date) -> String { formatter("yyyy-MM-dd'T'HH:mm:ssXXXXX").string(from: date) }
}

/// Escaping for each output format.
package enum Escape {
    static func html(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// One CSV field: quoted when it needs to be, and never readable as a spreadsheet formula. A field that starts
    /// with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` and quotes, as OWASP recommends for CSV
    /// injection, so a name like `=HYPERLINK(…)` stays text.
    package static func csv(_ s: String) -> String {
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            return "\"'" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// Backslash before Markdown's punctuation that could change the meaning of plain text.
    static func markdown(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_{}[]<>#|~".contains(c) { out.append("\\") }
            out.append(c == "\t" ? " " : c)
        }
        return out
    }
}

/// Word wrapping for the text report.
enum Wrap {
    static func lines(_ s: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var empty = true
        for word in s.replacingOccurrences(of: "\t", with: " ").split(separator: " ") {
            if !empty && line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(line)
        return lines
    }
}

extension String {
    func leftPad(_ n: Int) -> String { String(repeating: " ", count: max(0, n - count)) + self }
}
