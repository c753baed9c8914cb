import QuizEngine

/// Lays a view model out in terminal cells: the title bar, the notice, the screen's body fitted to the window
/// (scrolled so the focused line shows), and a footer with the keys.
package enum ScreenLayout {
    package static let minimumWidth = 40
    package static let minimumHeight = 12

    /// The screen for a window of `width` × `height` cells.
    package static func render(_ view: ViewModel, width: Int, height: Int) -> ScreenImage {
        guard width >= minimumWidth, height >= minimumHeight else {
            return tooSmall(view.strings, width: width, height: height)
        }
        var body = Body(width: width - 2)
        body.compact = height < 18
        let footer: String
        if let overlay = view.overlay {
            footer = overlayBody(overlay, view.strings, into: &body)
        } else {
            footer = screenBody(view.screen, view.strings, into: &body)
        }
        var rows: [[Span]] = [titleBar(view.title, width: width)]
        if let notice = view.notice {
            // Up to six lines at 40×12 (eight on a big window), four rows left to the body, which scrolls: a store's
            // error says what to do after what went wrong, and two lines cut that off in Spanish and Chinese.
            rows += noticeRows(notice, width: width, most: max(2, min(8, height - 6)))
        }
        let available = height - rows.count - 1
        let (visible, top) = viewport(body, scroll: view.scroll, rows: available, strings: view.strings)
        var cursor: ScreenImage.Cell?
        if let (line, column) = body.cursor, line >= top, line - top < visible.count,
            !(top > 0 && line == top), !(top + visible.count < body.lines.count && line - top == visible.count - 1)
        {
            // The body is drawn one column in; a line hidden under a "more" hint has no cursor.
            cursor = ScreenImage.Cell(row: rows.count + line - top, column: min(width - 1, 1 + column))
        }
        rows += visible
        while rows.count < height - 1 { rows.append([]) }
        // The bottom-right cell is never written (some terminals scroll when it is filled): the footer ends before it.
        rows.append([Span(TextLayout.truncate(" " + footer, to: width - 1), .key)])
        return ScreenImage(width: width, height: height, lines: rows, cursor: cursor)
    }

    /// A notice wrapped to at most `most` rows; longer, it ends in an ellipsis, never cut without one.
    static func noticeRows(_ notice: String, width: Int, most: Int) -> [[Span]] {
        var lines = TextLayout.wrap(notice, width: width - 2)
        if lines.count > most {
            lines =
                Array(lines[..<(most - 1)])
                + [TextLayout.truncate(lines[(most - 1)...].joined(separator: " ") + " ", to: width - 2)]
        }
        return lines.map { [Span(" "), Span($0, .warning)] }
    }

    static func tooSmall(_ strings: Strings, width: Int, height: Int) -> ScreenImage {
        let message = strings.common.windowTooSmall(minimum: (minimumWidth, minimumHeight), actual: (width, height))
        let lines = TextLayout.wrap(message, width: max(1, width)).prefix(max(1, height)).map { [Span($0, .warning)] }
        return ScreenImage(width: width, height: height, lines: Array(lines))
    }

    static func titleBar(_ title: TitleBar, width: Int) -> [Span] {
        let left = " " + title.app
        var right = title.learner.map { $0 + " " } ?? ""
        if let mode = title.mode { right = "\(mode) · " + right }
        let space = width - TextLayout.width(left) - TextLayout.width(right)
        if space < 1 { return [Span(TextLayout.truncate(left + " " + right, to: width).padding(width), .title)] }
        return [Span(left + String(repeating: " ", count: space) + right, .title)]
    }

    /// Fits the body to `rows`, scrolled so the focus line shows, with a hint when more lies below or above.
    /// - Returns: the rows, and the index of the body's line shown first.
    static func viewport(_ body: Body, scroll: Int, rows: Int, strings: Strings) -> ([[Span]], Int) {
        let lines = body.lines.map { [Span(" ")] + $0 }
        guard lines.count > rows else { return (lines, 0) }
        var top = min(scroll, lines.count - rows)
        if let focus = body.focus {
            if focus < top + 1 { top = max(0, focus - 1) }
            if focus >= top + rows - 1 { top = min(lines.count - rows, focus - rows + 2) }
        }
        var visible = Array(lines[top..<(top + rows)])
        if top + rows < lines.count { visible[rows - 1] = [Span(" " + strings.common.moreBelow, .dim)] }
        if top > 0 { visible[0] = [Span(" " + strings.common.moreAbove, .dim)] }
        return (visible, top)
    }

    /// Lays out one screen and returns its footer.
    static func screenBody(_ screen: ScreenView, _ strings: Strings, into body: inout Body) -> String {
        switch screen {
        case .learnerPicker(let view): return learnerPicker(view, strings, into: &body)
        case .topics(let view): return topics(view, strings, into: &body)
        case .home(let view): return home(view, strings, into: &body)
        case .question(let view): return question(view, strings, into: &body)
        case .confidence(let view): return confidence(view, strings, into: &body)
        case .feedback(let view): return feedback(view, strings, into: &body)
        case .summary(let view): return summary(view, strings, into: &body)
        case .progress(let view): return progress(view, strings, into: &body)
        case .roster(let view): return roster(view, strings, into: &body)
        case .sectionPicker(let view): return sectionPicker(view, strings, into: &body)
        case .settings(let view): return settings(view, strings, into: &body)
        case .plan(let view): return plan(view, strings, into: &body)
        case .signIn(let view): return signIn(view, strings, into: &body)
        case .teachBack(let view): return teachBack(view, strings, into: &body)
        }
    }

    static func overlayBody(_ overlay: OverlayView, _ strings: Strings, into body: inout Body) -> String {
        switch overlay {
        case .help: return help(strings, into: &body)
        case .reading(let view): return reading(view, strings, into: &body)
        }
    }
}
