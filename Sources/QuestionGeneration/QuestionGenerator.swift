import ContentModel
import Dispatch
import Synchronization

/// Makes multiple-choice items from a content model.
///
/// Pure and deterministic: the same bank and seed give identical items. Distractors are chosen without
/// the seed (so an item's `version` is the same for every seed); the seed only places the options.
public enum QuestionGenerator {
    /// What generation produced: the items that passed the checks, and what the checks found.
    public struct Result: Sendable {
        public var items: [Item]
        /// Every finding: repairs made (`repaired == true`) and items dropped.
        public var findings: [LintFinding]
    }

    /// Generates every item the bank supports.
    ///
    /// Large banks are split into pieces that are drafted and checked on several threads, each with its own memo;
    /// the pieces are joined in order, so the result is the same however many threads ran.
    public static func generate(_ bank: Bank, seed: UInt64) -> Result {
        generate(bank, seed: seed, elementsPerPiece: elementsPerPiece)
    }

    /// `generate`, with the size of the pieces given (tests compare one piece with many).
    static func generate(_ bank: Bank, seed: UInt64, elementsPerPiece: Int) -> Result {
        let (jobs, parallel) = pieces(of: bank, size: elementsPerPiece)
        let (taught, index) = prepare(bank, together: parallel)
        let results = Mutex([Piece?](repeating: nil, count: jobs.count))
        let run: @Sendable (Int) -> Void = { job in
            let drafts = Drafts(bank: bank, index: index, memo: TextMemo(taught: taught))
            // Each draft is checked, given its feedback and finished as it is made; the items go straight into memory
            // the joining thread moves them out of.
            var piece = Piece(capacity: jobs[job].items)
            drafts.forEachDraft(jobs[job].part, jobs[job].range) { draft in
                let (repairs, failures) = ItemLint.check(&draft, memo: drafts.memo)
                if !repairs.isEmpty { piece.findings += repairs }
                if failures.isEmpty {
                    drafts.writeFeedback(&draft)
                    piece.append(draft.finish())
                } else {
                    piece.findings += failures
                }
            }
            // Each piece is sorted on its own core; joining them then only merges the sorted runs.
            piece.sortByID()
            results.withLock { $0[job] = piece }
        }
        perform(jobs.count, parallel: parallel, run)
        let pieces = results.withLock { $0.compactMap { $0 } }
        let threads = parallel ? 2 : 1
        var (items, counts) = Piece.merge(pieces, threads: threads)
        placeOptions(&items, optionCounts: counts, seed: seed, threads: threads)
        return Result(items: items, findings: pieces.flatMap(\.findings))
    }

