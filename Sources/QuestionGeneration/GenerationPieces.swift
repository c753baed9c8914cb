import ContentModel
import Dispatch
import Synchronization

/// A bank's elements cut into pieces of about equal work, drafted and checked on both cores, then joined in order.
///
/// What it buys (measured with `teachback debug bench-generate`, release, the 10,000-concept bank of
/// `scripts/synthetic_bank.py`): generation runs on both cores, about 1.8× faster than on one. A bank smaller than one
/// piece (the built-in bank has 81 items) is drafted on this thread, where starting threads would cost more than it
/// saves. The result does not depend on how the bank was cut: `GenerationSpeedupTests` compares many pieces on many
/// threads with one piece on one.
struct GenerationPieces {
    /// Pieces hold about this many items.
    static let elementsPerPiece = 1_000

    /// One piece of drafting: a range of one part's elements, and about how many items it makes (at most).
    struct Job: Sendable {
        var part: Drafts.Part
        var range: Range<Int>
        var items: Int
    }

    /// What one piece made: its items (sorted by id once the piece is done) and its findings.
    struct Piece: Sendable {
        var items: [Item] = []
        var findings: [LintFinding] = []
    }

    let jobs: [Job]
    /// Whether the jobs run on several threads (a bank of more than one piece).
    let parallel: Bool

    /// The bank's elements in pieces of about `size` items each (a group makes one item per member, a concept two),
    /// in drafting order. A small bank is one piece per part, run in turn.
    init(_ bank: Bank, size: Int) {
        func weight(_ part: Drafts.Part, _ index: Int) -> Int {
            switch part {
            case .concepts, .facts: 2
            case .groups: bank.groups[index].members.count + 1
            case .claims, .faqs, .actions: 1
            }
        }
        var jobs: [Job] = []
        var wholeParts: [Job] = []
        var total = 0
        for part in Drafts.Part.allCases {
            var start = 0
            var load = 0
            let count = part.count(in: bank)
            var partLoad = 0
            for index in 0..<count {
                load += weight(part, index)
                if load >= size {
                    jobs.append(Job(part: part, range: start..<(index + 1), items: load))
                    partLoad += load
                    start = index + 1
                    load = 0
                }
            }
            if start < count { jobs.append(Job(part: part, range: start..<count, items: load)) }
            partLoad += load
            total += partLoad
            wholeParts.append(Job(part: part, range: 0..<count, items: partLoad))
        }
        (self.jobs, self.parallel) = total > size ? (jobs, true) : (wholeParts, false)
    }

    /// Runs `make` for every job (on all cores when `parallel`) and returns the pieces in job order, each sorted by id
    /// on the thread that made it.
    func run(_ make: @Sendable (Job) -> Piece) -> [Piece] {
        let results = Mutex([Piece?](repeating: nil, count: jobs.count))
        Self.perform(jobs.count, parallel: parallel) { job in
            var piece = make(jobs[job])
            piece.items.sort { $0.id < $1.id }
            results.withLock { $0[job] = piece }
        }
        return results.withLock { $0.compactMap { $0 } }
    }

    /// All the pieces' items in one array sorted by id, as a stable sort of them joined in order would give (on
    /// equal ids the earlier piece first): a merge of the sorted pieces.
    static func join(_ pieces: [Piece]) -> [Item] {
        var next = [Int](repeating: 0, count: pieces.count)
        var items: [Item] = []
        items.reserveCapacity(pieces.reduce(0) { $0 + $1.items.count })
        // The pieces not yet used up, ordered by their next item's id and then their place: a binary heap.
        func before(_ a: Int, _ b: Int) -> Bool {
            let x = pieces[a].items[next[a]].id, y = pieces[b].items[next[b]].id
            return x < y || (x == y && a < b)
        }
        var heap = pieces.indices.filter { !pieces[$0].items.isEmpty }
        func siftDown(_ from: Int) {
            var at = from
            while true {
                let left = 2 * at + 1, right = left + 1
                var smallest = at
                if left < heap.count && before(heap[left], heap[smallest]) { smallest = left }
                if right < heap.count && before(heap[right], heap[smallest]) { smallest = right }
                if smallest == at { return }
                heap.swapAt(at, smallest)
                at = smallest
            }
        }
        for from in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(from) }
        while let piece = heap.first {
            items.append(pieces[piece].items[next[piece]])
            next[piece] += 1
            if next[piece] == pieces[piece].items.count {
                heap.swapAt(0, heap.count - 1)
                heap.removeLast()
            }
            siftDown(0)
        }
        return items
    }

    /// Runs `body` for each of `0..<count`: on all cores when `parallel` (and there is more than one), else in turn on
    /// this thread.
    static func perform(_ count: Int, parallel: Bool, _ body: @Sendable (Int) -> Void) {
        if parallel && count > 1 {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        } else {
            (0..<count).forEach(body)
        }
    }
}
