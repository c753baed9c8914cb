import ArgumentParser
import Foundation
import Words
import Scheduling

struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: helpText("Work with the spaced-repetition scheduler directly."),
        subcommands: [Replay.self]
    )

    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "replay",
            abstract: helpText(
                "Replay review histories: CSV on stdin (card_id,review_time,rating), schedules on stdout."),
            discussion: helpText(
                "Output columns: card_id,review_time,rating,state,step,stability,difficulty,due. Times are ISO-8601 UTC like 2024-01-06T17:42:36Z; ratings 1-4 (Again, Hard, Good, Easy). FSRS runs without fuzz so results are repeatable. For SM-2, ratings 1-4 are qualities 1, 3, 4, 5; stability is the interval in days and difficulty the easiness factor."
            ))

        @Option(help: helpText("fsrs or sm2.")) var algorithm: AlgorithmChoice = .fsrs
        @Option(help: helpText("Desired retention for FSRS, between 0 and 1.")) var retention: Double = 0.9

        func validate() throws {
            guard retention > 0, retention < 1 else {
                throw invalid(Message("--retention must be between 0 and 1 (for example 0.9)"))
            }
        }

        func run() throws {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            do {
                let output = try Scheduling.Replay.run(
                    bytes: [UInt8](data), scheduler: Scheduler(algorithm.algorithm, desiredRetention: retention))
                FileHandle.standardOutput.write(Data(output))
            } catch let error as Scheduling.Replay.RowError {
                let problem: Message =
                    switch error.problem {
                    case .header(let expected):
                        Message("the first line must be the header '{header}'", ["header": expected])
                    case .fieldCount(let found):
                        Message(
                            "expected 3 fields (card_id,review_time,rating), found {found}", ["found": found])
                    case .emptyID: Message("card_id is empty")
                    case .time(let text):
                        Message(
                            "review_time '{value}' is not an ISO-8601 UTC time like 2024-01-06T17:42:36Z",
                            ["value": text])
                    case .rating(let text): Message("rating '{value}' must be 1, 2, 3 or 4", ["value": text])
                    }
                printError(
                    Message("stdin:{line}: error: {problem}", ["line": error.line, "problem": problem]))
                throw ExitCode(1)
            }
        }
    }
}

enum AlgorithmChoice: String, ExpressibleByArgument, CaseIterable {
    case fsrs, sm2
    var algorithm: Algorithm { self == .fsrs ? .fsrs : .sm2 }
}
