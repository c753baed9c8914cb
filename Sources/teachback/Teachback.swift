import ArgumentParser
import BuiltInBank
import ContentModel
import Foundation
import QuestionGeneration

@main
struct Teachback: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teachback",
        abstract: "Learn about your treatment by answering questions, and keep track of what you know.",
        version: "0.1.0",
        subcommands: [
            QuizCommand.self, ReportCommand.self, StatsCommand.self, LearnerCommand.self, BankCommand.self,
            ScheduleCommand.self,
            DebugCommand.self,
        ],
        defaultSubcommand: QuizCommand.self
    )
}

/// The `--bank PATH` option shared by every command that reads a bank.
struct BankOptions: ParsableArguments {
    @Option(name: .long, help: "A bank folder or .yaml file to use instead of the built-in bank.")
    var bank: String?

    /// The bank and its generated questions, from the cache when this exact bank was loaded before.
    func loadWithItems() throws -> (Bank, [Item]) {
        let environment = ProcessInfo.processInfo.environment
        guard let path = bank ?? BuiltInBank.path else { return try generated(load()) }
        if let cached = BankCache.read(bankPath: path, environment: environment) { return cached }
        let result = try generated(load())
        BankCache.write(bank: result.0, items: result.1, bankPath: path, environment: environment)
        return result
    }

    func generated(_ bank: Bank) -> (Bank, [Item]) { (bank, QuestionGenerator.generate(bank, seed: 0).items) }

    /// Loads the chosen bank, printing every problem as FILE:LINE:COLUMN and exiting 1 if it is invalid.
    func load() throws -> Bank {
        guard let path = bank ?? BuiltInBank.path else {
            throw Failure("the built-in bank is missing from this build; reinstall Teachback or pass --bank PATH")
        }
        do {
            return try BankLoader.load(path: path, displayPath: bank ?? "built-in bank")
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}

/// A message for the user and exit code 1, without a stack trace.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
