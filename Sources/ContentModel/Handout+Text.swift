import Foundation

extension Handout {
    /// A plain-text handout: a line is a paragraph (a line that goes on with a small letter after one that did not
    /// end a sentence is the same paragraph, as a copy from a PDF breaks them), a blank line ends one, a short line
    /// in title case that does not end a sentence is a heading, and the first line is the title when it is one.
    static func readText(_ text: String) -> Handout {
        var blocks: [Block] = []
        var list = 0
        var inList = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        var pending: (text: String, line: Int)?
        func flush() {
            guard let p = pending else { return }
            pending = nil
            blocks.append(.paragraph(text: p.text, line: p.line))
        }
        while index < lines.count {
            let raw = lines[index]
            let lineNumber = index + 1
            index += 1
            let line = collapsed(raw)
            if line.isEmpty {
                flush()
                inList = false
                continue
            }
            if let item = listItemText(line) {
                flush()
                if !inList {
                    list += 1
                    inList = true
                }
                blocks.append(.listItem(text: item, list: list, line: lineNumber))
                continue
            }
            if let p = pending, !endsSentence(p.text), line.first?.isLowercase == true {
                pending = (p.text + " " + line, p.line)
                continue
            }
            if inList, raw.first?.isWhitespace == true, case .listItem(let t, let l, let at) = blocks.last {
                blocks[blocks.count - 1] = .listItem(text: t + " " + line, list: l, line: at)
                continue
            }
            flush()
            inList = false
            pending = (line, lineNumber)
        }
        flush()
        // Headings are decided on whole paragraphs: a one-line paragraph that reads as a title.
        var hasTitle = false
        for i in blocks.indices {
            guard case .paragraph(let t, let at) = blocks[i] else { continue }
            let followedByText = i + 1 < blocks.count
            if i == 0 && followedByText && looksLikeHeading(t, first: true) {
                blocks[i] = .heading(level: 1, text: t, line: at)
                hasTitle = true
            } else if followedByText && looksLikeHeading(t, first: false) {
                blocks[i] = .heading(level: 2, text: t, line: at)
            }
        }
        return Handout(format: .text, title: hasTitle ? blocks.first?.text : nil, blocks: blocks)
    }

    /// Whether a text ends a sentence (a full stop, question or exclamation mark, possibly inside quotes or brackets).
    static func endsSentence(_ text: String) -> Bool {
        let trimmed = text.reversed().drop { "\"'”’)]»".contains($0) }
        guard let last = trimmed.first else { return false }
        return ".!?:;。！？".contains(last)
    }

    /// The text of a line that starts a list item ("- ", "* ", "• ", "1. ", "2) "), or nil.
    static func listItemText(_ line: String) -> String? {
        let scalars = Array(line)
        guard let first = scalars.first else { return nil }
        if "-*+•·–".contains(first), scalars.count > 2, scalars[1] == " " {
            return collapsed(line.dropFirst(2))
        }
        var digits = 0
        while digits < scalars.count && digits < 3 && scalars[digits].isASCII && scalars[digits].isNumber {
            digits += 1
        }
        if digits > 0, digits + 1 < scalars.count, ".)".contains(scalars[digits]), scalars[digits + 1] == " " {
            return collapsed(line.dropFirst(digits + 2))
        }
        return nil
    }

    /// Whether a one-line paragraph reads as a heading: short, not a sentence (no full stop at its end, nothing
    /// after a colon), and in title case or capitals; a short question is a heading only as the first line.
    static func looksLikeHeading(_ text: String, first: Bool) -> Bool {
        let words = text.split(separator: " ")
        guard (1...14).contains(words.count), text.count <= 100 else { return false }
        if text.hasPrefix("Q:") || text.hasPrefix("A:") || text.hasPrefix("P:") || text.hasPrefix("R:") {
            return false
        }
        guard let last = text.last, !".,;:!".contains(last) else { return false }
        if last == "?" && !first { return titleCase(words) }
        return first || titleCase(words)
    }

    /// Most words of four letters or more begin with a capital (or the line is in capitals).
    static func titleCase(_ words: [Substring]) -> Bool {
        let long = words.filter { $0.count >= 4 }
        guard !long.isEmpty else { return words.allSatisfy { $0.first?.isUppercase == true } }
        let capitals = long.filter { $0.first?.isUppercase == true }.count
        return capitals * 10 >= long.count * 7
    }

    // MARK: Markdown

