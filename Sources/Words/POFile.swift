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
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CatalogueError(file: file, line: 1, column: 1, reason: .notUTF8)
        }
        var reader = Reader(file: file)
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            try reader.read(line.hasSuffix("\r") ? line.dropLast() : line, number: offset + 1)
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

        mutating func read(_ line: Substring, number: Int) throws(CatalogueError) {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty { return }
            if trimmed.hasPrefix("#~") { return }  // an obsolete message: gettext keeps it for history only
            if trimmed.hasPrefix("#,") {
                finishIfTranslated()
                for flag in trimmed.dropFirst(2).split(separator: ",") { flags.insert(String(flag.trimmingSpaces())) }
                return
            }
            if trimmed.hasPrefix("#") {
                finishIfTranslated()
                return
            }
            if trimmed.hasPrefix("\"") {
                guard let field, current != nil else {
                    throw error(number, 1, .outOfOrder("a string with no keyword before it"))
                }
                let value = try unquote(trimmed, line: number, column: line.count - trimmed.count + 1)
                append(value, to: field)
                return
            }
            guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                throw error(number, 1, .unexpectedLine(String(trimmed.prefix(40))))
            }
            let keyword = trimmed[..<space]
            let rest = trimmed[space...].trimmingSpaces()
            let column = line.count - rest.count + 1
            let value = try unquote(rest, line: number, column: column)
            switch keyword {
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
            default:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                    let n = Int(keyword.dropFirst(7).dropLast()),
                    let entry = current, entry.idPlural != nil, n == entry.strings.count
                else { throw error(number, 1, .unexpectedLine(String(trimmed.prefix(40)))) }
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
        private func unquote(_ text: Substring, line: Int, column: Int) throws(CatalogueError) -> String {
            guard text.count >= 2, text.first == "\"", text.last == "\"" else {
                throw error(line, column, .badString(String(text.prefix(40))))
            }
            var result = ""
            var escaped = false
            for character in text.dropFirst().dropLast() {
                if escaped {
                    switch character {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "r": result.append("\r")
                    case "\"": result.append("\"")
                    case "\\": result.append("\\")
                    default: throw error(line, column, .badString("\\\(character)"))
                    }
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    throw error(line, column, .badString(String(text.prefix(40))))
                } else {
                    result.append(character)
                }
            }
            guard !escaped else { throw error(line, column, .badString(String(text.prefix(40)))) }
            return result
        }
    }
}
