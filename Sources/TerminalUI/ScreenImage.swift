/// What a screen shows: lines of styled text, already laid out for one terminal size.
package struct ScreenImage: Sendable, Equatable {
    package var width: Int
    package var height: Int
    package var lines: [[Span]]
    /// Where the terminal cursor rests: on the focused option or the insertion point; nil hides it.
    package var cursor: Cell?

    /// A cell of the screen, from the top left (0, 0).
    package struct Cell: Sendable, Equatable {
        package var row: Int
        package var column: Int
    }

    package init(width: Int, height: Int, lines: [[Span]], cursor: Cell? = nil) {
        self.width = width
        self.height = height
        self.lines = lines
        self.cursor = cursor
    }

    /// The text alone, one string per row, for snapshots and plain output.
    package var text: [String] { lines.map { $0.map(\.text).joined() } }
}

/// A run of text in one style.
package struct Span: Sendable, Equatable {
    package var text: String
    package var style: Style

    package init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// Meaning, not colour: the terminal layer decides how each looks (colour, bold, reverse, underline).
package enum Style: Sendable, Equatable, CaseIterable {
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
