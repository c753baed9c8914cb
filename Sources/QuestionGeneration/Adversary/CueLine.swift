/// One line of the adversary's report: a cue, or its reverse.
///
/// A reverse is a cue of its own: a bank tuned against "pick the longest" makes "pick the shortest" pay, and a test
/// that only looked at the forward cue would call that bank fair.
public struct CueLine: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var cue: CueID
    /// Whether this line follows the negated score: the options the cue ranks lowest.
    public var reversed: Bool

    public init(_ cue: CueID, reversed: Bool = false) {
        self.cue = cue
        self.reversed = reversed
    }

    /// "care-team", or "care-team (reverse)".
    public var name: String { reversed ? "\(cue.rawValue) (reverse)" : cue.rawValue }

    public var description: String { name }

    /// The prototype's name for the line ("care-team~rev"): the adaptive guesser breaks ties between equally good
    /// lines by it, as the prototype does, so the port replays the prototype's sessions choice for choice.
    var tieBreakKey: String { reversed ? "\(cue.rawValue)~rev" : cue.rawValue }

    /// Report order: by the cue's name, each cue before its reverse.
    public static func < (a: CueLine, b: CueLine) -> Bool {
        (a.cue.rawValue, a.reversed ? 1 : 0) < (b.cue.rawValue, b.reversed ? 1 : 0)
    }
}
