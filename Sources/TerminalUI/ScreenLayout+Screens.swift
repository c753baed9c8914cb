import QuizEngine

/// One function a screen: how each view model is laid out in cells.
extension ScreenLayout {
    static func learnerPicker(_ view: LearnerPickerView, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.picker
        body.text(s.welcome, .title)
        body.text(s.intro)
        body.blank()
        body.text(view.shared ? s.sharedTypePrompt : s.typePrompt)
        body.field(view.typed)
        if view.shared {
            body.blank()
            body.text(s.sharedNote, .dim)
        }
        if !view.names.isEmpty {
            body.blank()
            body.text(s.chooseWithArrows)
            for (i, name) in view.names.enumerated() {
                let isSelected = i == view.selected
                body.row(name, selected: isSelected, marker: isSelected ? "› " : "  ")
            }
        }
        body.blank()
        body.text(strings.common.disclaimer, .dim)
        return view.shared ? s.sharedTerminalKeys : s.terminalKeys
    }

    static func home(_ view: HomeView, _ strings: Strings, into body: inout Body) -> String {
        body.text(strings.home.hello(view.learner), .title)
        if let facilitator = view.facilitator { body.text(strings.facilitator.leading(facilitator), .accent) }
        if let today = view.today { body.text(strings.home.today(due: today.due, new: today.new)) }
        if let line = view.dateLine { body.text(line, .accent) }
        if view.needsTeachBack > 0 { body.text(strings.teachBack.needsTeachBack(view.needsTeachBack), .warning) }
        if !body.compact {
            body.text(view.about, .dim)
            body.text(strings.common.disclaimer, .dim)
            body.blank()
        }
        for (i, row) in view.rows.enumerated() {
            let isSelected = i == view.selected
            body.row(
                row.label, selected: isSelected, marker: "\(isSelected ? "›" : " ") \(row.shortcut.uppercased()) ",
                markerStyle: .key)
        }
        if body.compact {
            // A small window shows the menu first; the content's status and the disclaimer follow it, and come into
            // view when the last entry is chosen (the window follows the chosen entry, so they could not be read).
            body.text(strings.common.disclaimer, .dim)
            body.text(view.about, .dim)
            if view.selected == view.rows.count - 1 { body.focus = body.lines.count - 1 }
        }
        return strings.home.terminalKeys
    }

    static func topics(_ view: TopicsView, _ strings: Strings, into body: inout Body) -> String {
        body.text(strings.home.hello(view.learner), .title)
        if let facilitator = view.facilitator { body.text(strings.facilitator.leading(facilitator), .accent) }
        body.text(strings.topics.heading)
        if !body.compact { body.blank() }
        for (i, row) in view.rows.enumerated() {
            let isSelected = i == view.selected
            body.row(
                row.label, selected: isSelected, marker: "\(isSelected ? "›" : " ") \(row.shortcut.uppercased()) ",
                markerStyle: .key)
            if let detail = row.detail { body.text(detail, .accent, prefix: "    ") }
        }
        if !body.compact {
            body.blank()
            body.text(strings.common.disclaimer, .dim)
        }
        return strings.topics.terminalKeys
    }

    static func question(_ view: QuestionView, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.question
        if !body.compact { body.text(view.section, .accent) }
        let counter = s.counter(view.number, of: view.total) + " "
        let barWidth = max(4, min(20, body.width - TextLayout.width(counter) - 2))
        body.spans([Span(counter)] + Body.bar(Double(view.number - 1) / Double(max(1, view.total)), width: barWidth))
        if view.critical { body.text(s.safety, .warning) }
        body.blank()
        body.text(view.stem, .title)
        body.blank()
        for (i, option) in view.options.enumerated() {
            let isSelected = i == view.selected
            body.row(
                option, selected: isSelected, marker: "\(isSelected ? "›" : " ") \(s.letter(i)). ", markerStyle: .key)
        }
        return s.terminalKeys(last: s.letter(view.options.count - 1))
    }

    static func confidence(_ view: ConfidenceView, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.question
        body.text(s.youChose(s.letter(view.chosen)), .title)
        body.blank()
        for (i, label) in view.levels.enumerated() {
            let isSelected = i == view.selected
            body.row(
                label, selected: isSelected, marker: isSelected ? "› \(i + 1). " : "  \(i + 1). ", keepInView: false)
        }
        return s.confidenceTerminalKeys
    }

