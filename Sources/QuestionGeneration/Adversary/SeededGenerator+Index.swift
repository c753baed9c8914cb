/// Draws the adversary's sessions make: an index and a shuffle, written out rather than taken from the standard
/// library so that a session can be replayed draw for draw outside Swift (the port was checked against a Python
/// mirror of it), and so a new toolchain's `shuffled(using:)` cannot move the report's numbers.
extension SeededGenerator {
    /// A uniform index in `0..<count`, the remainder of one draw (its bias is below 2⁻⁴⁰ for any count a bank
    /// has); no draw when there is one choice or none.
    mutating func index(below count: Int) -> Int {
        guard count > 1 else { return 0 }
        return Int(next() % UInt64(count))
    }

    /// Shuffles `elements` in place: Fisher–Yates from the last place down, each place drawn with `index(below:)`.
    mutating func shuffle<Element>(_ elements: inout [Element]) {
        var place = elements.count - 1
        while place > 0 {
            let other = index(below: place + 1)
            elements.swapAt(place, other)
            place -= 1
        }
    }
}