    /// The taught terms and the bank's index; built side by side on two threads for a bank generated in pieces.
    private static func prepare(_ bank: Bank, together: Bool) -> (Readability.TaughtTerms, Drafts.Index) {
        let made = Mutex<(taught: Readability.TaughtTerms?, index: Drafts.Index?)>((nil, nil))
        perform(2, parallel: together) { task in
            if task == 0 {
                let taught = Readability.TaughtTerms(taughtTerms(bank))
                made.withLock { $0.taught = taught }
            } else {
                let index = Drafts.Index(bank)
                made.withLock { $0.index = index }
            }
        }
        let (taught, index) = made.withLock { $0 }
        // `perform` runs every task; the fallbacks only keep this free of forced unwrapping.
        return (taught ?? Readability.TaughtTerms(taughtTerms(bank)), index ?? Drafts.Index(bank))
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

    /// The items one thread made, in memory it allocated: the joining thread moves them out (no copying, no reference
    /// counting of every string twice) and frees it.
    struct Piece: @unchecked Sendable {
        /// The first `count` are initialised.
        private var storage: UnsafeMutableBufferPointer<Item>
        private var count = 0
        var findings: [LintFinding] = []
        /// Each item's number of options to place (0 for true or false), noted when the items are sorted.
        private var optionCounts: [Int] = []

        init(capacity: Int) { storage = .allocate(capacity: max(1, capacity)) }

        mutating func append(_ item: consuming Item) {
            if count == storage.count {
                // More than foreseen: move to memory twice the size.
                let larger = UnsafeMutableBufferPointer<Item>.allocate(capacity: 2 * storage.count)
                larger.baseAddress!.moveInitialize(from: storage.baseAddress!, count: count)
                storage.deallocate()
                storage = larger
            }
            (storage.baseAddress! + count).initialize(to: item)
            count += 1
        }

        /// Sorts the items by id and notes each one's number of options to place, while they are at hand.
        mutating func sortByID() {
            var made = UnsafeMutableBufferPointer(rebasing: storage[0..<count])
            made.sort { $0.id < $1.id }
            optionCounts = made.map { $0.kind == .trueFalse ? 0 : $0.options.count }
        }

        /// All the pieces' items in one array sorted by id, as a stable sort of them joined in order would give (on
        /// equal ids the earlier piece first), with their option counts. Each item is moved, and each piece's memory
        /// is freed. With two threads, each merges one half: the items up to a middle id, and the rest.
        static func merge(_ pieces: [Piece], threads: Int = 1) -> (items: [Item], optionCounts: [Int]) {
            let total = pieces.reduce(0) { $0 + $1.count }
            var halves = [pieces.map { 0..<$0.count }]
            if threads > 1, total > 1, let middle = middleID(pieces) {
                // A piece's items up to and with the middle id go to the first half: equal ids stay together.
                let splits = pieces.map { piece in
                    var low = 0, high = piece.count
                    while low < high {
                        let mid = (low + high) / 2
                        if piece.storage[mid].id <= middle { low = mid + 1 } else { high = mid }
                    }
                    return low
                }
                halves = [
                    zip(pieces, splits).map { 0..<$1 }, zip(pieces, splits).map { $1..<$0.count },
                ]
            }
            var counts = [Int](repeating: 0, count: total)
            let items = [Item](unsafeUninitializedCapacity: total) { out, initialised in
                counts.withUnsafeMutableBufferPointer { countsOut in
                    let target = Target(items: out, counts: countsOut)
                    let runs = halves
                    let starts = runs.reduce(into: [0]) { $0.append($0.last! + $1.reduce(0) { $0 + $1.count }) }
                    let run: @Sendable (Int) -> Void = { half in
                        mergeRuns(pieces, runs[half], into: target, at: starts[half])
                    }
                    perform(runs.count, parallel: true, run)
                }
                initialised = total
            }
            for piece in pieces { piece.storage.deallocate() }
            return (items, counts)
        }

        /// Where merged items and their counts go, shared by the threads that merge: each writes its own part.
        private struct Target: @unchecked Sendable {
            let items: UnsafeMutableBufferPointer<Item>
            let counts: UnsafeMutableBufferPointer<Int>
        }

        /// An id near the middle of all the pieces' items, from a sample of each piece in proportion to its size.
        private static func middleID(_ pieces: [Piece]) -> String? {
            var sample: [String] = []
            for piece in pieces where piece.count > 0 {
                let step = max(1, piece.count / 64)
                for index in stride(from: step / 2, to: piece.count, by: step) {
                    sample.append(piece.storage[index].id)
                }
            }
            sample.sort()
            return sample.isEmpty ? nil : sample[sample.count / 2]
        }

        /// Merges the given runs (one range of each piece, each sorted) into `target` from `start`, moving the items.
        private static func mergeRuns(_ pieces: [Piece], _ runs: [Range<Int>], into target: Target, at start: Int) {
            // A binary heap of the runs not yet used up, by their next item's id and then their piece's place.
            var next = runs.map(\.lowerBound)
            func before(_ a: Int, _ b: Int) -> Bool {
                let x = pieces[a].storage[next[a]].id, y = pieces[b].storage[next[b]].id
                return x < y || (x == y && a < b)
            }
            var heap = runs.indices.filter { !runs[$0].isEmpty }
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
            var at = start
            while let piece = heap.first {
                (target.items.baseAddress! + at).moveInitialize(
                    from: pieces[piece].storage.baseAddress! + next[piece], count: 1)
                target.counts[at] = pieces[piece].optionCounts[next[piece]]
                at += 1
                next[piece] += 1
                if next[piece] == runs[piece].upperBound {
                    heap.swapAt(0, heap.count - 1)
                    heap.removeLast()
                }
                siftDown(0)
            }
        }
    }

    /// Pieces hold about this many items; a bank with fewer is generated on one thread, where starting threads would
    /// cost more than it saves.
    static let elementsPerPiece = 1_000

    /// The bank's elements in pieces of about `size` items each (a group makes one item per member, a concept two),
    /// in drafting order, and whether to run them on several threads (a small bank is one piece per part, run in
    /// turn). Pieces of equal work keep both cores busy to the end.
    static func pieces(of bank: Bank, size: Int) -> (jobs: [Job], parallel: Bool) {
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
        return total > size ? (jobs, true) : (wholeParts, false)
    }

    /// One piece of drafting: a range of one part's elements, and about how many items it makes (at most).
    struct Job: Sendable {
        var part: Drafts.Part
        var range: Range<Int>
        var items: Int
    }

    /// The words the material teaches: concept terms and synonyms, and the named alternatives in groups.
    public static func taughtTerms(_ bank: Bank) -> [String] {
        bank.concepts.flatMap { [$0.term] + $0.synonyms } + bank.groups.flatMap(\.nonMembers)
    }

    /// Shuffles each item's options so that, across the bank, the key sits in each position about equally often.
    /// Each item's number of options to place is given (0 for true or false). The shuffle draws from one generator in
    /// order, on one thread and without touching the items; then the new orders are applied, on `threads` threads, each
    /// item on its own.
    static func placeOptions(_ items: inout [Item], optionCounts: [Int], seed: UInt64, threads: Int) {
        let widest = optionCounts.max() ?? 0
        guard widest > 0 else { return }
        var rng = SeededGenerator(seed: seed)
        // The items by their number of options, fewest first.
        var byCount = [[Int]](repeating: [], count: widest + 1)
        for index in items.indices where optionCounts[index] > 0 { byCount[optionCounts[index]].append(index) }
        // `orders[index * widest + place]` is the old place of the option that goes to `place`. The key is first
        // (answer 0) in every item to place: `finish` puts it there.
        var orders = [Int](repeating: 0, count: items.count * widest)
        var keyPositions = [Int](repeating: 0, count: items.count)
        for (count, indices) in byCount.enumerated() where !indices.isEmpty {
            var positions = indices.indices.map { $0 % count }
            positions.shuffle(using: &rng)
            // The wrong options' places are shuffled, which draws from the generator exactly as shuffling the options
            // themselves would; then the key is put at its place.
            var order = Array(repeating: 0, count: count)
            for (index, keyPosition) in zip(indices, positions) {
                for place in 0..<(count - 1) { order[place] = place + 1 }
                order[0..<(count - 1)].shuffle(using: &rng)
                var place = count - 1
                while place > keyPosition {
                    order[place] = order[place - 1]
                    place -= 1
                }
                order[keyPosition] = 0
                for place in 0..<count { orders[index * widest + place] = order[place] }
                keyPositions[index] = keyPosition
            }
        }
        let chunks = max(1, min(threads, items.count / 4_096 + 1))
        let (counts, newOrders, keys) = (optionCounts, orders, keyPositions)
        items.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedItems(buffer: buffer)
            let apply: @Sendable (Int) -> Void = { chunk in
                let start = shared.buffer.count * chunk / chunks, end = shared.buffer.count * (chunk + 1) / chunks
                for index in start..<end where counts[index] > 0 {
                    assert(shared.buffer[index].answer == 0, "the key comes first until it is placed")
                    // In place, by swaps: the new option at `place` is the old one at `order[place]`. Following where
                    // earlier swaps moved it finds it; no array is made and no string is touched.
                    let base = index * widest
                    for place in 0..<counts[index] {
                        var from = newOrders[base + place]
                        while from < place { from = newOrders[base + from] }
                        if from != place {
                            shared.buffer[index].options.swapAt(place, from)
                            shared.buffer[index].feedback.swapAt(place, from)
                        }
                    }
                    shared.buffer[index].answer = keys[index]
                }
            }
            perform(chunks, parallel: true, apply)
        }
    }