    static func feedback(_ view: FeedbackView, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.feedback
        let letter = strings.question.letter
        if view.saving {
            body.text(s.saving, .dim)
            return s.savingKeys
        }
        if view.correct {
            body.text("✓ " + s.correct, .good)
        } else {
            body.text("✗ " + s.notQuite, .bad)
            body.text(s.youChose(letter(view.chosen), view.chosenText), .dim)
        }
        body.blank()
        body.text(s.theAnswer(letter(view.answer), view.key), .title)
        if let explanation = view.explanation { body.text(explanation) }
        if let about = view.aboutYourAnswer {
            body.blank()
            if body.width < 60 {
                body.text(s.aboutYourAnswer, .accent)
                body.text(about)
            } else {
                body.text(about, prefix: s.aboutYourAnswer + " ", prefixStyle: .accent)
            }
        }
        body.blank()
        body.text(s.coveredIn(view.section), .dim)
        if let when = view.seeAgain {
            body.text(s.seeAgain(when))
        } else if view.isExam {
            body.text(s.examLeavesSchedule, .dim)
        }
        if view.comesBack { body.text(s.comesBack, .dim) }
        return s.terminalKeys
    }

    static func summary(_ view: SummaryView?, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.summary
        guard let view else { return s.terminalKeys }
        body.text(s.done(correct: view.correct, of: view.asked), .title)
        body.text(s.saved, .dim)
        body.blank()
        body.text(view.byTopic ? s.byTopic : s.bySection, .accent)
        for row in view.sections {
            // The title wraps under itself, not under its count.
            body.text(row.title, prefix: "  " + s.sectionCount(correct: row.correct, of: row.asked) + " ")
        }
        if !view.missed.isEmpty {
            body.blank()
            body.text(s.toGoOver, .accent)
            for missed in view.missed {
                body.text(missed.stem, missed.critical ? .warning : .normal, prefix: missed.critical ? "! " : "• ")
                body.text(missed.key, .good, prefix: s.answerPrefix)
            }
        }
        if let next = view.nextReview {
            body.blank()
            body.text(s.nextReview(next))
        }
        if view.isExam { body.text(s.examLeftSchedule, .dim) }
        if let next = view.teachBackNext {
            body.blank()
            body.text(strings.teachBack.next(points: next.points, safety: next.safety), .accent)
            let keys = strings.teachBack.summaryKeys
            return body.width < TextLayout.width(keys) + 2 ? strings.teachBack.shortSummaryKeys : keys
        }
        return s.terminalKeys
    }

    static func teachBack(_ view: TeachBackView, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.teachBack
        if view.saving {
            body.text(s.saving, .dim)
            return ""
        }
        body.text(s.heading(view.number, of: view.total), .title)
        if let topic = view.topic { body.text(topic, .accent) }
        if !body.compact { body.text(view.section, .dim) }
        if view.critical { body.text(s.safety, .warning) }
        if let misses = view.flaggedMisses { body.text(s.flagged(misses: misses), .warning) }
        if view.missedToday { body.text(s.missedToday, .dim) }
        body.text(view.ask, .title, prefix: s.ask, prefixStyle: .key)
        body.text(s.listenFor, .accent)
        for point in view.listenFor { body.text(point, prefix: "  • ") }
        if let typing = view.typing {
            body.blank()
            body.text(s.typeNote)
            body.field(typing)
            // The field being typed in stays in view, however small the window.
            body.focus = body.lines.count - 1
            return body.width < TextLayout.width(s.noteKeys) + 2 ? s.shortNoteKeys : s.noteKeys
        }
        body.text(s.whatHappened, .accent)
        for (i, label) in view.choices.enumerated() {
            let isSelected = i == view.selected
            // The point's heading and question stay in view (a small window scrolls with PgDn to the results).
            body.row(
                label, selected: isSelected, marker: "\(isSelected ? "›" : " ") \(i + 1) ", markerStyle: .key,
                keepInView: false)
        }
        body.text(view.note ?? s.noNote, view.note == nil ? .dim : .normal, prefix: s.note, prefixStyle: .key)
        return body.width < TextLayout.width(s.terminalKeys) + 2 ? s.shortTerminalKeys : s.terminalKeys
    }

    static func roster(_ view: RosterView, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.roster
        body.text(s.title, .title)
        if view.rows.isEmpty {
            body.blank()
            body.text(s.empty)
        }
        for (n, row) in view.rows.enumerated() {
            body.blank()
            body.text(row.heading, .accent, prefix: "\(n + 1). ")
            for alert in row.alerts { body.text(alert, .warning, prefix: "   ") }
            for line in row.lines { body.text(line, prefix: "   ") }
        }
        return s.terminalKeys
    }

