/// A catalogue that cannot be read: which file, where in it, and why.
public struct CatalogueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why a catalogue cannot be read.
    public enum Reason: Error, Sendable, Equatable {
        /// Text that is not UTF-8.
        case notUTF8
        /// A line no PO keyword or comment starts.
        case unexpectedLine(String)
        /// A quoted string without its closing quote, or with an escape PO does not have.
        case badString(String)
        /// A keyword out of its order (`msgstr` before `msgid`, a second `msgid`…).
        case outOfOrder(String)
        /// The header's `Plural-Forms` cannot be understood.
        case pluralForms(String)
        /// A message's plural forms do not match the header's `nplurals`.
        case formCount(msgid: String, expected: Int, found: Int)
    }

    public let file: String
    public let line: Int
    public let column: Int
    public let reason: Reason

    public init(file: String, line: Int, column: Int, reason: Reason) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// What a translator reads (catalogues are for translators and their tools, and a catalogue that cannot be read
    /// cannot translate its own error): FILE:LINE:COLUMN and what is wrong.
    public var description: String {
        let why =
            switch reason {
            case .notUTF8: "the file is not UTF-8 text"
            case .unexpectedLine(let text): "a line PO does not know: \(text)"
            case .badString(let text): "a string PO cannot read: \(text)"
            case .outOfOrder(let what): what
            case .pluralForms(let what): "Plural-Forms: \(what)"
            case .formCount(let msgid, let expected, let found):
                "\"\(msgid)\" has \(found) plural forms; the header's nplurals says \(expected)"
            }
        return "\(file):\(line):\(column): \(why)"
    }
}
