/// A message not yet in words: its English (the catalogue's key), its context and its arguments, carried by an error
/// or a finding until the edge says it in the reader's language (`text(_:)`). `scripts/messages.py` extracts the
/// English of every `Message("…")` as it does of every `language.text("…")`.
public struct Message: Sendable, Equatable, CustomStringConvertible {
    public let id: String
    /// The English plural, and the count that chooses the form, for a message whose words follow a number.
    public let plural: (other: String, count: Int)?
    public let context: String?
    public let arguments: [Argument]

    public static func == (a: Message, b: Message) -> Bool {
        a.id == b.id && a.plural?.other == b.plural?.other && a.plural?.count == b.plural?.count
            && a.context == b.context && a.arguments == b.arguments
    }

    /// One placeholder's value: text (numbers are written as Swift writes them, in every language), or another
    /// message, said in the same language as the one it is in.
    public struct Argument: Sendable, Equatable {
        public let name: String
        public let value: String
        public let nested: Message?

        init(name: String, value: any CustomStringConvertible) {
            self.name = name
            self.nested = value as? Message
            self.value = value.description
        }

        init(name: String, text: String) {
            self.name = name
            self.value = text
            self.nested = nil
        }

        /// The value in a catalogue's language.
        func text(_ catalogue: Catalogue) -> String { nested?.text(catalogue) ?? value }
    }

    public init(
        _ id: String, context: String? = nil, _ arguments: KeyValuePairs<String, any CustomStringConvertible> = [:]
    ) {
        self.id = id
        self.plural = nil
        self.context = context
        self.arguments = arguments.map { Argument(name: $0.key, value: $0.value) }
    }

    private init(id: String, plural: (other: String, count: Int)?, context: String?, arguments: [Argument]) {
        self.id = id
        self.plural = plural
        self.context = context
        self.arguments = arguments
    }

    /// Text not (yet) in any catalogue, said as it is in every language: what a finding's own words are until they
    /// are messages (the pseudo-locale shows it unbracketed, as it shows any word outside a catalogue).
    public init(verbatim text: String) {
        self.init(id: "{text}", plural: nil, context: nil, arguments: [Argument(name: "text", text: text)])
    }

    /// Whether this is verbatim text with nothing in it (a detail nobody gave).
    public var isEmpty: Bool { isVerbatim && arguments[0].value.isEmpty }

    /// A message whose words follow a number; `{count}` is the number.
    public static func plural(
        _ one: String, _ other: String, count: Int, context: String? = nil,
        _ arguments: KeyValuePairs<String, any CustomStringConvertible> = [:]
    ) -> Message {
        Message(
            id: one, plural: (other, count), context: context,
            arguments: arguments.map { Argument(name: $0.key, value: $0.value) })
    }

    /// The message in a catalogue's language.
    public func text(_ catalogue: Catalogue) -> String {
        if isVerbatim { return arguments[0].value }
        let pairs = arguments.map { ($0.name, $0.text(catalogue)) }
        if let plural {
            return catalogue.plural(id, plural.other, count: plural.count, context: context, pairs)
        }
        return catalogue.text(id, context: context, pairs)
    }

    /// Whether it is text outside the catalogues.
    public var isVerbatim: Bool {
        id == "{text}" && context == nil && plural == nil && arguments.map(\.name) == ["text"]
    }

    /// The message in English.
    public var description: String { text(.english) }
}
