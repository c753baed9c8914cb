// not a message (whole file): hidden commands for the tests and benchmarks; their help and output are read by scripts.
import ArgumentParser
import ClinicStore
import ContentModel
import Foundation
import Words
import QuestionGeneration
import LearnerStore
import LearnerModel
import Scheduling

/// Hidden commands used by the durability tests: they drive the store the way a session does.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug", abstract: "Commands for tests.", shouldDisplay: false,
        subcommands: [
            AnswerStream.self, BenchAnswers.self, BenchBareCommit.self, BenchDue.self, BenchGenerate.self,
            AdversaryOnItems.self,
        ])

    /// Records `count` answers as fast as it can, printing each attempt id once it is committed.
    struct AnswerStream: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "answer-stream")
        @OptionGroup var store: StoreOptions
        @Option var learner: String
        @Option var count: Int = 1000
        @Option var items: Int = 50

        func run() throws {
            let db = try store.openFile()
            try reportingStoreErrors { try db.claimForBenchmark() }
            let who = try reportingStoreErrors {
                if let existing = try db.learner(named: learner) { return existing }
                do {
                    return try db.addLearner(learner, at: Now.current())
                } catch StoreError.learnerExists {
                    // Another process added it first.
                    guard let existing = try db.learner(named: learner) else {
                        throw StoreError.noSuchLearner(name: learner)
                    }
                    return existing
                }
            }
            let scheduler = who.settings.scheduler
            try reportingStoreErrors {
                let session = try db.startSession(
                    NewSession(learnerID: who.id, mode: .review, bankID: "debug", startedAt: Now.current()))
                var states = try db.reviewStates(learnerID: who.id, bankID: "debug")
                for n in 0..<count {
                    let item = "item-\(n % items)"
                    let now = Now.current()
                    let previous = states[item]
                    let correct = n % 3 != 0
                    let rating = Grading.rating(correct: correct, confidence: nil)
                    let next = scheduler.review(previous ?? .new(at: now), rating: rating, at: now)
                    let id = try db.recordAnswer(
                        AnswerRecord(
                            learnerID: who.id, sessionID: session, bankID: "debug", itemID: item, itemVersion: "v",
                            section: "s",
                            chosen: correct ? 0 : 1,
                            chosenText: "option", correct: correct, responseMilliseconds: 1000, answeredAt: now,
                            rating: rating,
                            previousState: previous, newState: next))
                    states[item] = next
                    FileHandle.standardOutput.write(Data("committed \(id)\n".utf8))
                }
            }
        }
    }

    /// Times recording answers (FSRS step + one durable transaction) and prints p50 and p99 in microseconds.
    struct BenchAnswers: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "bench-answers")
        @OptionGroup var store: StoreOptions
        @Option var count: Int = 2000
        @Option var items: Int = 500

        @Option(help: "Also write every answer's time, in microseconds, one a line, to this file.") var timesOut:
            String?

        func run() throws {
            let db = try store.open()
            defer { db.close() }
            try reportingStoreErrors {
                switch db {
                case let file as LearnerStore: try file.claimForBenchmark()
                case let server as ClinicStore: try server.claimForBenchmark()
                default: break
                }
            }
            let who = try reportingStoreErrors { try db.findOrAddLearner("bench-\(getpid())", at: Now.current()) }
            let began = DispatchTime.now().uptimeNanoseconds
            let fsrs = FSRS()
            var times: [Double] = []
            try reportingStoreErrors {
                let session = try db.startSession(
                    NewSession(learnerID: who.id, mode: .review, bankID: "bench", startedAt: Now.current()))
                var states: [String: ReviewState] = [:]
                for n in 0..<count {
                    let item = "item-\(n % items)"
                    let start = DispatchTime.now().uptimeNanoseconds
                    let now = Now.current()
                    let previous = states[item]
                    let next = fsrs.review(previous ?? .new(at: now), rating: .good, at: now)
                    _ = try db.recordAnswer(
                        AnswerRecord(
                            learnerID: who.id, sessionID: session, bankID: "bench", itemID: item, itemVersion: "v",
                            section: "s",
                            chosen: 0,
                            chosenText: "A", correct: true, responseMilliseconds: 1500, answeredAt: now, rating: .good,
                            previousState: previous, newState: next))
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
                    states[item] = next
                }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
            if let timesOut {
                FileManager.default.createFile(
                    atPath: timesOut, contents: Data(times.map { String(format: "%.1f\n", $0) }.joined().utf8))
            }
            times.sort()
            func pct(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
            print(
                String(
                    format: "teachback answers=%d p50_us=%.1f p99_us=%.1f per_s=%.1f", times.count, pct(0.5), pct(0.99),
                    Double(times.count) / seconds))
        }
    }

    /// Times the due query for one learner among `learners` × `items` review states on a server (filled first if
    /// needed), and prints p50 and p99 in microseconds.
    struct BenchDue: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "bench-due")
        @OptionGroup var store: StoreOptions
        @Option var learners: Int = 1000
        @Option var items: Int = 10_000
        @Option var runs: Int = 2000

        func run() throws {
            guard store.isServer, let db = try store.open() as? ClinicStore else {
                throw Failure(Message("bench-due is for a server; the SQLite figure comes from Benchmarks/"))
            }
            defer { db.close() }
            let now = Date(timeIntervalSince1970: 1_780_000_000)
            let start = DispatchTime.now().uptimeNanoseconds
            if try reportingStoreErrors({ try db.populateForBenchmark(learners: learners, items: items, now: now) }) {
                printError(
                    "filled \(learners * items) review states in \((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000) s"
                )
            }
            var generator = SystemRandomNumberGenerator()
            var times: [Double] = []
            var found = 0
            try reportingStoreErrors {
                for _ in 0..<runs {
                    let learner = LearnerID(Int64.random(in: 1...Int64(learners), using: &generator))
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    found += try db.dueItems(learnerID: learner, bankID: "benchmark", at: now, limit: 200).count
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1000)
                }
            }
            times.sort()
            func pct(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
            print(
                String(
                    format: "due runs=%d p50_us=%.1f p99_us=%.1f mean_due=%.1f", times.count, pct(0.5), pct(0.99),
                    Double(found) / Double(runs)))
        }
    }

    /// Times the floor under recording an answer: two one-row statements committed with the store's durability
    /// settings in a new file, and prints p50 and p99 in microseconds.
    struct BenchBareCommit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "bench-bare-commit")
        @Option(help: "A new database file to write.") var db: String
        @Option var count: Int = 2000

        func run() throws {
            let times = try reportingStoreErrors { try LearnerStore.bareCommitTimes(path: db, count: count) }.sorted()
            func pct(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
            print(String(format: "bare answers=%d p50_us=%.1f p99_us=%.1f", times.count, pct(0.5), pct(0.99)))
        }
    }

    /// Times generation (with its item-writing checks) on a bank already loaded: prints each run and the median.
    struct BenchGenerate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "bench-generate")
        @OptionGroup var bankOptions: BankOptions
        @Option var runs: Int = 5

        func run() throws {
            let bank = try bankOptions.load()
            var times: [Double] = []
            // Each run's result is freed after its time is taken (freeing is not generating), and before the next run,
            // as the in-process benchmark does; the first run also pays for fresh memory.
            var count = 0
            // CPU time over all threads too: steadier than wall time on a busy machine, and it shows the work done.
            var cpu: [Double] = []
            func cpuMilliseconds() -> Double {
                var usage = rusage()
                getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
                func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
                return ms(usage.ru_utime) + ms(usage.ru_stime)
            }
            for _ in 0..<max(1, runs) {
                let cpuStart = cpuMilliseconds()
                let start = DispatchTime.now().uptimeNanoseconds
                var result: QuestionGenerator.Result? = QuestionGenerator.generate(bank, seed: 1)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                cpu.append(cpuMilliseconds() - cpuStart)
                count = result?.items.count ?? 0
                result = nil
            }
            let line = times.map { String(format: "%.1f", $0) }.joined(separator: " ")
            print(
                String(
                    format: "items=%d median_ms=%.1f cpu_median_ms=%.1f runs_ms=", count,
                    times.sorted()[times.count / 2],
                    cpu.sorted()[cpu.count / 2]) + line)
        }
    }
}

extension DebugCommand {
    /// The adversary on items a build printed with `bank items --format json` (an earlier release's too), for
    /// before-and-after tables: the report as `bank lint` prints it.
    struct AdversaryOnItems: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "adversary")
        @Option(help: "The items, as `bank items --format json` prints them.") var items: String
        @Option(help: "en or es.") var language: String = "en"
        @Option var sessions: Int = 200

        func run() throws {
            guard case .success(let bytes) = RegularFile.read(items, limit: 64 * 1_048_576),
                let read = try? AdversaryItem.items(fromJSON: Data(bytes))
            else {
                throw Failure(
                    Message(
                        "{items} is not a file of items as `bank items --format json` prints them", ["items": items]))
            }
            let report = Adversary.report(
                items: read, language: Phrasing(code: language), passages: [:], sessions: sessions)
            for line in AdversaryLines.lines(report) { print(line) }
            for failure in Adversary.failures(report) { print("fails: " + failure) }
        }
    }
}