    static func progress(_ view: ProgressView?, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.progress
        guard let view else {
            body.text(s.loading, .dim)
            return s.terminalKeys
        }
        body.text(s.title, .title)
        body.blank()
        body.text(s.knownBySection, .accent)
        let barWidth = 10
        for row in view.sections {
            body.spans(
                Body.bar(row.share, width: barWidth) + [
                    Span(percent(row.share)),
                    Span(TextLayout.truncate(row.title, to: max(1, body.width - barWidth - 7))),
                ])
        }
        body.blank()
        body.text(s.scores, .accent)
        if view.sessions.isEmpty { body.text(s.noSessions, .dim) }
        // The dates' column is as wide as the widest (at least 7: "Nov 27 "; "12月27日 " is 9).
        let dateColumn = max(7, (view.sessions.map { TextLayout.width($0.date) }.max() ?? 0) + 1)
        for row in view.sessions {
            let share = Double(row.correct) / Double(max(1, row.attempted))
            body.spans(
                [Span(row.date.padding(dateColumn))] + Body.bar(share, width: barWidth) + [
                    Span(s.score(correct: row.correct, of: row.attempted))
                ])
        }
        body.blank()
        body.text(s.dueSoon, .accent)
        let peak = max(1, view.duePerDay.max() ?? 1)
        let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let chart = view.duePerDay.map {
            $0 == 0 ? "·" : blocks[max(1, Int((Double($0) / Double(peak) * 8).rounded()))]
        }
        body.spans([Span(String(chart), .good)])
        body.text(s.axis, .dim)
        let week = view.duePerDay.prefix(7).reduce(0, +)
        body.text(
            s.dueTotals(today: view.duePerDay.first ?? 0, week: week, nextWeek: view.duePerDay.reduce(0, +) - week))
        return s.terminalKeys
    }

    /// " 42% ": a share as a percentage, right-aligned in three digits.
    static func percent(_ share: Double) -> String {
        let digits = String(Int((share * 100).rounded()))
        return " " + String(repeating: " ", count: max(0, 3 - digits.count)) + digits + "% "
    }

    static func sectionPicker(_ view: SectionPickerView, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.sectionPicker
        body.text(s.title(forReading: view.forReading), .title)
        body.blank()
        for (i, title) in view.titles.enumerated() {
            let isSelected = i == view.selected
            body.row(title, selected: isSelected, marker: "\(isSelected ? "› " : "  ")\(i + 1). ")
        }
        return s.terminalKeys(count: view.titles.count)
    }

    static func settings(_ view: SettingsView?, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.settings
        guard let view else { return "" }
        body.text(s.title(view.learner), .title)
        body.blank()
        for (i, row) in view.rows.enumerated() {
            let isSelected = i == view.selected
            body.row(row, selected: isSelected, marker: isSelected ? "› " : "  ", keepInView: false)
        }
        body.blank()
        body.text(s.savedAtOnce, .dim)
        return s.terminalKeys
    }

    static func plan(_ view: PlanView, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.plan
        body.text(s.title(view.learner), .title)
        if !body.compact { body.text(s.explain, .dim) }
        body.blank()
        for (i, row) in view.rows.enumerated() {
            let isSelected = i == view.selected
            body.row(
                row.title, selected: isSelected,
                marker: "\(isSelected ? "›" : " ") \(row.onPlan ? s.onPlan : s.offPlan) ", markerStyle: .key)
            if let detail = row.detail { body.text(detail, .accent, prefix: "      ") }
            if let warning = row.warning { body.text(warning, .warning, prefix: "      ") }
        }
        body.blank()
        body.text(s.savedAtOnce, .dim)
        return s.terminalKeys
    }

    static func signIn(_ view: SignInView, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.facilitator
        body.text(s.title, .title)
        body.text(s.explain)
        if let refusal = view.refusal {
            body.blank()
            body.text(refusal, .warning)
        }
        body.blank()
        body.text(s.nameLabel, view.onSecret ? .dim : .normal)
        if view.onSecret { body.text(view.name, prefix: "  ") } else { body.field(view.name) }
        body.text(s.secretLabel, view.onSecret ? .normal : .dim)
        // The secret is never drawn: one star a character.
        let stars = String(repeating: "*", count: view.secretLength)
        if view.onSecret { body.field(stars) } else { body.text(stars, prefix: "  ") }
        return s.terminalKeys
    }

    static func help(_ strings: Strings, into body: inout Body) -> String {
        let s = strings.help
        body.text(s.title, .title)
        body.blank()
        for (keys, what) in s.terminalKeyRows {
            body.text(what, prefix: keys.padding(16), prefixStyle: .key)
        }
        body.blank()
        body.text(s.saved, .dim)
        return s.terminalKeys
    }

    static func reading(_ view: ReadingView, _ strings: Strings, into body: inout Body) -> String {
        let s = strings.reading
        guard view.number > 0 else { return "" }
        body.text(s.heading(view.number, of: view.total, title: view.title), .title)
        body.blank()
        body.text(view.passage)
        if !view.objectives.isEmpty {
            body.blank()
            body.text(s.afterReading, .accent)
            for objective in view.objectives { body.text(objective, prefix: "• ") }
        }
        body.focus = min(body.lines.count - 1, view.scroll)
        return s.terminalKeys
    }
}
