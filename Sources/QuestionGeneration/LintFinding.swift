import ContentModel
import Words

/// One finding of the item-writing checks: a repair made, or the reason an item was dropped.
public struct LintFinding: Sendable, Equatable, CustomStringConvertible {
    public var itemID: String
    public var rule: String
    /// What is wrong or was repaired, said in the reader's language at the edge.
    public var message: Message
    /// Where the item's source element is written.
    public var location: SourceLocation?
    /// True when the generator fixed the item itself; false when the item was dropped.
    public var repaired: Bool

    /// `FILE:LINE:COLUMN: error: item ID: RULE: MESSAGE` in English.
    public var description: String { text(.english) }

    /// The finding with its message in a catalogue's language ("error:", "note:", "item" and the rule's name stay as
    /// editors and scripts read them).
    public func text(_ catalogue: Catalogue) -> String {
        let place = location.map { "\($0)" } ?? "bank"
        return "\(place): \(repaired ? "note" : "error"): item \(itemID): \(rule): \(message.text(catalogue))"
    }
}
