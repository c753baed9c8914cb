import QuizEngine

/// A full-screen page of text that scrolls, with a line of keys and a place to type an answer: what `bank review`
/// shows an educator. The words come from its model; the layout is the trainer's (title bar, notice, body, keys).
package struct PagerPage: Sendable {
    package var title: String
    /// The page's paragraphs, each wrapped to the window with its leading spaces kept as a hanging indent.
    package var body: [Span]
    /// The keys that do something here, in words.
    package var keys: String
    /// What just happened (a refusal, a confirmation), above the keys.
    package var notice: String?
    /// A question waiting for a typed line, and what is typed so far.
    package var prompt: (question: String, typed: String)?
    /// The words the trainer uses: the window too small, more above and below.
    package var strings: CommonStrings

    package init(
        title: String, body: [Span], keys: String, notice: String? = nil,
        prompt: (question: String, typed: String)? = nil, strings: CommonStrings
    ) {
        self.title = title
        self.body = body
        self.keys = keys
        self.notice = notice
        self.prompt = prompt
        self.strings = strings
    }
}

/// Lays a page out in cells for one window size; pure, so its screens are snapshots.
package enum PagerLayout {
    /// The body's lines at this width: each paragraph wrapped, its indent kept.
    package static func bodyLines(_ page: PagerPage, width: Int) -> [Span] {
        var lines: [Span] = []
        for paragraph in page.body {
            let indent = paragraph.text.prefix { $0 == " " }.count
            let room = max(10, width - 2 - indent)
            let pad = String(repeating: " ", count: min(indent, width - 12 > 0 ? width - 12 : 0))
            let text = String(paragraph.text.dropFirst(indent))
            if text.isEmpty {
                lines.append(Span("", paragraph.style))
                continue
            }
            for line in TextLayout.wrap(text, width: room) { lines.append(Span(pad + line, paragraph.style)) }
        }
        return lines
    }

    /// The screen, with the body scrolled to `scroll` (clamped); returns the scroll used and the most there is.
    package static func render(_ page: PagerPage, scroll: Int, width: Int, height: Int) -> (
        image: ScreenImage, scroll: Int, maximum: Int
    ) {
        guard width >= ScreenLayout.minimumWidth, height >= ScreenLayout.minimumHeight else {
            let message = page.strings.windowTooSmall(
                minimum: (ScreenLayout.minimumWidth, ScreenLayout.minimumHeight), actual: (width, height))
            let lines = TextLayout.wrap(message, width: max(1, width)).prefix(max(1, height)).map {
                [Span($0, .warning)]
            }
            return (ScreenImage(width: width, height: height, lines: Array(lines)), 0, 0)
        }
        let title = TextLayout.truncate(" " + page.title, to: width)
        var rows: [[Span]] = [[Span(title.padding(width), .title)]]
        var footer: [[Span]] = []
        if let notice = page.notice {
            footer += ScreenLayout.noticeRows(notice, width: width, most: max(2, min(6, height - 8)))
        }
        var cursor: ScreenImage.Cell?
        if let prompt = page.prompt {
            footer += TextLayout.wrap(prompt.question, width: width - 2).map { [Span(" "), Span($0, .accent)] }
            // The end of what is typed stays in view, as a long note does in the trainer's fields.
            var typed = prompt.typed
            while TextLayout.width(typed) > width - 5, !typed.isEmpty { typed.removeFirst() }
            footer.append([Span(" > ", .key), Span(typed)])
            cursor = ScreenImage.Cell(row: -1, column: min(width - 2, 3 + TextLayout.width(typed)))
        } else {
            footer += TextLayout.wrap(page.keys, width: width - 2).prefix(3).map { [Span(" "), Span($0, .key)] }
        }
        let room = max(1, height - 1 - footer.count)
        let lines = bodyLines(page, width: width)
        let maximum = max(0, lines.count - room)
        let top = min(max(0, scroll), maximum)
        var visible = Array(lines[top..<min(lines.count, top + room)]).map { [Span(" "), $0] }
        if top > 0, !visible.isEmpty { visible[0] = [Span(" "), Span(page.strings.moreAbove, .dim)] }
        if top < maximum, !visible.isEmpty {
            visible[visible.count - 1] = [Span(" "), Span(page.strings.moreBelow, .dim)]
        }
        rows += visible
        while rows.count < height - footer.count { rows.append([]) }
        // The bottom-right cell is never written (some terminals scroll when it is filled).
        if let last = footer.last {
            footer[footer.count - 1] = last.map { Span(TextLayout.truncate($0.text, to: width - 1), $0.style) }
        }
        rows += footer
        if var c = cursor {
            c.row = rows.count - 1
            cursor = c
        }
        return (ScreenImage(width: width, height: height, lines: rows, cursor: cursor), top, maximum)
    }
}
