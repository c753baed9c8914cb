import Foundation
import QuizEngine

extension LearnerReport {
    /// One self-contained, printable page: no scripts, no external files; scores over time as inline SVG.
    func html(_ d: ReportDates) -> String { Self.htmlPage(learner: learner, body: htmlBody(d), strings) }

    /// The report's part of a page: its heading and sections.
    func htmlBody(_ d: ReportDates) -> [String] {
        let e = Escape.html
        var body: [String] = []
        body.append("<h1>\(r.title(e(learner)))</h1>")
        body.append(
            "<p class=\"meta\">\(r.topic(e(bankTitle), e(reviewLine)))<br>"
                + r.printed(d.dateTime(generated), since: since.map(d.day)) + "</p>")
        body.append("<h2>\(r.evaluation)</h2><p class=\"evaluation\">\(e(evaluation))</p>")
        body.append("<h2>\(r.readiness)</h2><p class=\"readiness\">\(e(readinessLine))</p>")
        if !teachBack.isEmpty {
            body.append("<h2>\(r.teachBack)</h2>")
            for group in teachBackGroups {
                body.append("<p class=\"meta\">\(r.ledBy(d.dateTime(group[0].date), e(group[0].nurse)))</p>")
                body.append(
                    "<table class=\"teach-back\"><thead><tr><th>\(r.resultHeading)</th><th>\(r.teachingPoint)</th><th>\(r.noteHeading)</th></tr></thead><tbody>"
                )
                for row in group {
                    let css = row.result == .notYet ? " class=\"not-yet\"" : ""  // not a message: markup
                    body.append(
                        "<tr\(css)><td>\(e(resultLabel(row.result)))</td><td>"
                            + (row.critical ? "<strong class=\"safety\">\(r.safetyWord)</strong> " : "")
                            + "\(e(row.label))</td><td>\(e(row.note ?? ""))</td></tr>")
                }
                body.append("</tbody></table>")
            }
        }
        if !needsTeachBack.isEmpty {
            body.append("<h2>\(r.needsTeachBack)</h2><ul class=\"flags\">")
            for f in needsTeachBack {
                body.append(
                    "<li>" + (f.critical ? "<strong class=\"safety\">\(r.safetyWord)</strong> " : "")
                        + "\(e(f.label)) <span class=\"meta\">(\(r.missedIn(f.misses)))</span></li>")
            }
            body.append("</ul>")
        }
        body.append("<h2>\(r.sessions)</h2>")
        if sessions.isEmpty {
            body.append("<p>\(r.noneYet)</p>")
        } else {
            if sessions.contains(where: { $0.attempted > 0 }) { body.append(scoreChart()) }
            body.append(
                "<table><thead><tr><th>\(r.date)</th><th>\(r.mode)</th><th>\(r.ledByHeading)</th><th>\(r.resultHeading)</th></tr></thead><tbody>"
            )
            for s in sessions {
                body.append(
                    "<tr><td>\(d.dateTime(s.date))</td><td>\(e(s.mode))</td><td>\(e(s.facilitator ?? ""))</td><td>\(e(sessionResult(s)))</td></tr>"
                )
            }
            body.append("</tbody></table>")
        }
        body.append(
            "<h2>\(r.masteryBySection)</h2><table><thead><tr><th>\(r.section)</th><th>\(r.likelyRemembered)</th><th>\(r.answersRightHeading)</th></tr></thead><tbody>"
        )
        for s in sections {
            let p = Int((s.mastery * 100).rounded())
            body.append(
                "<tr><td>\(e(s.title))</td><td><span class=\"bar\"><span style=\"width:\(p)%\"></span></span> \(p)%</td><td>\(s.answered == 0 ? r.notYetAnswered : r.of(s.correct, s.answered))</td></tr>"
            )
        }
        body.append("</tbody></table>")
        body.append("<h2>\(r.missedQuestions)</h2>")
        if missed.isEmpty { body.append("<p>\(r.none)</p>") }
        for m in missed {
            var flags: [String] = []
            if m.critical { flags.append("<strong class=\"safety\">\(r.safetyWord)</strong>") }
            if m.timesMissed > 1 { flags.append(r.missedTimes(m.timesMissed)) }
            if m.resolved { flags.append(r.laterAnsweredRight) }
            body.append(
                "<div class=\"missed\(m.critical ? " critical" : "")\"><p>\(flags.isEmpty ? "" : flags.joined(separator: " · ") + "<br>")\(e(m.question))</p>"
                    + "<p>\(r.chose(e(m.chosen)))<br>\(r.rightAnswerLabel) <strong>\(e(m.answer))</strong></p>"
                    + (m.quote.map { "<p class=\"quote\">\(r.fromTheSource(e($0)))</p>" } ?? "") + "</div>")
        }
        let open = missed.filter { !$0.resolved }
        if !open.isEmpty {
            body.append("<h2>\(r.prompts)</h2><ol>")
            for m in open { body.append("<li>\(r.ask) \(e(m.ask))<br><em>\(r.listenFor)</em> \(e(m.listenFor))</li>") }
            body.append("</ol>")
        }
        body.append("<h2>\(r.upcoming)</h2><p>\(e(upcomingLine()))</p>")
        return body
    }

