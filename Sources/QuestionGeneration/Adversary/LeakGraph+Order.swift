/// The order a session asks its items in so that no item is asked after one that gives it away.
extension LeakGraph {
    /// An order of the given item ids (one per teaching point, already chosen) in which no revealed item comes after
    /// an item that reveals it: the revealed one is asked first, while it can still tell who understood.
    ///
    /// The ids are shuffled with `generator` (the session's seeded order); then, as the planner does, the items are
    /// taken earliest first among those whose revealed items have all been asked, so the seeded order moves only
    /// where a pair needs it. When every item left waits on another (items reveal each other round a cycle), the
    /// earliest item left that lies on such a cycle is dropped and the rest go on: each cycle keeps at least one.
    /// The result is a function of the shuffle alone.
    /// - Returns: the order to ask, and the ids left out to break cycles (in the order dropped). A duplicate id is
    ///   asked once.
    public func order(_ ids: [String], using generator: inout SeededGenerator) -> (order: [String], dropped: [String]) {
        var shuffled = ids
        generator.shuffle(&shuffled)
        return Self.order(shuffled, revealers: { revealers[$0] ?? [] })
    }

    /// The same for ids already in the order wanted (the session planner's): each item moves only where a pair
    /// needs it. `revealers(id)` names the items whose texts reveal `id`; ids not in the list are ignored.
    public static func order(_ ids: [String], revealers: (String) -> Set<String>) -> (
        order: [String], dropped: [String]
    ) {
        var rank: [String: Int] = [:]
        var nodes: [String] = []
        for id in ids where rank[id] == nil {
            rank[id] = nodes.count
            nodes.append(id)
        }
        // An edge runs from a revealed item to each item revealing it: the revealed one is asked first.
        var successors = Array(repeating: [Int](), count: nodes.count)
        for (node, id) in nodes.enumerated() {
            for revealer in revealers(id).sorted() where revealer != id {
                if let other = rank[revealer] { successors[node].append(other) }
            }
        }
        var waiting = Array(repeating: 0, count: nodes.count)
        for nexts in successors {
            for next in nexts { waiting[next] += 1 }
        }
        // Only items on a cycle now can be on one later (leaving items out makes no new cycle): keep them apart, so
        // breaking a cycle looks at those alone.
        var cycle = Array(repeating: -1, count: nodes.count)
        for (index, component) in Self.stronglyConnected(count: nodes.count, successors: successors).enumerated()
        where component.count > 1 {
            for node in component { cycle[node] = index }
        }
        let onCycles = nodes.indices.filter { cycle[$0] >= 0 }
        var done = Array(repeating: false, count: nodes.count)
        var ready = RankHeap()
        for node in nodes.indices where waiting[node] == 0 { ready.push(node) }
        var order: [String] = []
        var dropped: [String] = []
        order.reserveCapacity(nodes.count)
        var left = nodes.count
        while left > 0 {
            let node: Int
            if let next = ready.pop() {
                node = next
                order.append(nodes[node])
            } else {
                node = Self.earliestOnCycle(onCycles, successors: successors, cycle: cycle, done: done)
                dropped.append(nodes[node])
            }
            done[node] = true
            left -= 1
            for next in successors[node] where !done[next] {
                waiting[next] -= 1
                if waiting[next] == 0 { ready.push(next) }
            }
        }
        return (order, dropped)
    }

    /// The earliest node not yet done that lies on a cycle of the nodes not yet done, among `candidates` (the nodes
    /// of the cycles the session started with, ascending; `cycle` names each one's). Called only when every node
    /// left waits on another left, so following what each waits on must come round: there is such a node. Costs the
    /// size of those cycles, not of the session.
    private static func earliestOnCycle(_ candidates: [Int], successors: [[Int]], cycle: [Int], done: [Bool]) -> Int {
        var local: [Int: Int] = [:]
        var nodes: [Int] = []
        for node in candidates where !done[node] {
            local[node] = nodes.count
            nodes.append(node)
        }
        let edges = nodes.map { node in
            successors[node].compactMap { next in cycle[next] == cycle[node] ? local[next] : nil }
        }
        let onCycle = stronglyConnected(count: nodes.count, successors: edges).filter { $0.count > 1 }.joined()
        return onCycle.map { nodes[$0] }.min() ?? nodes.first ?? 0
    }

    /// The strongly connected components of a graph on the nodes `0..<count`: Kosaraju's two passes, written with
    /// explicit stacks so a long chain of leaks cannot overflow the call stack. O(nodes + edges).
    static func stronglyConnected(count: Int, successors: [[Int]]) -> [[Int]] {
        var predecessors = Array(repeating: [Int](), count: count)
        for (node, nexts) in successors.enumerated() {
            for next in nexts { predecessors[next].append(node) }
        }
        // First pass: the order in which depth-first search finishes with each node.
        var visited = Array(repeating: false, count: count)
        var finished: [Int] = []
        finished.reserveCapacity(count)
        var stack: [(node: Int, edge: Int)] = []
        for start in 0..<count where !visited[start] {
            visited[start] = true
            stack.append((start, 0))
            while let top = stack.last {
                if top.edge < successors[top.node].count {
                    stack[stack.count - 1].edge += 1
                    let next = successors[top.node][top.edge]
                    if !visited[next] {
                        visited[next] = true
                        stack.append((next, 0))
                    }
                } else {
                    stack.removeLast()
                    finished.append(top.node)
                }
            }
        }
        // Second pass: on the reversed edges, latest finished first; each search gathers one component.
        var component = Array(repeating: -1, count: count)
        var components: [[Int]] = []
        for start in finished.reversed() where component[start] < 0 {
            let id = components.count
            component[start] = id
            var members: [Int] = []
            var todo = [start]
            while let node = todo.popLast() {
                members.append(node)
                for previous in predecessors[node] where component[previous] < 0 {
                    component[previous] = id
                    todo.append(previous)
                }
            }
            components.append(members)
        }
        return components
    }
}
