/// Width-aware text helpers for terminal layout, pure (no locale, no curses).
package enum TextLayout {
    /// Columns a character takes: 0 for combining marks and controls, 2 for wide East Asian and emoji, else 1.
    package static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    package static func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + width($1) } }

    /// Removes control characters and escape sequences, so text from a bank or a name cannot drive the terminal.
    package static func sanitize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = s.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            if c == "\u{1B}" {
                // Skip an escape sequence: ESC [ ... final byte, or ESC and one character.
                guard let next = scalars.next() else { break }
                if next == "[" || next == "]" {
                    while let n = scalars.next() {
                        if next == "[" && (0x40...0x7E).contains(n.value) { break }
                        if next == "]" && (n == "\u{07}" || n == "\u{1B}") { break }
                    }
                }
                continue
            }
            if c == "\t" { out.append(" "); continue }
            if c.value < 0x20 && c != "\n" { continue }
            if (0x7F..<0xA0).contains(c.value) { continue }
            if [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069].contains(c.value) { continue }
            out.append(c)
        }
        return String(out)
    }

    /// Wraps text to `width` columns: at spaces, and between wide (Chinese, Japanese, Korean) characters, where those
    /// languages break lines without spaces; a closing mark ("，" "。" "）" "," …) never starts a line and an opening
    /// one ("（" "“" …) never ends one. A word longer than a line is broken between characters, never inside one.
    package static func wrap(_ text: String, width: Int) -> [String] {
        let limit = max(1, width)
        var lines: [String] = []
        for paragraph in sanitize(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for atom in atoms(paragraph) {
                var w = atom.text
                var ww = self.width(w)
                let gap = lineWidth > 0 && atom.spaced ? 1 : 0
                if lineWidth > 0 && lineWidth + gap + ww <= limit {
                    line += (gap == 1 ? " " : "") + w
                    lineWidth += gap + ww
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while ww > limit {
                    let (head, tail) = split(w, at: limit)
                    lines.append(head)
                    w = tail
                    ww = self.width(w)
                }
                line = w
                lineWidth = ww
            }
            lines.append(line)
        }
        return lines
    }

    /// The pieces a line may break between: a run of characters without spaces, or one wide character (with the
    /// closing marks after it and the opening marks before it); `spaced` when a space came before it.
    static func atoms(_ paragraph: Substring) -> [(text: String, spaced: Bool)] {
        var atoms: [(text: String, spaced: Bool)] = []
        var current = ""
        var currentSpaced = false
        var pendingSpace = false
        /// Opening marks waiting for the character they open.
        var opening = ""
        func flush() {
            guard !current.isEmpty else { return }
            atoms.append((current, currentSpaced))
            current = ""
        }
        for character in paragraph {
            if character == " " {
                flush()
                pendingSpace = true
                continue
            }
            if openingMarks.contains(character) {
                if current.isEmpty || isWide(current.last) {
                    flush()
                    if opening.isEmpty { currentSpaced = pendingSpace }
                    opening.append(character)
                    pendingSpace = false
                    continue
                }
            }
            if closingMarks.contains(character), opening.isEmpty, !current.isEmpty {
                // Stays with what it closes ("好，" is one piece).
                current.append(character)
                continue
            }
            if isWide(character) || (!current.isEmpty && isWide(current.last)) {
                flush()
            }
            if current.isEmpty && opening.isEmpty { currentSpaced = pendingSpace }
            current = opening + current + String(character)
            opening = ""
            pendingSpace = false
        }
        current += opening
        flush()
        return atoms
    }

    /// Whether a character takes two columns (a wide East Asian character or emoji).
    static func isWide(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.unicodeScalars.contains { width($0) == 2 }
    }

    /// Marks that never start a line (Chinese and Latin).
    static let closingMarks: Set<Character> = [
        "，", "。", "、", "：", "；", "？", "！", "）", "」", "』", "”", "’", "》", "〉", "】", "…", "·", "～", ",", ".",
        ";", ":", "!", "?", ")", "]",
    ]
    /// Marks that never end a line.
    static let openingMarks: Set<Character> = ["（", "「", "『", "“", "‘", "《", "〈", "【"]

    /// Cuts `s` to at most `columns` columns, adding "…" when it was cut.
    package static func truncate(_ s: String, to columns: Int) -> String {
        guard width(s) > columns else { return s }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        return split(s, at: columns - 1).0 + "…"
    }

    /// The first characters of `s` that fit in `columns` columns, and the rest; never cuts inside a character (a
    /// letter and its accents, an emoji and its modifiers, stay together). At least one character when `s` has one.
    static func split(_ s: String, at columns: Int) -> (String, String) {
        var used = 0
        var head = ""
        var rest = s[...]
        while let c = rest.first {
            let w = c.unicodeScalars.reduce(0) { $0 + width($1) }
            if used + w > columns && !head.isEmpty { break }
            head.append(c)
            used += w
            rest = rest.dropFirst()
            if used >= columns { break }
        }
        return (head, String(rest))
    }
}
