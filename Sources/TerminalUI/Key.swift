/// A key press, as the terminal reports it; `KeyMap` turns it into an intent.
package enum Key: Sendable, Equatable {
    case character(Character)
    case enter
    case escape
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case backspace
    case tab
    /// The end of input (plain mode) or the terminal went away.
    case endOfInput
}
