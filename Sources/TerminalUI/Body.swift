import QuizEngine

/// Lines of a screen's body before they are fitted to the window, with the line that must stay in view.
struct Body {
    var lines: [[Span]] = []
    var focus: Int?
    /// Where the terminal cursor rests (screen readers and braille displays follow it): the first line of the
    /// selected row at its marker, or the insertion point of a text field. Column within the body's line.
    var cursor: (line: Int, column: Int)?
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

    /// A text field's line, "> typed_", with the cursor on the insertion point.
    mutating func field(_ typed: String) {
        // Longer than the line, the field shows its end — where the typing is — after "…", not its start.
        let room = max(2, width - 3)
        var shown = typed
        if TextLayout.width(typed) > room {
            var tail = ""
            var used = 1
            for character in typed.reversed() {
                let w = TextLayout.width(String(character))
                if used + w > room { break }
                tail.insert(character, at: tail.startIndex)
                used += w
            }
            shown = "…" + tail
        }
        cursor = (lines.count, 2 + TextLayout.width(shown))
        // The field being typed in stays in view, on a small window too.
        focus = lines.count
        spans([Span("> "), Span(shown, .accent), Span("_", .selected)])
    }

    /// Adds a row of a list, marked and styled when it is the selected one, which then stays in view.
    mutating func row(
        _ label: String, selected: Bool, marker: String, markerStyle: Style? = nil, keepInView: Bool = true
    ) {
        let first = lines.count
        text(
            label, selected ? .selected : .normal, prefix: marker,
            prefixStyle: markerStyle.map { selected ? .selected : $0 })
        if selected && keepInView { focus = lines.count - 1 }
        if selected { cursor = (first, 0) }
    }

    /// A bar of `width` cells, `share` of it filled.
    static func bar(_ share: Double, width: Int) -> [Span] {
        let filled = Int((share * Double(width)).rounded())
        return [
            Span(String(repeating: "█", count: filled), .good),
            Span(String(repeating: "░", count: width - filled), .dim),
        ]
    }
}

extension String {
    /// Pads with spaces to `columns` columns.
    func padding(_ columns: Int) -> String {
        self + String(repeating: " ", count: max(0, columns - TextLayout.width(self)))
    }
}
