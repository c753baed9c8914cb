import ContentModel

/// One finding of the item-writing checks: a repair made, or the reason an item was dropped.
public struct LintFinding: Sendable, Equatable, CustomStringConvertible {
    public var itemID: String
    public var rule: String
    public var message: String
    /// Where the item's source element is written.
    public var location: SourceLocation?
    /// True when the generator fixed the item itself; false when the item was dropped.
    public var repaired: Bool

    public var description: String {
        let place = location.map { "\($0)" } ?? "bank"
        return "\(place): \(repaired ? "note" : "error"): item \(itemID): \(rule): \(message)"
    }
}
