import QuestionGeneration

/// No question gives another away: a session never asks an item after one whose stem, explanation or feedback holds
/// its answer (`LeakGraph`, computed once per topic).
extension SessionPlanner {
    /// The items in the planner's order as far as possible, but each item revealed by another asked before it.
    ///
    /// `LeakGraph.order`, the order the adversary's sessions are measured in: at each step the earliest item (in the
    /// order given) none of whose revealed items is still waiting. When the remaining items only reveal each other
    /// round a cycle, the earliest item on the cycle is left out of this session (it comes in another).
    /// - Parameter reveals: the ids of the items an item's texts reveal.
    package static func orderedForLeaks(_ items: [Item], reveals: (String) -> [String]) -> [Item] {
        orderedForLeaks(items, id: \.id, reveals: reveals)
    }

    /// The same for any list whose elements have ids (`Asked` across topics: an id per topic and item).
    static func orderedForLeaks<T>(_ list: [T], id: (T) -> String, reveals: (String) -> [String]) -> [T] {
        let ids = list.map(id)
        let present = Set(ids)
        var revealers: [String: Set<String>] = [:]
        for own in ids {
            for revealed in reveals(own) where present.contains(revealed) && revealed != own {
                revealers[revealed, default: []].insert(own)
            }
        }
        guard !revealers.isEmpty else { return list }
        var byID: [String: T] = [:]
        for element in list where byID[id(element)] == nil { byID[id(element)] = element }
        return LeakGraph.order(ids, revealers: { revealers[$0] ?? [] }).order.compactMap { byID[$0] }
    }
}
