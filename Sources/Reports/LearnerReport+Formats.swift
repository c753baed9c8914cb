import Foundation
import LearnerModel
import QuizEngine

/// The formats a report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, markdown, html, csv, json
    /// A FHIR R4 Bundle (`FHIR.bundle`).
    case fhir
}

extension LearnerReport {
    /// The report in `format`.
    public func rendered(_ format: ReportFormat, timeZone: TimeZone = .current) -> String {
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
    public static func rendered(_ reports: [LearnerReport], _ format: ReportFormat, timeZone: TimeZone = .current)
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
                body: reports.flatMap { ["<section>"] + $0.htmlBody(dates) + ["</section>"] })
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

    static func resultLabel(_ result: TeachBackResult) -> String { Strings().teachBack.result(result) }

    /// A session's outcome in a few words: its score, and the teach-back in it.
    func sessionResult(_ s: SessionRow) -> String {
        let checked = "\(s.teachBacks) teaching point\(s.teachBacks == 1 ? "" : "s") checked by teach-back"
        if s.attempted == 0 && s.teachBacks > 0 { return checked }
        return "\(s.correct) of \(s.attempted) correct" + (s.teachBacks > 0 ? "; \(checked)" : "")
    }

    func sessionLine(_ s: SessionRow) -> String {
        "\(s.mode), \(sessionResult(s))" + (s.facilitator.map { ", led by \($0)" } ?? "")
    }

    func upcomingLine() -> String {
        let week = upcoming.prefix(7).reduce(0, +)
        return "Today: \(upcoming.first ?? 0). Next 7 days: \(week). Days 8-14: \(upcoming.reduce(0, +) - week)."
    }

    // MARK: Text, 80 columns

