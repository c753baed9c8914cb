/// What a screen shows: lines of styled text, already laid out for one terminal size.
public struct ScreenImage: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var lines: [[Span]]
    /// Where the terminal cursor rests: on the focused option or the insertion point; nil hides it.
    public var cursor: Cell?

    /// A cell of the screen, from the top left (0, 0).
    public struct Cell: Sendable, Equatable {
        public var row: Int
        public var column: Int
    }

    public init(width: Int, height: Int, lines: [[Span]], cursor: Cell? = nil) {
        self.width = width
        self.height = height
        self.lines = lines
        self.cursor = cursor
    }

    /// The text alone, one string per row, for snapshots and plain output.
    public var text: [String] { lines.map { $0.map(\.text).joined() } }
}

/// A run of text in one style.
public struct Span: Sendable, Equatable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// Meaning, not colour: the terminal layer decides how each looks (colour, bold, reverse, underline).
public enum Style: Sendable, Equatable, CaseIterable {
    case normal
    case title
    case dim
    case selected
    case good
    case bad
    case key
    case accent
    case warning
}
