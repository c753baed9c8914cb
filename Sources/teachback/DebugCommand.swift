import ArgumentParser
import Foundation
import LearnerStore
import QuizEngine
import Scheduling

/// Hidden commands used by the durability tests: they drive the store the way a session does.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug", abstract: "Commands for tests.", shouldDisplay: false, subcommands: [AnswerStream.self])

    /// Records `count` answers as fast as it can, printing each attempt id once it is committed.
    struct AnswerStream: ParsableCommand {
        @OptionGroup var store: StoreOptions
        @Option var learner: String
        @Option var count: Int = 1000
        @Option var items: Int = 50

        func run() throws {
            let db = try store.open()
            let who = try reportingStoreErrors {
                if let existing = try db.learner(named: learner) { return existing }
                do {
                    return try db.addLearner(learner, at: Date())
                } catch StoreError.learnerExists {
                    // Another process added it first.
                    guard let existing = try db.learner(named: learner) else { throw StoreError.noSuchLearner(name: learner) }
                    return existing
                }
            }
            let scheduler = who.settings.scheduler
            try reportingStoreErrors {
                let session = try db.startSession(NewSession(learnerID: who.id, mode: .review, bankID: "debug", startedAt: Date()))
                var states = try db.reviewStates(learnerID: who.id)
                for n in 0..<count {
                    let item = "item-\(n % items)"
                    let now = Date()
                    let previous = states[item]
                    let correct = n % 3 != 0
                    let rating = Grading.rating(correct: correct, confidence: nil)
                    let next = scheduler.review(previous ?? .new(at: now), rating: rating, at: now)
                    let id = try db.recordAnswer(
                        AnswerRecord(
                            learnerID: who.id, sessionID: session, itemID: item, itemVersion: "v", section: "s", chosen: correct ? 0 : 1,
                            chosenText: "option", correct: correct, responseMilliseconds: 1000, answeredAt: now, rating: rating,
                            previousState: previous, newState: next))
                    states[item] = next
                    FileHandle.standardOutput.write(Data("committed \(id)\n".utf8))
                }
            }
        }
    }
}