    /// A Markdown handout (CommonMark's blocks as handouts use them): ATX and setext headings, paragraphs, lists,
    /// quotes; code blocks, tables' rules, reference definitions and HTML comments dropped; emphasis, code marks,
    /// links (their text kept) and images (dropped) removed from the words.
    static func readMarkdown(_ text: String) -> Handout {
        var blocks: [Block] = []
        var list = 0
        var inList = false
        var pending: (text: String, line: Int)?
        var fence: String?
        var inComment = false
        func flush() {
            guard let p = pending else { return }
            pending = nil
            let words = inline(p.text)
            if !words.isEmpty { blocks.append(.paragraph(text: words, line: p.line)) }
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, raw) in lines.enumerated() {
            let lineNumber = offset + 1
            var line = raw.trimmingPrefix(while: { $0 == " " || $0 == "\t" })
            if let f = fence {
                if line.hasPrefix(f) { fence = nil }
                continue
            }
            if inComment {
                if line.contains("-->") { inComment = false }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush()
                fence = String(line.prefix(3))
                continue
            }
            if line.hasPrefix("<!--") {
                flush()
                if !line.contains("-->") { inComment = true }
                continue
            }
            while line.hasPrefix(">") { line = line.dropFirst().trimmingPrefix(while: { $0 == " " }) }
            let trimmed = collapsed(line)
            if trimmed.isEmpty {
                flush()
                inList = false
                continue
            }
            // A setext underline turns the paragraph above it into a heading.
            if let p = pending, !p.text.contains("\n"),
                trimmed.allSatisfy({ $0 == "=" }) || (trimmed.allSatisfy({ $0 == "-" }) && trimmed.count >= 2)
            {
                pending = nil
                blocks.append(.heading(level: trimmed.first == "=" ? 1 : 2, text: inline(p.text), line: p.line))
                continue
            }
            if isThematicBreak(trimmed) {
                flush()
                inList = false
                continue
            }
            if trimmed.hasPrefix("#") {
                let level = trimmed.prefix { $0 == "#" }.count
                let rest = trimmed.dropFirst(level)
                if level <= 6, rest.isEmpty || rest.first == " " {
                    flush()
                    inList = false
                    let words = inline(String(rest.reversed().drop { $0 == "#" || $0 == " " }.reversed()))
                    if !words.isEmpty { blocks.append(.heading(level: level, text: words, line: lineNumber)) }
                    continue
                }
            }
            if isReferenceDefinition(trimmed) || isTableRule(trimmed) { continue }
            if trimmed.hasPrefix("|") {
                flush()
                let cells = trimmed.split(separator: "|").map { inline(String($0)) }.filter { !$0.isEmpty }
                if !cells.isEmpty { blocks.append(.paragraph(text: cells.joined(separator: "; "), line: lineNumber)) }
                continue
            }
            if let item = listItemText(trimmed) {
                flush()
                if !inList {
                    list += 1
                    inList = true
                }
                blocks.append(.listItem(text: inline(item), list: list, line: lineNumber))
                continue
            }
            if inList, pending == nil, raw.first?.isWhitespace == true,
                case .listItem(let t, let l, let at) = blocks.last
            {
                blocks[blocks.count - 1] = .listItem(text: t + " " + inline(trimmed), list: l, line: at)
                continue
            }
            if let p = pending {
                pending = (p.text + " " + trimmed, p.line)
            } else {
                inList = false
                pending = (trimmed, lineNumber)
            }
        }
        flush()
        let title = blocks.first { if case .heading(1, _, _) = $0 { true } else { false } }?.text
        return Handout(format: .markdown, title: title, blocks: blocks)
    }

    static func isThematicBreak(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    static func isTableRule(_ line: String) -> Bool {
        line.contains("-") && line.allSatisfy { "|-: ".contains($0) }
    }

    /// `[label]: https://…`, a link's target written apart.
    static func isReferenceDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }

    /// A Markdown text's words: images dropped, links' text kept, emphasis, code marks and inline tags removed,
    /// backslash escapes and entities resolved.
    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, chars[i + 1].isPunctuation || chars[i + 1].isSymbol {
                out.append(chars[i + 1])
                i += 2
                continue
            }
            if c == "!", i + 1 < chars.count, chars[i + 1] == "[", let end = linkEnd(chars, from: i + 1) {
                i = end.after
                continue
            }
            if c == "[", let end = linkEnd(chars, from: i) {
                out += inline(String(chars[(i + 1)..<end.closeBracket]))
                i = end.after
                continue
            }
            if c == "<", let close = chars[i...].firstIndex(of: ">"), close - i < 200 {
                let inside = String(chars[(i + 1)..<close])
                if inside.hasPrefix("http://") || inside.hasPrefix("https://") || inside.hasPrefix("mailto:") {
                    out += inside
                    i = close + 1
                    continue
                }
                if let first = inside.first, first.isLetter || first == "/" || first == "!" {
                    i = close + 1
                    continue
                }
            }
            if c == "`" {
                i += 1
                continue
            }
            if c == "*" || c == "_" {
                let before: Character = i > 0 ? chars[i - 1] : " "
                let after: Character = i + 1 < chars.count ? chars[i + 1] : " "
                // A mark touching a word on one side is emphasis; one between two words (snake_case, 2*3) is text.
                let wordBefore = before.isLetter || before.isNumber
                let wordAfter = after.isLetter || after.isNumber
                if !(wordBefore && wordAfter) && !(before == " " && after == " ") {
                    i += 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return collapsed(HTMLText.decodeEntities(out))
    }

    /// Where a `[text](target)` or `[text][label]` starting at `from` ends, or nil if it is not a link.
    static func linkEnd(_ chars: [Character], from: Int) -> (closeBracket: Int, after: Int)? {
        var depth = 0
        var j = from
        while j < chars.count {
            if chars[j] == "[" { depth += 1 }
            if chars[j] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            j += 1
        }
        guard j < chars.count, j + 1 < chars.count else { return nil }
        let open = chars[j + 1]
        let close: Character = open == "(" ? ")" : "]"
        guard open == "(" || open == "[" else { return nil }
        guard let end = chars[(j + 2)...].firstIndex(of: close) else { return nil }
        return (j, end + 1)
    }
}
