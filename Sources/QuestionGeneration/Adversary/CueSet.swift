/// The options one cue line points to on one item: those of its top score (of its lowest, for a reverse).
///
/// An even guess among them is right 1/|options| of the time if the key is one of them: that is the line's
/// expected hit on the item, the figure the report sums.
struct CueSet: Sendable, Equatable {
    var line: CueLine
    /// Option indices, ascending.
    var options: [Int]
}