    /// Items shared by the threads that place their options: each thread changes only its own items.
    private struct SharedItems: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Item>
    }
}

/// A wrong option of a draft: its text, its feedback, and (when the drafter had them) its facts for the checks.
struct DraftOption: Sendable {
    var text: String
    var feedback: String?
    var facts: TextFacts?
    /// The concept whose feedback this option gets, written only if the option survives the checks.
    var feedbackFromConcept: Int? = nil

    /// The same option with other text (its facts are then unknown).
    func with(text: String) -> DraftOption {
        var copy = self
        copy.text = text
        copy.facts = nil
        return copy
    }

    init(_ text: String, _ feedback: String?, facts: TextFacts? = nil) {
        self.text = text
        self.feedback = feedback
        self.facts = facts
    }
}

/// An item before checks and placement: the key first, then distractors with their feedback.
struct Draft: Sendable {
    var id: String
    var kind: ItemKind
    var section: String
    var stem: String
    var key: String
    var distractors: [DraftOption]
    /// Spare distractors to try if one of the chosen fails a check.
    var spares: [DraftOption]
    var explanation: String
    var source: String
    var topic: String
    var critical: Bool
    var location: SourceLocation?
    /// Set by the checks, which compute it anyway.
    var readingGrade: Double = 0
    /// What the checks need to know about the key's text, when the drafter already had it.
    var keyFacts: TextFacts? = nil

