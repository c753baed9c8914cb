import Foundation
import QuizEngine
import Scheduling

/// The roster as a nurse reads it: text (80 columns), CSV, JSON or an HTML page to print.
package enum RosterFormat: String, Sendable, CaseIterable {
    case text, html, csv, json
}

extension Roster {
    /// - Parameter filtered: `--by` or `--topic` narrowed it (an empty roster then says so, not "no plans yet").
    package static func rendered(
        _ entries: [RosterEntry], _ format: RosterFormat, now: Date, timeZone: TimeZone, language: Language = .english,
        filtered: Bool = false
    ) -> String {
        let s = Strings(language)
        let empty = filtered ? s.roster.noneMatching : s.roster.empty
        let dates = ReportDates(timeZone: timeZone)
        switch format {
        case .text: return text(entries, s, dates, now: now, empty: empty)
        case .csv: return csv(entries, s, dates)
        case .json: return json(entries, dates)
        case .html: return html(entries, s, dates, now: now, empty: empty)
        }
    }

    static func text(_ entries: [RosterEntry], _ s: Strings, _ d: ReportDates, now: Date, empty: String) -> String {
        let r = s.roster
        var lines = [r.title.uppercased(), r.generated(d.dateTime(now), count: entries.count), ""]
        if entries.isEmpty { lines.append(empty) }
        /// Wrapped to 80 columns, every line indented by `indent` but the first, which starts with `first`.
        func wrapped(_ text: String, _ indent: String, first: String? = nil) {
            for (i, line) in TextLayout.wrap(text, width: 80 - indent.count).enumerated() {
                lines.append((i == 0 ? first ?? indent : indent) + line)
            }
        }
        for (n, e) in entries.enumerated() {
            let number = "\(n + 1). "
            wrapped(
                "\(TextLayout.sanitize(e.learner)): \(e.summary(s))",
                String(repeating: " ", count: max(3, number.count)), first: number)
            for alert in e.safetyAlerts { wrapped("\(r.safetyAlert): \(r.sureButWrong(alert.label))", "   ") }
            wrapped(e.readiness, "   ")
            if !e.needsTeachBack.isEmpty { wrapped(r.needsTeachBack(e.needsTeachBack), "   ") }
            wrapped(e.lastSession.map { r.lastSession(d.day($0)) } ?? r.noSession, "   ")
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func fields(_ e: RosterEntry, _ s: Strings, _ d: ReportDates) -> [String] {
        [
            e.learner, e.topicTitle, e.readyBy?.description ?? "", e.daysLeft.map(String.init) ?? "",
            e.onTrack.map { $0 ? "yes" : "no" } ?? "", e.isReady ? "yes" : "no",
            e.safetyAlerts.map(\.label).joined(separator: "; "), e.needsTeachBack.joined(separator: "; "),
            e.lastSession.map(d.day) ?? "", e.readiness,
        ]
    }

    static func csv(_ entries: [RosterEntry], _ s: Strings, _ d: ReportDates) -> String {
        ([s.roster.headings] + entries.map { fields($0, s, d) })
            .map { $0.map(Escape.csv).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func json(_ entries: [RosterEntry], _ d: ReportDates) -> String {
        let rows: [[String: Any]] = entries.map { e in
            [
                "learner": e.learner, "topic": ["id": e.topicID, "title": e.topicTitle],
                "readyBy": e.readyBy?.description ?? NSNull(), "daysLeft": e.daysLeft ?? NSNull(),
                "onTrack": e.onTrack ?? NSNull(), "ready": e.isReady, "readiness": e.readiness,
                "needsTeachBack": e.needsTeachBack,
                "safetyAlerts": e.safetyAlerts.map { ["point": $0.pointID, "label": $0.label, "at": d.iso($0.at)] },
                "lastSession": e.lastSession.map(d.iso) ?? NSNull(),
            ]
        }
        let data =
            (try? JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func html(_ entries: [RosterEntry], _ s: Strings, _ d: ReportDates, now: Date, empty: String) -> String {
        let r = s.roster
        let e = Escape.html
        var body = [
            "<h1>\(e(r.title))</h1>", "<p class=\"meta\">\(e(r.generated(d.dateTime(now), count: entries.count)))</p>",
        ]
        if entries.isEmpty { body.append("<p>\(e(empty))</p>") }
        body.append("<table class=\"roster\"><thead><tr>")
        for heading in [r.headings[0], r.headings[1], r.headings[2], r.headings[9]] {
            body.append("<th>\(e(heading))</th>")
        }
        body.append("</tr></thead><tbody>")
        for entry in entries {
            let alert = !entry.safetyAlerts.isEmpty
            // A safety alert first: it is why the row is at the top.
            var status = ""
            for a in entry.safetyAlerts {
                status +=
                    "<div class=\"safety\"><strong>\(e(r.safetyAlert))</strong>: \(e(r.sureButWrong(a.label)))</div>"
            }
            status += "<div>\(e(entry.readiness))</div>"
            if !entry.needsTeachBack.isEmpty { status += "<div>\(e(r.needsTeachBack(entry.needsTeachBack)))</div>" }
            status +=
                "<div class=\"meta\">\(e(entry.lastSession.map { r.lastSession(d.day($0)) } ?? r.noSession))</div>"
            let day =
                entry.readyBy.map {
                    s.topics.day($0) + "<br><span class=\"meta\">" + e(r.daysLeft(entry.daysLeft ?? 0)) + "</span>"
                }
                ?? e(r.noDate)
            body.append(
                "<tr class=\"\(alert ? "alert" : entry.onTrack == false ? "behind" : "")\"><td>\(e(entry.learner))</td>"
                    + "<td>\(e(entry.topicTitle))</td><td>\(day)</td><td>\(status)</td></tr>")
        }
        body.append("</tbody></table>")
        return LearnerReport.htmlPage(learner: r.title, body: body, s, title: r.title)
    }
}
