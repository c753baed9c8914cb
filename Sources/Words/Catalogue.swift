import Synchronization

/// The words of one language: each English message's translation, its plural rule, and how dates are written.
///
/// Messages are looked up by their English text (gettext's msgid) and an optional context. A message a catalogue
/// lacks, or has only as `fuzzy`, reads in English, as gettext does: a half-translated language still works.
public final class Catalogue: Sendable {
    /// The language's tag, as the command line and a bank name it ("en", "es", "zh-Hans", "qps").
    public let code: String
    /// How numbers choose a plural form.
    public let pluralRule: PluralRule
    /// The locale dates and numbers are written in (the header's `X-Teachback-Locale`).
    public let localeIdentifier: String
    /// The date of a session in a list, as a `DateFormatter` pattern ("MMM d", "d MMM"; the header's
    /// `X-Teachback-Short-Date`).
    public let shortDateFormat: String
    /// The espeak-ng voice that reads this language (the header's `X-Teachback-Voice`).
    public let voice: String
    /// The pseudo-locale: every message accented, lengthened and bracketed, for finding words outside catalogues.
    public let isPseudo: Bool
    private let messages: Messages

    /// Where the translations are: read from a PO file, or looked up in a compiled `.mo` file.
    private enum Messages: Sendable {
        case read([String: [String]])
        case compiled(MOFile)

        subscript(_ key: String) -> [String]? {
            switch self {
            case .read(let all): all[key]
            case .compiled(let file): file.strings(for: key)
            }
        }
    }

    /// A catalogue read from a PO file's bytes.
    /// - Throws: `CatalogueError` naming the line.
    public init(code: String, po bytes: some Collection<UInt8>, file: String) throws(CatalogueError) {
        let po = try POFile(bytes: bytes, file: file)
        let rule: PluralRule
        do {
            rule = try po.header["Plural-Forms"].map(PluralRule.init(header:)) ?? .oneOther
        } catch {
            throw CatalogueError(file: file, line: 1, column: 1, reason: error)
        }
        var messages: [String: [String]] = [:]
        for entry in po.entries where !entry.flags.contains("fuzzy") && !entry.strings.allSatisfy(\.isEmpty) {
            if entry.idPlural != nil, entry.strings.count != rule.count {
                throw CatalogueError(
                    file: file, line: entry.line, column: 1,
                    reason: .formCount(msgid: entry.id, expected: rule.count, found: entry.strings.count))
            }
            messages[Self.key(entry.id, context: entry.context)] = entry.strings
        }
        self.code = code
        self.pluralRule = rule
        self.localeIdentifier = po.header["X-Teachback-Locale"] ?? code
        self.voice = po.header["X-Teachback-Voice"] ?? code
        self.shortDateFormat = po.header["X-Teachback-Short-Date"] ?? "MMM d"
        self.isPseudo = false
        self.messages = .read(messages)
    }

    /// A catalogue from a compiled `.mo` file's bytes: its header read, its messages looked up when said.
    /// - Throws: `CatalogueError` when it is not a `.mo` file or its `Plural-Forms` cannot be read.
    public init(code: String, mo bytes: [UInt8], file: String) throws(CatalogueError) {
        let mo = try MOFile(bytes: bytes, file: file)
        do {
            self.pluralRule = try mo.header["Plural-Forms"].map(PluralRule.init(header:)) ?? .oneOther
        } catch {
            throw CatalogueError(file: file, line: 1, column: 1, reason: error)
        }
        self.code = code
        self.localeIdentifier = mo.header["X-Teachback-Locale"] ?? code
        self.voice = mo.header["X-Teachback-Voice"] ?? code
        self.shortDateFormat = mo.header["X-Teachback-Short-Date"] ?? "MMM d"
        self.isPseudo = false
        self.messages = .compiled(mo)
    }

    /// The source language's catalogue: every message as the code writes it.
    private init(source code: String, locale: String, voice: String, pseudo: Bool) {
        self.code = code
        self.pluralRule = .oneOther
        self.localeIdentifier = locale
        self.voice = voice
        self.shortDateFormat = "MMM d"
        self.isPseudo = pseudo
        self.messages = .read([:])
    }

    /// English, the language the messages are written in.
    public static let english = Catalogue(source: "en", locale: "en_US_POSIX", voice: "en-us", pseudo: false)
    /// The pseudo-locale `qps`: English made longer, accented and bracketed.
    public static let pseudo = Catalogue(source: "qps", locale: "en_US_POSIX", voice: "en-us", pseudo: true)

