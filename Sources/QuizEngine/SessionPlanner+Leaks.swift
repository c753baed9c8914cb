import QuestionGeneration

/// No question gives another away: a session never asks an item after one whose stem, explanation or feedback holds
/// its answer (`LeakGraph`, computed once per topic).
extension SessionPlanner {
    /// The items in the planner's order as far as possible, but each item revealed by another asked before it.
    ///
    /// A stable topological order: at each step the earliest item (in the order given) none of whose revealed items
    /// is still waiting. When the remaining items only reveal each other in a circle, the earliest of them is left
    /// out of this session (it comes in another), so the promise holds without a cycle deciding the order.
    /// - Parameter reveals: the ids of the items an item's texts reveal.
    public static func orderedForLeaks(_ items: [Item], reveals: (String) -> [String]) -> [Item] {
        orderedForLeaks(items, id: \.id, reveals: reveals)
    }

    /// The same for any list whose elements have ids (`Asked` across topics: an id per topic and item).
    static func orderedForLeaks<T>(_ list: [T], id: (T) -> String, reveals: (String) -> [String]) -> [T] {
        let ids = Set(list.map(id))
        // For each element, the elements in this session that must come before it (those it reveals).
        var before: [String: Set<String>] = [:]
        for element in list {
            let own = id(element)
            let revealed = Set(reveals(own)).intersection(ids).subtracting([own])
            if !revealed.isEmpty { before[own] = revealed }
        }
        guard !before.isEmpty else { return list }
        var waiting = list
        var placed = Set<String>()
        var result: [T] = []
        result.reserveCapacity(list.count)
        while !waiting.isEmpty {
            if let next = waiting.firstIndex(where: { (before[id($0)] ?? []).isSubset(of: placed) }) {
                let element = waiting.remove(at: next)
                placed.insert(id(element))
                result.append(element)
            } else {
                // Every waiting element waits on another waiting one: a circle. Leave the first out.
                let dropped = id(waiting.removeFirst())
                for key in before.keys { before[key]?.remove(dropped) }
            }
        }
        return result
    }
}
