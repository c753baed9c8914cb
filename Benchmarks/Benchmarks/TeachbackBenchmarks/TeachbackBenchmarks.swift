import Benchmark
import ContentModel
import Foundation
import LearnerModel
import LearnerStore
import QuestionGeneration
import Scheduling

/// A synthetic bank: `concepts` concepts in `groups` groups of equal size, ten sections, three non-members a group.
func syntheticBank(concepts: Int, groups: Int) -> Bank {
    let sections = (0..<10).map { Section(id: "s\($0)", title: "Section \($0)", passage: "Some words to read.") }
    let perGroup = concepts / groups
    var list: [Concept] = []
    var groupList: [ConceptGroup] = []
    for g in 0..<groups {
        var members: [String] = []
        for m in 0..<perGroup {
            let n = g * perGroup + m
            list.append(
                Concept(
                    id: "c\(n)", term: "Thing \(n) name",
                    definition: "A kind of thing that does job \(n + 50_000) in the body",
                    section: "s\(n % 10)"))
            members.append("c\(n)")
        }
        groupList.append(
            ConceptGroup(
                id: "g\(g)", label: "kinds of group \(g)", memberNoun: "a kind of group \(g)", section: "s\(g % 10)",
                members: members,
                nonMembers: ["Other \(g) one", "Other \(g) two", "Other \(g) three"]))
    }
    return Bank(
        metadata: BankMetadata(id: "synthetic", title: "Synthetic"), sections: sections, concepts: list,
        groups: groupList)
}

/// A database with `learners` × `items` review-state rows, made once and kept in the temporary folder.
func largeDatabase(learners: Int, items: Int) throws -> String {
    // The schema's version is in the name: a file made by an older schema is not reused.
    let path = NSTemporaryDirectory() + "teachback-bench-v5-\(learners)x\(items).sqlite"
    if FileManager.default.fileExists(atPath: path) { return path }
    let building = path + ".building"
    try? FileManager.default.removeItem(atPath: building)
    let store = try LearnerStore.open(path: building)
    try store.populateForBenchmark(learners: learners, items: items, now: Date(timeIntervalSince1970: 1_780_000_000))
    store.close()
    try FileManager.default.moveItem(atPath: building, toPath: path)
    return path
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal], timeUnits: .microseconds, warmupIterations: 3,
        maxDuration: .seconds(10), maxIterations: 10_000)

    // Issue 4: the in-process FSRS step, goal ≥ 10 M reviews/s (≤ 100 ns a review).
    Benchmark(
        "FSRS review step (1,000 reviews per iteration)",
        configuration: .init(metrics: [.wallClock, .throughput], timeUnits: .nanoseconds, scalingFactor: .kilo)
    ) { benchmark in
        let fsrs = FSRS()
        let start = Date(timeIntervalSince1970: 1_704_067_200)
        let gaps: [TimeInterval] = [60, 600, 86_400 * 3, 3600, 86_400 * 20, 30, 86_400 * 90]
        let ratings: [Rating] = [.good, .good, .again, .hard, .good, .easy, .good]
        var state = ReviewState.new(at: start)
        var now = start
        for i in benchmark.scaledIterations {
            if i % 40 == 0 { state = .new(at: now) }
            state = fsrs.review(state, rating: ratings[i % 7], at: now)
            now = now.addingTimeInterval(gaps[i % 7])
        }
        blackHole(state)
    }

    // Issue 3: generation of a 10,000-concept bank in ≤ 0.5 s, and linear growth (10× concepts → ≤ 11× time).
    // Generating is timed; freeing the result afterwards is not (the caller keeps the items, and freeing 30,000 items
    // at once is its own cost). The second pair times both, so the cost of freeing is seen too.
    for (concepts, groups) in [(1_000, 10), (10_000, 100)] {
        let bank = syntheticBank(concepts: concepts, groups: groups)
        Benchmark(
            "Generate items, \(concepts) concepts in \(groups) groups",
            configuration: .init(
                metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, maxIterations: 30)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                benchmark.startMeasurement()
                let result = QuestionGenerator.generate(bank, seed: 1)
                benchmark.stopMeasurement()
                blackHole(result.items.count)
            }
        }
        Benchmark(
            "Generate and free items, \(concepts) concepts in \(groups) groups",
            configuration: .init(metrics: [.wallClock], timeUnits: .milliseconds, maxIterations: 30)
        ) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(QuestionGenerator.generate(bank, seed: 1).items.count) }
        }
    }

    // Issue 5: due items for one learner among 10 M review-state rows, goal ≤ 1 ms.
    Benchmark(
        "Due items query, 10 M review-state rows",
        configuration: .init(metrics: [.wallClock], timeUnits: .microseconds, maxDuration: .seconds(5), setup: {})
    ) { benchmark in
        let path = try largeDatabase(learners: 1_000, items: 10_000)
        let store = try LearnerStore.open(path: path)
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        var learner: LearnerID = 1
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try store.dueItems(learnerID: learner, bankID: "benchmark", at: now, limit: 200))
            learner = LearnerID(learner.rawValue % 1_000 + 1)
        }
        benchmark.stopMeasurement()
        store.close()
    }

    // Issue 5: recording an answer: FSRS step + one durable transaction (synchronous=FULL), on a real file.
    Benchmark(
        "Record an answer (FSRS step + durable transaction)",
        configuration: .init(
            metrics: [.wallClock], timeUnits: .microseconds, maxDuration: .seconds(10), maxIterations: 3_000)
    ) { benchmark in
        let path = NSTemporaryDirectory() + "teachback-bench-answers-\(getpid()).sqlite"
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let store = try LearnerStore.open(path: path)
        let learner = try store.addLearner("Bench", at: Date())
        let session = try store.startSession(
            NewSession(learnerID: learner.id, mode: .review, bankID: "b", startedAt: Date()))
        let fsrs = FSRS()
        var states: [String: ReviewState] = [:]
        var n = 0
        for _ in benchmark.scaledIterations {
            let item = "item-\(n % 500)"
            let now = Date()
            let previous = states[item]
            let next = fsrs.review(previous ?? .new(at: now), rating: .good, at: now)
            benchmark.startMeasurement()
            _ = try store.recordAnswer(
                AnswerRecord(
                    learnerID: learner.id, sessionID: session, bankID: "b", itemID: item, itemVersion: "v", section: "s", chosen: 0,
                    chosenText: "A",
                    correct: true, responseMilliseconds: 1500, answeredAt: now, rating: .good, previousState: previous,
                    newState: next))
            benchmark.stopMeasurement()
            states[item] = next
            n += 1
        }
        store.close()
    }
}
