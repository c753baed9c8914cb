import Foundation
public import Words

/// A patient handout as a reader sees it: its title and its blocks (headings, paragraphs, list items), read from
/// plain text, Markdown or a saved web page.
///
/// What an educator hands us may be anything: a page saved from a hospital site with its menus, scripts and cookie
/// banner, a Markdown file, a text file with stray control characters. The reader keeps the article's own words and
/// nothing else, and the same reading is what a bank's quotes are checked against (`text`), so a draft's quotes are
/// always found in the file it was drafted from.
public struct Handout: Sendable, Equatable {
    /// How the file is written.
    public enum Format: String, Sendable, Equatable, CaseIterable {
        case text, markdown, html
    }

    /// One block of the article, with the line of the file it starts on.
    public enum Block: Sendable, Equatable {
        /// A heading; `level` 1 is the article's title.
        case heading(level: Int, text: String, line: Int)
        case paragraph(text: String, line: Int)
        /// An item of a bulleted or numbered list; `list` numbers the lists of the article, so items of one list
        /// share it.
        case listItem(text: String, list: Int, line: Int)

        public var text: String {
            switch self {
            case .heading(_, let text, _), .paragraph(let text, _), .listItem(let text, _, _): text
            }
        }

        public var line: Int {
            switch self {
            case .heading(_, _, let line), .paragraph(_, let line), .listItem(_, _, let line): line
            }
        }
    }

    public var format: Format
    /// The article's title: its first level-1 heading, else the page's `<title>`, else nil.
    public var title: String?
    public var blocks: [Block]
    /// Control characters, bidirectional overrides and other invisible marks removed while reading, with the line
    /// of the first; an educator is told, since the copy beside the bank keeps them.
    public var removedCharacters: (count: Int, firstLine: Int)?

    public static func == (a: Handout, b: Handout) -> Bool {
        a.format == b.format && a.title == b.title && a.blocks == b.blocks
            && a.removedCharacters?.count == b.removedCharacters?.count
            && a.removedCharacters?.firstLine == b.removedCharacters?.firstLine
    }

    /// The article's words, one block a line: what quotes are found in.
    public var text: String { blocks.map(\.text).joined(separator: "\n") }

    /// The largest handout read: a bank's own limit (a saved web page with its scripts is often hundreds of KB).
    public static let maximumSize = BankLoader.maximumFileSize

    /// Why a handout was not read.
    public enum Problem: Error, Equatable, Sendable {
        case file(RegularFile.Problem)
        case binary(line: Int, column: Int)
        case invalidUTF8(line: Int, column: Int)
        /// Nothing that reads as an article: no paragraph, or only menus and scripts.
        case noText

        /// The problem in words, with what to do; `file` is how the handout is named to the reader.
        public func message(file: String) -> Message {
            switch self {
            case .file(let problem):
                Message("cannot read the handout {file}: {reason}", ["file": file, "reason": problem.reason])
            case .binary(let line, let column):
                Message(
                    "{file}:{line}:{column}: this is not a text file (it contains a NUL byte); save the handout as text, Markdown or a web page (HTML) in UTF-8",
                    ["file": file, "line": line, "column": column])
            case .invalidUTF8(let line, let column):
                Message(
                    "{file}:{line}:{column}: invalid UTF-8 here; save the handout as UTF-8 and try again",
                    ["file": file, "line": line, "column": column])
            case .noText:
                Message(
                    "{file}: no article text was found in it (no paragraphs outside menus, scripts and page furniture); check that it is the handout itself",
                    ["file": file])
            }
        }
    }

    /// The format a file's name says, else what its first bytes say (a page saved without its extension).
    public static func format(name: String, bytes: [UInt8]) -> Format {
        switch (name as NSString).pathExtension.lowercased() {
        case "html", "htm", "xhtml": return .html
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "txt", "text": return .text
        default:
            let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
            let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            return start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || head.contains("<body")
                ? .html : .text
        }
    }

    /// Reads the handout at `path` (a regular file, within the size limit).
    public static func read(path: String, format: Format? = nil) -> Result<Handout, Problem> {
        switch RegularFile.read(path, limit: maximumSize) {
        case .failure(let problem): return .failure(.file(problem))
        case .success(let bytes):
            return parse(bytes, format: format ?? Self.format(name: path, bytes: bytes))
        }
    }

    /// Reads a handout's bytes: UTF-8 checked (a NUL or invalid byte is reported where it is), invisible characters
    /// removed, then the format's own reading.
    public static func parse(_ bytes: [UInt8], format: Format) -> Result<Handout, Problem> {
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = BankLoader.position(ofByte: nul, in: bytes)
            return .failure(.binary(line: line, column: column))
        }
        if let bad = BankLoader.firstInvalidUTF8(bytes) {
            let (line, column) = BankLoader.position(ofByte: bad, in: bytes)
            return .failure(.invalidUTF8(line: line, column: column))
        }
        let (text, removed) = cleaned(String(decoding: bytes, as: UTF8.self))
        var handout: Handout
        switch format {
        case .text: handout = readText(text)
        case .markdown: handout = readMarkdown(text)
        case .html: handout = readHTML(text)
        }
        handout.removedCharacters = removed
        guard handout.blocks.contains(where: { if case .heading = $0 { false } else { true } }) else {
            return .failure(.noText)
        }
        return .success(handout)
    }

    /// The text without what a reader cannot see and a terminal must not be sent: C0 and C1 controls (tab and line
    /// breaks kept), bidirectional overrides and isolates, zero-width marks, a byte-order mark. Carriage returns
    /// become line breaks.
    static func cleaned(_ text: String) -> (String, (count: Int, firstLine: Int)?) {
        var out = String.UnicodeScalarView()
        var removed = 0
        var firstLine = 0
        var line = 1
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar.value {
            case 0x0A:
                // The line break of a CRLF was written, and its line counted, at the CR.
                if previous != "\r" {
                    out.append(scalar)
                    line += 1
                }
            case 0x0D:
                out.append("\n")
                line += 1
            case 0x09: out.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF:
                removed += 1
                if firstLine == 0 { firstLine = line }
            default: out.append(scalar)
            }
        }
        return (String(out), removed > 0 ? (removed, firstLine) : nil)
    }

    /// Spaces and line breaks in a row as one space, none at the ends; a no-break space is a space.
    static func collapsed(_ text: some StringProtocol) -> String {
        var out = ""
        var space = false
        for ch in text {
            if ch.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space {
                out.append(" ")
                space = false
            }
            out.append(ch)
        }
        return out
    }
}
