import ContentModel
import Foundation
import QuestionGeneration
import Scheduling

/// Lines of a screen's body before they are fitted to the window, with the line that must stay in view.
struct Body {
    var lines: [[Span]] = []
    var focus: Int?
    let width: Int
    /// Small windows drop blank lines and secondary headings so a whole question fits.
    var compact = false

    mutating func blank() { if !compact { lines.append([]) } }

    /// Adds wrapped text; `prefix` starts the first line, later lines are indented to match it.
    mutating func text(_ text: String, _ style: Style = .normal, prefix: String = "", prefixStyle: Style? = nil) {
        let indent = TextLayout.width(prefix)
        let wrapped = TextLayout.wrap(text, width: max(1, width - indent))
        for (i, line) in wrapped.enumerated() {
            let lead = i == 0 ? prefix : String(repeating: " ", count: indent)
            lines.append(lead.isEmpty ? [Span(line, style)] : [Span(lead, prefixStyle ?? style), Span(line, style)])
        }
    }

    mutating func spans(_ spans: [Span]) { lines.append(spans) }
}

extension AppState {
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    public static let disclaimer = "For learning only, not medical advice. Ask your care team about your treatment."

    /// Lays the state out for a window of `width` × `height` cells.
    public func render(width: Int, height: Int) -> ScreenImage {
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            return tooSmall(width: width, height: height)
        }
        var body = Body(width: width - 2)
        body.compact = height < 18
        let footer: String
        if let overlay {
            footer = overlayBody(overlay, into: &body)
        } else {
            footer = screenBody(into: &body)
        }
        var rows: [[Span]] = [titleBar(width: width)]
        if let notice {
            for line in TextLayout.wrap(notice, width: width - 2).prefix(2) {
                rows.append([Span(" "), Span(line, .warning)])
            }
        }
        let available = height - rows.count - 1
        rows += viewport(body, rows: available, width: width)
        while rows.count < height - 1 { rows.append([]) }
        rows.append([Span(TextLayout.truncate(" " + footer, to: width), .key)])
        return ScreenImage(width: width, height: height, lines: rows)
    }

    func tooSmall(width: Int, height: Int) -> ScreenImage {
        let message =
            "Please make this window bigger: at least \(Self.minimumWidth) × \(Self.minimumHeight). It is \(width) × \(height) now."
        let lines = TextLayout.wrap(message, width: max(1, width)).prefix(max(1, height)).map { [Span($0, .warning)] }
        return ScreenImage(width: width, height: height, lines: Array(lines))
    }

    func titleBar(width: Int) -> [Span] {
        let left = " Teachback"
        var right = learner.map { TextLayout.sanitize($0.name) + " " } ?? ""
        if let s = session { right = "\(s.mode.title) · " + right }
        let space = width - TextLayout.width(left) - TextLayout.width(right)
        if space < 1 { return [Span(TextLayout.truncate(left + " " + right, to: width).padding(width), .title)] }
        return [Span(left + String(repeating: " ", count: space) + right, .title)]
    }

    /// Fits the body to `rows`, scrolled so the focus line shows, with a hint when more lies below or above.
    func viewport(_ body: Body, rows: Int, width: Int) -> [[Span]] {
        let lines = body.lines.map { [Span(" ")] + $0 }
        guard lines.count > rows else { return lines }
        var top = min(scroll, lines.count - rows)
        if let focus = body.focus {
            if focus < top + 1 { top = max(0, focus - 1) }
            if focus >= top + rows - 1 { top = min(lines.count - rows, focus - rows + 2) }
        }
        var visible = Array(lines[top..<(top + rows)])
        if top + rows < lines.count { visible[rows - 1] = [Span(" ↓ more below (PgDn)", .dim)] }
        if top > 0 { visible[0] = [Span(" ↑ more above (PgUp)", .dim)] }
        return visible
    }

    // MARK: Screens

    func screenBody(into body: inout Body) -> String {
        switch screen {
        case .learnerPicker(let selected, let typed):
            body.text("Welcome to Teachback.", .title)
            body.text("Learn about your treatment by answering a few questions.")
            body.blank()
            body.text("Type your name or code, then press Enter:")
            body.spans([Span("> "), Span(TextLayout.sanitize(typed), .accent), Span("_", .selected)])
            if !learnerNames.isEmpty {
                body.blank()
                body.text("Or choose with the arrow keys ↑ ↓ and press Enter:")
                for (i, name) in learnerNames.enumerated() {
                    let isSelected = i == selected && typed.isEmpty
                    body.text(
                        TextLayout.sanitize(name), isSelected ? .selected : .normal, prefix: isSelected ? "› " : "  ")
                    if isSelected { body.focus = body.lines.count - 1 }
                }
            }
            body.blank()
            body.text(Self.disclaimer, .dim)
            return "Enter: start · ↑↓: choose · Esc: quit"
        case .home(let selected):
            homeBody(selected: selected, into: &body)
            return "Letter or ↑↓ Enter: choose · q: quit · ?: help"
        case .question(let selected):
            questionBody(selected: selected, into: &body)
            guard let item = currentItem else { return "" }
            let last = Character(UnicodeScalar(UInt8(64 + item.options.count)))
            return "A–\(last): answer · q: stop · ?: help · r: read · u: undo · ↑↓ Enter"
        case .confidence(let chosen, let selected):
            let letter = Character(UnicodeScalar(UInt8(65 + chosen)))
            body.text("You chose \(letter). How sure were you?", .title)
            body.blank()
            for (i, label) in ["Sure", "Not sure", "I guessed"].enumerated() {
                body.text(
                    label, i == selected ? .selected : .normal, prefix: i == selected ? "› \(i + 1). " : "  \(i + 1). ")
            }
            return "1–3 or ↑↓ Enter: answer · Esc: back"
        case .feedback:
            feedbackBody(into: &body)
            return session?.pendingSave == true ? "Saving…" : "Enter: next · q: stop · r: read · u: undo"
        case .summary:
            summaryBody(into: &body)
            return "Enter: home · PgDn/PgUp: scroll"
        case .progress(let data):
            progressBody(data, into: &body)
            return "Enter: home · PgDn/PgUp: scroll"
        case .sectionPicker(let selected, let forReading):
            body.text(
                forReading ? "Read the material: choose a section." : "Practise one section: choose a section.", .title)
            body.blank()
            for (i, section) in context.bank.sections.enumerated() {
                let marker = i == selected ? "› " : "  "
                body.text(
                    TextLayout.sanitize(section.title), i == selected ? .selected : .normal,
                    prefix: "\(marker)\(i + 1). ")
                if i == selected { body.focus = body.lines.count - 1 }
            }
            return "↑↓ Enter or 1–\(context.bank.sections.count): choose · Esc: back"
        case .settings(let selected):
            guard let settings = learner?.settings else { return "" }
            body.text("Settings for \(TextLayout.sanitize(learner?.name ?? ""))", .title)
            body.blank()
            let rows = [
                "Ask how sure I am after each answer: \(settings.confidenceStep ? "On" : "Off")",
                "New questions per day: \(settings.newPerDay)",
                "Review schedule: \(settings.algorithm == .fsrs ? "FSRS (recommended)" : "SM-2 (classic)")",
            ]
            for (i, row) in rows.enumerated() {
                body.text(row, i == selected ? .selected : .normal, prefix: i == selected ? "› " : "  ")
            }
            body.blank()
            body.text("Changes are saved at once.", .dim)
            return "↑↓: choose · ← → Enter: change · Esc: back"
        case .facilitatorEntry(let typed):
            body.text("Nurse-led session", .title)
            body.text(
                "Type the nurse's name or initials. It is saved with this learner's sessions and shown in reports.")
            body.blank()
            body.spans([Span("> "), Span(TextLayout.sanitize(typed), .accent), Span("_", .selected)])
            return "Enter: save · Esc: cancel"
        }
    }

    func homeBody(selected: Int, into body: inout Body) {
        let name = TextLayout.sanitize(learner?.name ?? "")
        body.text("Hello, \(name).", .title)
        if let facilitator { body.text("Nurse-led session with \(TextLayout.sanitize(facilitator)).", .accent) }
        if let learner {
            let (due, new) = context.planner.counts(history: history, settings: learner.settings, now: now)
            body.text("Today: \(plural(due, "question")) due, \(new) new.")
        }
        let about = "\(TextLayout.sanitize(context.bank.metadata.title)). \(context.bank.metadata.reviewLine)"
        if !body.compact {
            body.text(about, .dim)
            body.text(Self.disclaimer, .dim)
            body.blank()
        }
        for (i, entry) in HomeEntry.allCases.enumerated() {
            let isSelected = i == selected
            body.text(
                entry.label, isSelected ? .selected : .normal,
                prefix: "\(isSelected ? "›" : " ") \(entry.key.uppercased()) ",
                prefixStyle: isSelected ? .selected : .key)
            if isSelected { body.focus = body.lines.count - 1 }
        }
        if body.compact {
            // A small window shows the menu first; the content's status and the disclaimer follow it.
            body.text(Self.disclaimer, .dim)
            body.text(about, .dim)
        }
    }

    func questionBody(selected: Int, into body: inout Body) {
        guard let s = session, let item = currentItem else { return }
        let section = context.bank.section(item.section)?.title ?? item.section
        if !body.compact { body.text(TextLayout.sanitize(section), .accent) }
        let counter = "Question \(s.position + 1) of \(s.queue.count) "
        let barWidth = max(4, min(20, body.width - TextLayout.width(counter) - 2))
        let filled = Int((Double(s.position) / Double(max(1, s.queue.count)) * Double(barWidth)).rounded())
        body.spans([
            Span(counter), Span(String(repeating: "█", count: filled), .good),
            Span(String(repeating: "░", count: barWidth - filled), .dim),
        ])
        if item.critical { body.text("Safety question", .warning) }
        body.blank()
        body.text(TextLayout.sanitize(item.stem), .title)
        body.blank()
        for (i, option) in item.options.enumerated() {
            let letter = Character(UnicodeScalar(UInt8(65 + i)))
            let isSelected = i == selected
            body.text(
                TextLayout.sanitize(option), isSelected ? .selected : .normal,
                prefix: "\(isSelected ? "›" : " ") \(letter). ",
                prefixStyle: isSelected ? .selected : .key)
            if isSelected { body.focus = body.lines.count - 1 }
        }
    }

    func feedbackBody(into body: inout Body) {
        guard let s = session, let outcome = s.lastOutcome, let item = context.itemsByID[outcome.itemID] else { return }
        if s.pendingSave {
            body.text("Saving your answer…", .dim)
            return
        }
        let letter = { (i: Int) in Character(UnicodeScalar(UInt8(65 + i))) }
        if outcome.correct {
            body.text("✓ Correct.", .good)
        } else {
            body.text("✗ Not quite.", .bad)
            body.text("You chose \(letter(outcome.chosen)). \(TextLayout.sanitize(item.options[outcome.chosen]))", .dim)
        }
        body.blank()
        body.text("The answer is \(letter(item.answer)). \(TextLayout.sanitize(item.key))", .title)
        if item.explanation != item.key { body.text(TextLayout.sanitize(item.explanation)) }
        if !outcome.correct, let feedback = item.feedback[outcome.chosen] {
            body.blank()
            if body.width < 60 {
                body.text("About your answer:", .accent)
                body.text(TextLayout.sanitize(feedback))
            } else {
                body.text(TextLayout.sanitize(feedback), prefix: "About your answer: ", prefixStyle: .accent)
            }
        }
        body.blank()
        let section = context.bank.section(item.section)?.title ?? item.section
        body.text("This is covered in \"\(TextLayout.sanitize(section))\". Press r to read it.", .dim)
        if let due = outcome.due {
            body.text("You will see this question again \(TextLayout.relative(from: now, to: due)).")
        } else if s.mode == .exam {
            body.text("Exam answers do not change your review schedule.", .dim)
        }
        if !outcome.correct && s.queue[(s.position + 1)...].contains(item.id) {
            body.text("It will come back later in this session.", .dim)
        }
    }

    /// First-try results per question in a session: how many questions, how many right the first time.
    public static func score(_ s: ActiveSession) -> (asked: Int, correct: Int) {
        var first: [String: Bool] = [:]
        for outcome in s.outcomes where first[outcome.itemID] == nil { first[outcome.itemID] = outcome.correct }
        return (first.count, first.values.filter { $0 }.count)
    }

    func summaryBody(into body: inout Body) {
        guard let s = finished else { return }
        let (asked, correct) = Self.score(s)
        body.text("Session done: \(correct) of \(asked) correct.", .title)
        body.text("Everything you answered is saved.", .dim)
        var firstTry: [String: Outcome] = [:]
        for o in s.outcomes where firstTry[o.itemID] == nil { firstTry[o.itemID] = o }
        body.blank()
        body.text("By section:", .accent)
        for section in context.bank.sections {
            let here = firstTry.values.filter { context.itemsByID[$0.itemID]?.section == section.id }
            guard !here.isEmpty else { continue }
            body.text(
                "\(here.filter(\.correct).count) of \(here.count)  \(TextLayout.sanitize(section.title))", prefix: "  ")
        }
        let missed = s.outcomes.filter { !$0.correct }.map(\.itemID).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        let items = missed.compactMap { context.itemsByID[$0] }.sorted { $0.critical && !$1.critical }
        if !items.isEmpty {
            body.blank()
            body.text("Questions to go over:", .accent)
            for item in items {
                body.text(
                    TextLayout.sanitize(item.stem), item.critical ? .warning : .normal,
                    prefix: item.critical ? "! " : "• ")
                body.text(TextLayout.sanitize(item.key), .good, prefix: "  Answer: ")
            }
        }
        if let next = s.outcomes.compactMap(\.due).min() {
            body.blank()
            body.text("Next review: \(TextLayout.relative(from: now, to: next)).")
        }
        if s.mode == .exam { body.text("This was an exam: your review schedule did not change.", .dim) }
        if let facilitator, !items.isEmpty {
            body.blank()
            body.text("Teach-back (for \(TextLayout.sanitize(facilitator))):", .accent)
            for item in items {
                let prompt = TeachBack.prompt(for: item, in: context.bank)
                body.text(TextLayout.sanitize(prompt.ask), prefix: "Ask: ", prefixStyle: .key)
                body.text(TextLayout.sanitize(prompt.listenFor), .dim, prefix: "Listen for: ")
            }
        }
    }

    func progressBody(_ data: ProgressData?, into body: inout Body) {
        guard let data else {
            body.text("Loading…", .dim)
            return
        }
        body.text("Your progress", .title)
        body.blank()
        body.text("What you know well now, by section:", .accent)
        let barWidth = 10
        for (id, share) in data.mastery {
            let title = context.bank.section(id)?.title ?? id
            let filled = Int((share * Double(barWidth)).rounded())
            body.spans([
                Span(String(repeating: "█", count: filled), .good),
                Span(String(repeating: "░", count: barWidth - filled), .dim),
                Span(String(format: " %3d%% ", Int((share * 100).rounded()))),
                Span(TextLayout.truncate(TextLayout.sanitize(title), to: max(1, body.width - barWidth - 7))),
            ])
        }
        body.blank()
        body.text("Score in each session (most recent last):", .accent)
        if data.sessionScores.isEmpty { body.text("No sessions yet.", .dim) }
        let formatter = DateFormatter()
        formatter.dateFormat = "MMM d"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = context.timeZone
        for score in data.sessionScores.suffix(8) {
            let share = Double(score.correct) / Double(max(1, score.attempted))
            let filled = Int((share * Double(barWidth)).rounded())
            body.spans([
                Span(formatter.string(from: score.date).padding(7)), Span(String(repeating: "█", count: filled), .good),
                Span(String(repeating: "░", count: barWidth - filled), .dim),
                Span(" \(score.correct) of \(score.attempted)"),
            ])
        }
        body.blank()
        body.text("Reviews due in the next 14 days:", .accent)
        let peak = max(1, data.duePerDay.max() ?? 1)
        let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        body.spans([
            Span(
                String(
                    data.duePerDay.map {
                        $0 == 0 ? "·" : blocks[max(1, Int((Double($0) / Double(peak) * 8).rounded()))]
                    }), .good)
        ])
        body.text("today … in 2 weeks", .dim)
        let week = data.duePerDay.prefix(7).reduce(0, +)
        body.text(
            "Today: \(data.duePerDay.first ?? 0). This week: \(week). Next week: \(data.duePerDay.reduce(0, +) - week)."
        )
    }

    func overlayBody(_ overlay: Overlay, into body: inout Body) -> String {
        switch overlay {
        case .help:
            body.text("Help", .title)
            body.blank()
            for (keys, what) in [
                ("A B C D or 1–4", "answer a question"), ("↑ ↓ and Enter", "move and choose"),
                ("r", "read the part of the material"),
                ("u", "take back your last answer"), ("q or Esc", "stop; your answers are kept"),
                ("PgUp PgDn", "scroll"),
                ("?", "this help"),
            ] {
                body.text(what, prefix: keys.padding(16), prefixStyle: .key)
            }
            body.blank()
            body.text("Every answer is saved as soon as you give it. You can stop at any time.", .dim)
            return "Press any key to go back"
        case .reading(let index, let offset):
            let sections = context.bank.sections
            guard sections.indices.contains(index) else { return "" }
            let section = sections[index]
            body.text("\(index + 1) of \(sections.count): \(TextLayout.sanitize(section.title))", .title)
            body.blank()
            let paragraph = section.passage.split(separator: "\n").joined(separator: " ")
            body.text(TextLayout.sanitize(paragraph))
            if !section.objectives.isEmpty {
                body.blank()
                body.text("After reading, you should be able to:", .accent)
                for objective in section.objectives { body.text(TextLayout.sanitize(objective), prefix: "• ") }
            }
            body.focus = min(body.lines.count - 1, offset)
            return "↑↓ PgUp PgDn: scroll · ← →: other sections · Esc: back"
        }
    }

    func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
}

extension String {
    /// Pads with spaces to `columns` columns.
    func padding(_ columns: Int) -> String {
        self + String(repeating: " ", count: max(0, columns - TextLayout.width(self)))
    }
}