    /// The item, its strings moved out of the draft (which is left empty).
    mutating func finish() -> Item {
        // The version hashes what a learner reads, independent of option order: the distractors in sorted order.
        var hash = StableHash.of(kind.rawValue, stem)
        hash = StableHash.mix(hash, key)
        switch distractors.count {
        case 0: break
        case 1: hash = StableHash.mix(hash, distractors[0].text)
        case 2, 3:
            // Sorted by hand: no array for two or three texts.
            var a = distractors[0].text, b = distractors[1].text
            if b < a { swap(&a, &b) }
            if distractors.count == 3 {
                var c = distractors[2].text
                if c < b { swap(&b, &c) }
                if b < a { swap(&a, &b) }
                hash = StableHash.mix(StableHash.mix(StableHash.mix(hash, a), b), c)
            } else {
                hash = StableHash.mix(StableHash.mix(hash, a), b)
            }
        default:
            for text in distractors.map(\.text).sorted() { hash = StableHash.mix(hash, text) }
        }
        let version = StableHash.hexPrefix(StableHash.mix(hash, explanation), digits: 12)
        func take<T>(_ value: inout T, _ empty: T) -> T {
            var taken = empty
            swap(&taken, &value)
            return taken
        }
        var options: [String] = []
        var feedback: [String?] = []
        options.reserveCapacity(distractors.count + 1)
        feedback.reserveCapacity(distractors.count + 1)
        let isFalse = kind == .trueFalse && key == "False"
        options.append(take(&key, ""))
        feedback.append(nil)
        for index in distractors.indices {
            options.append(take(&distractors[index].text, ""))
            feedback.append(take(&distractors[index].feedback, nil))
        }
        var answer = 0
        if isFalse {
            // True or false always reads "True" then "False".
            options.reverse()
            feedback.reverse()
            answer = 1
        }
        return Item(
            id: take(&id, ""), version: version, kind: kind, section: take(&section, ""), stem: take(&stem, ""),
            options: options, answer: answer, explanation: take(&explanation, ""), feedback: feedback,
            source: take(&source, ""), topic: take(&topic, ""), critical: critical,
            readingGrade: (readingGrade * 10).rounded() / 10)
    }
}
