/// A GNU gettext PO file, read: its header and its messages (obsolete `#~` ones left out).
public struct POFile: Sendable {
    /// One message: its context, its English source text (singular and plural) and its translations.
    public struct Entry: Sendable, Equatable {
        public var context: String?
        public var id: String
        public var idPlural: String?
        /// `msgstr`, or `msgstr[0]`, `msgstr[1]`… for a plural message.
        public var strings: [String]
        /// The `#,` flags: `fuzzy`, `python-brace-format`…
        public var flags: Set<String>
        /// The line of its `msgid`.
        public var line: Int
    }

    public let entries: [Entry]
    /// The header's fields (`Language`, `Plural-Forms`…), from the entry whose msgid is empty.
    public let header: [String: String]

    /// Reads a PO file's bytes.
    /// - Parameter file: the name errors give.
    /// - Throws: `CatalogueError` naming the line and column.
    public init(bytes: some Collection<UInt8>, file: String) throws(CatalogueError) {
        // Read as bytes: PO's syntax is ASCII, and walking Characters made reading a catalogue cost milliseconds at
        // start-up. The text must still be UTF-8 as a whole.
        let bytes = Array(bytes)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw CatalogueError(file: file, line: 1, column: 1, reason: .notUTF8)
        }
        var reader = Reader(file: file)
        var start = 0
        var number = 1
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            try reader.read(bytes[start..<lineEnd], number: number)
            start = end + 1
            number += 1
        }
        try reader.finish()
        entries = reader.entries.filter { !$0.id.isEmpty || $0.context != nil }
        var header: [String: String] = [:]
        if let first = reader.entries.first(where: { $0.id.isEmpty && $0.context == nil }),
            let text = first.strings.first
        {
            for field in text.split(separator: "\n") {
                guard let colon = field.firstIndex(of: ":") else { continue }
                header[String(field[..<colon])] = String(field[field.index(after: colon)...].trimmingSpaces())
            }
        }
        self.header = header
    }

    /// The reading of one PO file, a line at a time.
    private struct Reader {
        let file: String
        var entries: [Entry] = []
        private var current: Entry?
        private var flags: Set<String> = []
        /// Which string continuation lines extend: the context, the id, the plural id, or translation N.
        private enum Field { case context, id, idPlural, string(Int) }
        private var field: Field?

        init(file: String) { self.file = file }

        private func error(_ line: Int, _ column: Int, _ reason: CatalogueError.Reason) -> CatalogueError {
            CatalogueError(file: file, line: line, column: column, reason: reason)
        }

        mutating func read(_ line: ArraySlice<UInt8>, number: Int) throws(CatalogueError) {
            var from = line.startIndex
            var to = line.endIndex
            while from < to && (line[from] == 0x20 || line[from] == 0x09) { from += 1 }
            while to > from && (line[to - 1] == 0x20 || line[to - 1] == 0x09) { to -= 1 }
            let trimmed = line[from..<to]
            let column = from - line.startIndex + 1
            guard let first = trimmed.first else { return }
            if first == UInt8(ascii: "#") {
                let second = trimmed.dropFirst().first
                if second == UInt8(ascii: "~") { return }  // an obsolete message: gettext keeps it for history only
                finishIfTranslated()
                if second == UInt8(ascii: ",") {
                    for flag in trimmed.dropFirst(2).split(separator: UInt8(ascii: ",")) {
                        flags.insert(String(decoding: flag, as: UTF8.self).trimmingCharactersSpaces())
                    }
                }
                return
            }
            if first == UInt8(ascii: "\"") {
                guard let field, current != nil else {
                    throw error(number, 1, .outOfOrder("a string with no keyword before it"))
                }
                append(try unquote(trimmed, line: number, column: column), to: field)
                return
            }
            guard let space = trimmed.firstIndex(where: { $0 == 0x20 || $0 == 0x09 }) else {
                throw error(number, 1, .unexpectedLine(String(decoding: trimmed.prefix(40), as: UTF8.self)))
            }
            let keyword = trimmed[..<space]
            var rest = trimmed[space...]
            while let b = rest.first, b == 0x20 || b == 0x09 { rest = rest.dropFirst() }
            let value = try unquote(rest, line: number, column: rest.startIndex - line.startIndex + 1)
            switch String(decoding: keyword, as: UTF8.self) {
            case "msgctxt":
                finishIfTranslated()
                guard current == nil else { throw error(number, 1, .outOfOrder("msgctxt inside a message")) }
                current = Entry(context: value, id: "", idPlural: nil, strings: [], flags: flags, line: number)
                field = .context
            case "msgid":
                finishIfTranslated()
                if current == nil {
                    current = Entry(context: nil, id: value, idPlural: nil, strings: [], flags: flags, line: number)
                } else if case .context = field {
                    current?.id = value
                    current?.line = number
                } else {
                    throw error(number, 1, .outOfOrder("a second msgid in one message"))
                }
                field = .id
            case "msgid_plural":
                guard case .id = field else { throw error(number, 1, .outOfOrder("msgid_plural not after msgid")) }
                current?.idPlural = value
                field = .idPlural
            case "msgstr":
                guard let entry = current, entry.strings.isEmpty, entry.idPlural == nil else {
                    throw error(number, 1, .outOfOrder("msgstr without its msgid, or in a plural message"))
                }
                current?.strings = [value]
                field = .string(0)
            case let keyword:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                    let n = Int(keyword.dropFirst(7).dropLast()),
                    let entry = current, entry.idPlural != nil, n == entry.strings.count
                else { throw error(number, 1, .unexpectedLine(String(decoding: trimmed.prefix(40), as: UTF8.self))) }
                current?.strings.append(value)
                field = .string(n)
            }
        }

        private mutating func append(_ value: String, to field: Field) {
            switch field {
            case .context: current?.context? += value
            case .id: current?.id += value
            case .idPlural: current?.idPlural? += value
            case .string(let n): current?.strings[n] += value
            }
        }

        /// A comment or keyword after a message's translations starts the next message.
        private mutating func finishIfTranslated() {
            guard let entry = current, !entry.strings.isEmpty else { return }
            entries.append(entry)
            current = nil
            field = nil
            flags = []
        }

        mutating func finish() throws(CatalogueError) {
            if let entry = current {
                guard !entry.strings.isEmpty else {
                    throw error(entry.line, 1, .outOfOrder("msgid \"\(entry.id.prefix(40))\" has no msgstr"))
                }
                entries.append(entry)
            }
        }

        /// A PO string's text: between quotes, with C escapes.
        private func unquote(_ text: ArraySlice<UInt8>, line: Int, column: Int) throws(CatalogueError) -> String {
            let shown = String(decoding: text.prefix(40), as: UTF8.self)
            guard text.count >= 2, text.first == UInt8(ascii: "\""), text.last == UInt8(ascii: "\"") else {
                throw error(line, column, .badString(shown))
            }
            var result: [UInt8] = []
            result.reserveCapacity(text.count)
            var escaped = false
            for byte in text.dropFirst().dropLast() {
                if escaped {
                    switch byte {
                    case UInt8(ascii: "n"): result.append(0x0A)
                    case UInt8(ascii: "t"): result.append(0x09)
                    case UInt8(ascii: "r"): result.append(0x0D)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"): result.append(byte)
                    default: throw error(line, column, .badString("\\" + String(decoding: [byte], as: UTF8.self)))
                    }
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    throw error(line, column, .badString(shown))
                } else {
                    result.append(byte)
                }
            }
            guard !escaped else { throw error(line, column, .badString(shown)) }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