    /// gettext's key: the context and the msgid joined by EOT.
    static func key(_ id: String, context: String?) -> String {
        guard let context else { return id }
        return context + "\u{4}" + id
    }

    /// A message in this language with its placeholders filled.
    /// - Parameters:
    ///   - id: the English message, with `{name}` placeholders (`{{` and `}}` for braces).
    ///   - context: what tells apart two messages with the same English (gettext's msgctxt).
    ///   - arguments: each placeholder's value.
    public func text(
        _ id: String, context: String? = nil, _ arguments: KeyValuePairs<String, any CustomStringConvertible> = [:]
    ) -> String {
        let template = messages[Self.key(id, context: context)]?.first ?? id
        return Self.fill(isPseudo ? PseudoLocale.transform(template) : template, arguments)
    }

    /// A message with its arguments as name–value pairs (a `Message` carries them so).
    public func text(_ id: String, context: String? = nil, _ arguments: [(String, String)]) -> String {
        let template = messages[Self.key(id, context: context)]?.first ?? id
        return Self.fill(
            isPseudo ? PseudoLocale.transform(template) : template,
            arguments.map { ($0.0, $0.1 as any CustomStringConvertible) })
    }

    /// A message whose words follow a number, in the form this language's rule gives `count`; `{count}` is the number.
    /// - Parameters:
    ///   - one: the English singular ("{count} question").
    ///   - other: the English plural ("{count} questions").
    public func plural(
        _ one: String, _ other: String, count: Int, context: String? = nil,
        _ arguments: KeyValuePairs<String, any CustomStringConvertible> = [:]
    ) -> String {
        let template: String
        if let forms = messages[Self.key(one, context: context)] {
            template = forms[min(pluralRule.form(for: count), forms.count - 1)]
        } else {
            template = count == 1 ? one : other
        }
        var all: [(String, any CustomStringConvertible)] = [("count", count)]
        all += arguments.map { ($0.key, $0.value) }
        return Self.fill(isPseudo ? PseudoLocale.transform(template) : template, all)
    }

    /// A plural message with its arguments as name–value pairs (a `Message` carries them so).
    public func plural(_ one: String, _ other: String, count: Int, context: String?, _ arguments: [(String, String)])
        -> String
    {
        let template: String
        if let forms = messages[Self.key(one, context: context)] {
            template = forms[min(pluralRule.form(for: count), forms.count - 1)]
        } else {
            template = count == 1 ? one : other
        }
        let all: [(String, any CustomStringConvertible)] = [("count", count)] + arguments.map { ($0.0, $0.1) }
        return Self.fill(isPseudo ? PseudoLocale.transform(template) : template, all)
    }

    /// Whether this catalogue translates a message (for the catalogue checks).
    public func translates(_ id: String, context: String? = nil) -> Bool {
        messages[Self.key(id, context: context)] != nil
    }

    /// The template with each `{name}` replaced by its argument; `{{`/`}}` are braces; an unknown name stays as
    /// written, so a test sees it.
    static func fill(_ template: String, _ arguments: some Sequence<(key: String, value: any CustomStringConvertible)>)
        -> String
    {
        guard template.contains("{") || template.contains("}") else { return template }
        var values: [Substring: String] = [:]
        for (key, value) in arguments { values[Substring(key)] = value.description }
        var result = ""
        var rest = template[...]
        while let brace = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            result += rest[..<brace]
            let after = rest.index(after: brace)
            if after < rest.endIndex, rest[after] == rest[brace] {
                result.append(rest[brace])
                rest = rest[rest.index(after: after)...]
                continue
            }
            if rest[brace] == "{", let close = rest[after...].firstIndex(of: "}"),
                let value = values[rest[after..<close]]
            {
                result += value
                rest = rest[rest.index(after: close)...]
                continue
            }
            result.append(rest[brace])
            rest = rest[after...]
        }
        return result + rest
    }

    static func fill(_ template: String, _ arguments: KeyValuePairs<String, any CustomStringConvertible>) -> String {
        fill(template, arguments.lazy.map { (key: $0.key, value: $0.value) })
    }

    static func fill(_ template: String, _ arguments: [(String, any CustomStringConvertible)]) -> String {
        fill(template, arguments.lazy.map { (key: $0.0, value: $0.1) })
    }
}