    func text(_ d: ReportDates) -> String {
        var out: [String] = []
        func para(_ s: String, indent: String = "", first: String? = nil) {
            out += Wrap.lines(s, width: 80, first: first ?? indent, rest: indent)
        }
        out.append("TEACHBACK REPORT: \(learner)")
        para("Topic: \(bankTitle) (\(reviewLine))")
        out.append("Printed \(d.dateTime(generated))" + (since.map { ", answers since \(d.day($0))" } ?? ""))
        out.append("")
        out.append("EVALUATION")
        para(evaluation, indent: "  ")
        out.append("")
        out.append("READINESS")
        para(readinessLine, indent: "  ")
        out.append("")
        if !teachBack.isEmpty {
            out.append("TEACH-BACK")
            for group in teachBackGroups {
                para("\(d.dateTime(group[0].date)), led by \(group[0].nurse):", indent: "  ")
                for row in group {
                    para(
                        "\(Self.resultLabel(row.result)): " + (row.critical ? "[SAFETY] " : "") + row.label
                            + (row.note.map { " (note: \($0))" } ?? ""), indent: "      ", first: "    - ")
                }
            }
            out.append("")
        }
        if !needsTeachBack.isEmpty {
            out.append("NEEDS TEACH-BACK (missed often)")
            for f in needsTeachBack {
                para(
                    (f.critical ? "[SAFETY] " : "") + "\(f.label) (missed in \(f.misses) sessions)", indent: "    ",
                    first: "  - ")
            }
            out.append("")
        }
        out.append("SESSIONS")
        if sessions.isEmpty { out.append("  None yet.") }
        for s in sessions {
            para("\(d.dateTime(s.date))  \(sessionLine(s))", indent: "  ")
        }
        out.append("")
        out.append("MASTERY BY SECTION (share of questions likely remembered now)")
        for s in sections {
            let bar =
                String(repeating: "#", count: Int((s.mastery * 10).rounded()))
                + String(repeating: ".", count: 10 - Int((s.mastery * 10).rounded()))
            para(
                "\(bar) \(percent(s.mastery).leftPad(4))  \(s.title)  ("
                    + (s.answered == 0
                        ? "not yet answered"
                        : "\(s.correct) of \(s.answered) \(s.answered == 1 ? "answer" : "answers") right")
                    + ")",
                indent: String(repeating: " ", count: 19), first: "  ")
        }
        out.append("")
        out.append("MISSED QUESTIONS (safety first)")
        if missed.isEmpty { out.append("  None.") }
        for m in missed {
            let flags =
                (m.critical ? "[SAFETY] " : "") + (m.timesMissed > 1 ? "[missed \(m.timesMissed)x] " : "")
                + (m.resolved ? "[later right] " : "")
            para(flags + m.question, indent: "    ", first: "  - ")
            para("Chose: \(m.chosen)", indent: "      ", first: "    ")
            para("Right answer: \(m.answer)", indent: "      ", first: "    ")
        }
        if !missedMoreThanOnce.isEmpty {
            out.append("")
            out.append("MISSED MORE THAN ONCE")
            for m in missedMoreThanOnce {
                para("\(m.question) (\(m.timesMissed) times)", indent: "    ", first: "  - ")
            }
        }
        let open = missed.filter { !$0.resolved }
        if !open.isEmpty {
            out.append("")
            out.append("TEACH-BACK PROMPTS")
            for m in open {
                para("Ask: \(m.ask)", indent: "         ", first: "  - ")
                para("Listen for: \(m.listenFor)", indent: "         ", first: "    ")
            }
        }
        out.append("")
        out.append("REVIEWS COMING UP")
        para(upcomingLine(), indent: "  ")
        out.append("")
        para("For learning only, not medical advice.")
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Markdown

    func markdown(_ d: ReportDates) -> String {
        func cell(_ s: String) -> String { Escape.markdown(s).replacingOccurrences(of: "|", with: "\\|") }
        var out = ["# Teachback report: \(Escape.markdown(learner))", ""]
        out.append("Topic: \(Escape.markdown(bankTitle)) (\(Escape.markdown(reviewLine)))  ")
        out.append("Printed \(d.dateTime(generated))" + (since.map { ", answers since \(d.day($0))" } ?? ""))
        out += ["", "## Evaluation", "", Escape.markdown(evaluation), "", "## Readiness", ""]
        out += [Escape.markdown(readinessLine), ""]
        if !teachBack.isEmpty {
            out += ["## Teach-back", ""]
            for group in teachBackGroups {
                out.append("\(d.dateTime(group[0].date)), led by \(Escape.markdown(group[0].nurse)):")
                out.append("")
                for row in group {
                    out.append(
                        "- \(Self.resultLabel(row.result)): " + (row.critical ? "**Safety.** " : "")
                            + Escape.markdown(row.label) + (row.note.map { " (note: \(Escape.markdown($0)))" } ?? ""))
                }
                out.append("")
            }
        }
        if !needsTeachBack.isEmpty {
            out += ["## Needs teach-back (missed often)", ""]
            for f in needsTeachBack {
                out.append(
                    "- " + (f.critical ? "**Safety.** " : "") + Escape.markdown(f.label)
                        + " (missed in \(f.misses) sessions)")
            }
            out.append("")
        }
        out += ["## Sessions", ""]
        out += ["| Date | Mode | Led by | Correct |", "|---|---|---|---|"]
        for s in sessions {
            out.append(
                "| \(d.dateTime(s.date)) | \(s.mode) | \(cell(s.facilitator ?? "")) | \(sessionResult(s)) |")
        }
        out += ["", "## Mastery by section", "", "| Section | Mastery | Answers right |", "|---|---|---|"]
        for s in sections { out.append("| \(cell(s.title)) | \(percent(s.mastery)) | \(s.correct) of \(s.answered) |") }
        out += ["", "## Missed questions", ""]
        if missed.isEmpty { out.append("None.") }
        for m in missed {
            let flags =
                (m.critical ? "**Safety.** " : "") + (m.timesMissed > 1 ? "Missed \(m.timesMissed) times. " : "")
                + (m.resolved ? "Later answered right. " : "")
            out.append("- \(flags)\(Escape.markdown(m.question))  ")
            out.append("  Chose: \(Escape.markdown(m.chosen))  ")
            out.append("  Right answer: \(Escape.markdown(m.answer))")
        }
        let open = missed.filter { !$0.resolved }
        if !open.isEmpty {
            out += ["", "## Teach-back prompts", ""]
            for m in open {
                out.append("- Ask: \(Escape.markdown(m.ask))  \n  Listen for: \(Escape.markdown(m.listenFor))")
            }
        }
        out += ["", "## Reviews coming up", "", upcomingLine(), "", "_For learning only, not medical advice._"]
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
                [s.mode, s.facilitator.map { "led by \($0)" }].compactMap { $0 }.joined(separator: "; "),
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
                [Self.resultLabel(t.result), "led by \(t.nurse)", t.note.map { "note: \($0)" }].compactMap { $0 }
                    .joined(separator: "; "), "", "", t.critical ? "yes" : "no",
            ])
        }
        for f in needsTeachBack {
            rows.append([
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
                    "teachBack": ["ask": $0.ask, "listenFor": $0.listenFor],
                ] as [String: Any]
            },
            "teachBack": teachBackGroups.map { group in
                [
                    "session": group[0].sessionID, "nurse": group[0].nurse, "date": d.iso(group[0].date),
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
public enum Escape {
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
    public static func csv(_ s: String) -> String {
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