    /// A page around reports' bodies.
    static func htmlPage(learner: String, body: [String], _ strings: Strings = Strings(), title: String? = nil)
        -> String
    {
        let e = Escape.html
        let r = strings.report
        return """
            <!DOCTYPE html>
            <html lang="\(strings.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title.map(e) ?? r.title(e(learner)))</title>
            <style>
            body { font: 12pt/1.45 system-ui, sans-serif; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; border-bottom: 1px solid #999; margin-top: 1.6rem; }
            table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ccc; }
            .meta { color: #444; font-size: .9rem; } .evaluation { font-weight: 600; }
            .bar { display: inline-block; width: 6rem; height: .7rem; border: 1px solid #555; vertical-align: middle; }
            .bar span { display: block; height: 100%; background: #2a7; }
            .missed { border-left: 4px solid #999; padding-left: .6rem; margin: .6rem 0; page-break-inside: avoid; }
            .missed.critical { border-left-color: #c00; } .safety { color: #c00; }
            tr.not-yet td { background: #fdecea; } .flags li { margin: .2rem 0; }
            table.teach-back { table-layout: fixed; } .teach-back th:nth-child(1) { width: 28%; } .teach-back th:nth-child(2) { width: 44%; }
            svg { max-width: 100%; height: auto; }
            .roster td { vertical-align: top; } .roster tr.alert td { background: #fdecea; } .roster tr.behind td { background: #fff4d6; }
            @media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
            </style>
            </head>
            <body>
            \((body + ["<p class=\"meta\">\(r.disclaimer)</p>"]).joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// Percent right in each session, as a small SVG line chart with labelled axes.
    func scoreChart() -> String {
        let w = 600.0, h = 180.0, left = 40.0, bottom = 24.0, top = 10.0, right = 10.0
        let plotW = w - left - right, plotH = h - top - bottom
        // Sessions that asked questions (a teach-back of its own asks none).
        let scores = sessions.filter { $0.attempted > 0 }.map { Double($0.correct) / Double($0.attempted) }
        let n = scores.count
        func x(_ i: Int) -> Double { left + (n == 1 ? plotW / 2 : plotW * Double(i) / Double(n - 1)) }
        func y(_ v: Double) -> Double { top + plotH * (1 - v) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" role=\"img\" aria-label=\"\(r.chartLabel)\">"
        ]
        for tick in [0.0, 0.5, 1.0] {
            parts.append(
                "<line x1=\"\(f(left))\" y1=\"\(f(y(tick)))\" x2=\"\(f(w - right))\" y2=\"\(f(y(tick)))\" stroke=\"#ccc\"/>"
            )
            parts.append(
                "<text x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" font-size=\"11\" text-anchor=\"end\">\(Int(tick * 100))%</text>"
            )
        }
        let points = scores.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element)))" }.joined(separator: " ")
        if n > 1 { parts.append("<polyline fill=\"none\" stroke=\"#2a7\" stroke-width=\"2\" points=\"\(points)\"/>") }
        for (i, v) in scores.enumerated() {
            parts.append(
                "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(v)))\" r=\"4\" fill=\"#2a7\"><title>\(r.sessionPoint(i + 1, Int((v * 100).rounded())))</title></circle>"
            )
        }
        parts.append(
            "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(h - 6))\" font-size=\"11\" text-anchor=\"middle\">\(r.chartAxis)</text>"
        )
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
