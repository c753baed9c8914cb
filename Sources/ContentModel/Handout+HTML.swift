import Foundation

extension Handout {
    /// A saved web page: the article's headings, paragraphs and list items, without what a page wraps an article in.
    ///
    /// Scripts, styles and templates are skipped whole (their text is never read as words); menus, headers and
    /// footers outside the article, asides, forms, cookie banners and what is hidden are dropped with everything in
    /// them. When the page marks its article (`<article>`, else `<main>` or `role="main"`), only what is inside is
    /// kept. The reading is one pass over the text, a stack of open elements and no backtracking, so a hostile page
    /// (5 MB, unclosed tags, a script that never ends) costs time in proportion to its size and nothing more.
    static func readHTML(_ html: String) -> Handout {
        var reader = HTMLReader()
        reader.run(Array(html.unicodeScalars))
        return reader.handout()
    }
}

/// The state of one reading of a page.
struct HTMLReader {
    /// Elements whose content is not markup and never words of the article.
    static let rawText: Set<String> = ["script", "style", "template", "noscript", "textarea", "xmp", "iframe"]
    /// Elements dropped with all they hold.
    static let dropped: Set<String> = [
        "nav", "aside", "form", "button", "select", "svg", "math", "object", "embed", "canvas", "dialog", "menu",
        "video", "audio", "map",
    ]
    /// Dropped outside the article only (an article's own header holds its title).
    static let pageFurniture: Set<String> = ["header", "footer"]
    static let maximumDepth = 256
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "ul", "ol", "dl", "blockquote", "section",
        "article", "main", "header", "footer", "table", "tr", "td", "th", "caption", "figcaption", "figure", "pre",
        "address", "details", "summary", "body", "html", "hr", "br", "title", "center", "fieldset", "legend",
    ]
    /// Parts of a class or id that mark page furniture on hospital and health sites, found anywhere in it.
    static let furnitureParts = [
        "cookie", "consent", "breadcrumb", "newsletter", "sidebar", "navbar", "visually-hidden", "sr-only",
        "skip-link", "social", "print-only",
    ]
    /// Whole words of a class or id (between hyphens, underscores and spaces) that mark page furniture.
    static let furnitureWords: Set<String> = [
        "share", "sharing", "related", "menu", "footer", "banner", "advert", "ad", "ads", "promo", "masthead",
        "toolbar",
        "pagination", "comments",
    ]

    /// Whether a class, id or role names page furniture.
    static func isFurniture(_ marks: String) -> Bool {
        if furnitureParts.contains(where: { marks.contains($0) }) { return true }
        return marks.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).contains {
            furnitureWords.contains(String($0))
        }
    }

    struct Open {
        var name: String
        var drops: Bool
        var scope: Scope?
        /// Which article (or main) of the page this is, counted from 1, when `scope` is set.
        var scopeIndex = 0
    }

    enum Scope: Int, Comparable {
        case main = 1, article = 2
        static func < (a: Scope, b: Scope) -> Bool { a.rawValue < b.rawValue }
    }

    struct Collected {
        var block: Handout.Block
        var scope: Scope?
        /// Which article or main element it was in (the one with the most words wins when a page has several).
        var scopeIndex: Int
    }

    var stack: [Open] = []
    var dropDepth = 0
    var buffer = ""
    var bufferLine = 1
    var line = 1
    var collected: [Collected] = []
    var pageTitle: String?
    var titleBuffer: String?
    var listNumber = 0
    var scopeCounters: [Scope: Int] = [:]

    mutating func run(_ s: [Unicode.Scalar]) {
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c == "<" {
                if let end = comment(s, i) {
                    countLines(s, i, end)
                    i = end
                    continue
                }
                if let (tag, end) = tag(s, i) {
                    countLines(s, i, end)
                    i = end
                    handle(tag, s, &i)
                    continue
                }
            }
            if c == "\n" { line += 1 }
            if dropDepth == 0 {
                if titleBuffer != nil {
                    titleBuffer?.unicodeScalars.append(c)
                } else {
                    if buffer.isEmpty && !c.properties.isWhitespace { bufferLine = line }
                    buffer.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        flush()
    }

    mutating func countLines(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) {
        var k = from
        while k < to {
            if s[k] == "\n" { line += 1 }
            k += 1
        }
    }

    /// The end of a comment, doctype, CDATA or processing instruction starting at `i`, or nil.
    func comment(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard i + 1 < s.count else { return nil }
        if s[i + 1] == "!" {
            if i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" {
                return find(s, "-->", from: i + 4).map { $0 + 3 } ?? s.count
            }
            return find(s, ">", from: i + 2).map { $0 + 1 } ?? s.count
        }
        if s[i + 1] == "?" { return find(s, ">", from: i + 2).map { $0 + 1 } ?? s.count }
        return nil
    }

    func find(_ s: [Unicode.Scalar], _ needle: String, from: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        var k = from
        while k + pattern.count <= s.count {
            if s[k] == pattern[0] {
                var m = 1
                while m < pattern.count && s[k + m] == pattern[m] { m += 1 }
                if m == pattern.count { return k }
            }
            k += 1
        }
        return nil
    }

    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var attributes: [String: String]
    }

    /// The tag starting at `i` and where it ends, or nil when `<` does not start a tag (then it is text).
    func tag(_ s: [Unicode.Scalar], _ i: Int) -> (Tag, Int)? {
        var k = i + 1
        var closing = false
        if k < s.count, s[k] == "/" {
            closing = true
            k += 1
        }
        guard k < s.count, s[k].properties.isAlphabetic else { return nil }
        var name = ""
        while k < s.count, s[k].properties.isAlphabetic || ("0"..."9").contains(s[k]) || s[k] == "-" || s[k] == ":" {
            name.unicodeScalars.append(s[k])
            k += 1
        }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while k < s.count, s[k] != ">" {
            let c = s[k]
            if c.properties.isWhitespace || c == "/" {
                if c == "/" { selfClosing = true }
                k += 1
                continue
            }
            selfClosing = false
            var key = ""
            while k < s.count, !s[k].properties.isWhitespace, s[k] != "=", s[k] != ">", s[k] != "/" || key.isEmpty {
                key.unicodeScalars.append(s[k])
                k += 1
            }
            var value = ""
            if k < s.count, s[k] == "=" {
                k += 1
                if k < s.count, s[k] == "\"" || s[k] == "'" {
                    let quote = s[k]
                    k += 1
                    while k < s.count, s[k] != quote {
                        value.unicodeScalars.append(s[k])
                        k += 1
                    }
                    k += 1
                } else {
                    while k < s.count, !s[k].properties.isWhitespace, s[k] != ">" {
                        value.unicodeScalars.append(s[k])
                        k += 1
                    }
                }
            }
            if !key.isEmpty { attributes[key.lowercased()] = value }
        }
        return (
            Tag(name: name.lowercased(), closing: closing, selfClosing: selfClosing, attributes: attributes),
            min(k + 1, s.count)
        )
    }

    mutating func handle(_ tag: Tag, _ s: [Unicode.Scalar], _ i: inout Int) {
        let name = tag.name
        if Self.blocks.contains(name) { flush() }
        if tag.closing {
            if name == "title", let t = titleBuffer {
                if pageTitle == nil { pageTitle = Handout.collapsed(HTMLText.decodeEntities(t)) }
                titleBuffer = nil
            }
            guard let at = stack.lastIndex(where: { $0.name == name }) else { return }
            for open in stack[at...] where open.drops { dropDepth -= 1 }
            stack.removeSubrange(at...)
            return
        }
        if Self.rawText.contains(name) {
            // Skip to the matching end tag; its content is never markup nor words.
            let end = findCaseless(s, "</" + name, from: i) ?? s.count
            countLines(s, i, end)
            i = end
            if i < s.count, let close = find(s, ">", from: i) {
                countLines(s, i, close + 1)
                i = close + 1
            }
            return
        }
        if name == "title" && dropDepth == 0 && stack.allSatisfy({ $0.name != "body" }) {
            titleBuffer = ""
            return
        }
        if name == "br" {
            buffer.append("\n")
            return
        }
        if Self.void.contains(name) || tag.selfClosing { return }
        let insideScope = stack.contains { $0.scope != nil }
        var drops = Self.dropped.contains(name) || (Self.pageFurniture.contains(name) && !insideScope)
        if tag.attributes["hidden"] != nil || tag.attributes["aria-hidden"] == "true" { drops = true }
        let marks = [tag.attributes["class"], tag.attributes["id"], tag.attributes["role"]].compactMap { $0 }
            .joined(separator: " ").lowercased()
        let role = tag.attributes["role"]?.lowercased()
        if role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary"
            || role == "search" || role == "dialog"
        {
            drops = true
        }
        if !drops, name != "article", name != "main", name != "body", name != "html", Self.isFurniture(marks) {
            drops = true
        }
        var scope: Scope?
        if name == "article" || role == "article" {
            scope = .article
        } else if name == "main" || role == "main" {
            scope = .main
        }
        var index = 0
        if let scope {
            scopeCounters[scope, default: 0] += 1
            index = scopeCounters[scope] ?? 0
        }
        // A page nested deeper than any real article is read as if the deeper tags were not there: closing a tag
        // searches the stack, and a bounded stack keeps the whole reading linear in the page's size.
        guard stack.count < Self.maximumDepth else { return }
        if drops { dropDepth += 1 }
        if name == "ul" || name == "ol" || name == "dl" { listNumber += 1 }
        stack.append(Open(name: name, drops: drops, scope: scope, scopeIndex: index))
    }

    /// The first place `needle` (lower-case ASCII) is at or after `from`, whatever the case of its letters.
    func findCaseless(_ s: [Unicode.Scalar], _ needle: String, from: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
            ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32) ?? c : c
        }
        var k = from
        while k + pattern.count <= s.count {
            var m = 0
            while m < pattern.count, lower(s[k + m]) == pattern[m] { m += 1 }
            if m == pattern.count { return k }
            k += 1
        }
        return nil
    }

    /// The words gathered since the last block boundary, as a block of the innermost element that holds them.
    mutating func flush() {
        defer { buffer = "" }
        guard dropDepth == 0 else { return }
        let text = Handout.collapsed(HTMLText.decodeEntities(buffer))
        guard !text.isEmpty else { return }
        let block: Handout.Block
        let innermost = stack.last { Self.blocks.contains($0.name) && $0.name != "br" }?.name ?? "p"
        switch innermost {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            block = .heading(level: Int(String(innermost.dropFirst())) ?? 2, text: text, line: bufferLine)
        case "li", "dd", "dt":
            block = .listItem(text: text, list: listNumber, line: bufferLine)
        default: block = .paragraph(text: text, line: bufferLine)
        }
        // The innermost article, else the innermost main.
        let holder = stack.last { $0.scope == .article } ?? stack.last { $0.scope == .main }
        collected.append(Collected(block: block, scope: holder?.scope, scopeIndex: holder?.scopeIndex ?? 0))
    }

    /// The article: the blocks of the page's `<article>` (the one with the most words, when a page lists teasers of
    /// others as articles too), else of its `<main>`, else all that was not dropped.
    func handout() -> Handout {
        var chosen = collected.map(\.block)
        for scope in [Scope.article, .main] {
            var sizes: [Int: Int] = [:]
            for c in collected where c.scope == scope { sizes[c.scopeIndex, default: 0] += c.block.text.count }
            guard let largest = sizes.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key else { continue }
            chosen = collected.filter { $0.scope == scope && $0.scopeIndex == largest }.map(\.block)
            break
        }
        let h1 = chosen.first { if case .heading(1, _, _) = $0 { true } else { false } }?.text
        return Handout(format: .html, title: h1 ?? pageTitle, blocks: chosen)
    }
}
