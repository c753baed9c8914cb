/// A min-heap of ranks: the leak order takes, among the items free to be asked, the one earliest in the seeded order.
struct RankHeap: Sendable {
    private var ranks: [Int] = []

    init() {}

    mutating func push(_ rank: Int) {
        ranks.append(rank)
        var child = ranks.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard ranks[child] < ranks[parent] else { break }
            ranks.swapAt(child, parent)
            child = parent
        }
    }

    /// The smallest rank, removed; nil when empty.
    mutating func pop() -> Int? {
        guard let last = ranks.popLast() else { return nil }
        guard let top = ranks.first else { return last }
        ranks[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < ranks.count && ranks[left] < ranks[smallest] { smallest = left }
            if right < ranks.count && ranks[right] < ranks[smallest] { smallest = right }
            if smallest == parent { break }
            ranks.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
