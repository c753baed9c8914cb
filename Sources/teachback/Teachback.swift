import ArgumentParser
import BuiltInBank
import ContentModel
import Foundation
import Words
import LearnerModel
import QuizEngine
import QuestionGeneration

@main
struct Teachback: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teachback",
        abstract: helpText("Learn about your treatment by answering questions, and keep track of what you know."),
        version: "0.2.0",
        subcommands: [
            QuizCommand.self, ReportCommand.self, StatsCommand.self, LearnerCommand.self, BankCommand.self,
            ScheduleCommand.self, PlanCommand.self, RosterCommand.self, DbCommand.self, AuditCommand.self,
            NurseCommand.self,
            DebugCommand.self,
        ],
        defaultSubcommand: QuizCommand.self
    )
}

/// The `--bank PATH` and `--topic ID` options shared by every command that reads a bank.
struct BankOptions: ParsableArguments {
    @Option(name: .long, help: helpText("A bank folder or .yaml file to use instead of the built-in bank."))
    var bank: String?
    @Option(
        name: .long, help: helpText("A topic by its bank id: built in, or installed with 'teachback bank install'."))
    var topic: String?

    mutating func validate() throws {
        if bank != nil && topic != nil { throw invalid(Message("give --bank PATH or --topic ID, not both")) }
        // `--bank immunotherapy-recurrence-es`: a bank's id where no such file or folder is, is the topic by that id.
        if let name = bank, !name.contains("/"), !FileManager.default.fileExists(atPath: name) {
            topic = name
            bank = nil
        }
    }

    /// Every bank there is, or the problem printed and exit 1.
    func catalogue() throws -> Catalogue {
        do {
            let catalogue = try Catalogue.load(commandLineBank: bank, environment: ProcessInfo.processInfo.environment)
            for problem in catalogue.problems {
                printError(
                    Message(
                        "warning: the library bank at {path} cannot be used, so it is left out:", ["path": problem.path]
                    ))
                printError(problem.message)
            }
            return catalogue
        } catch let error as BankLoadError {
            printError(error.text(commandLanguage.words))
            throw ExitCode(1)
        } catch let error as DuplicateBankID {
            printError(Message("error: {message}", ["message": error.message]))
            throw ExitCode(1)
        }
    }

    /// The catalogue's entry for `--topic ID`, or a message listing the topics there are and exit 1.
    func entry(_ id: String, in catalogue: Catalogue) throws -> CatalogueEntry {
        guard let entry = catalogue.entry(id) else {
            let known = catalogue.entries.map(\.id).joined(separator: ", ")
            printError(
                Message(
                    "error: no topic '{id}'; the topics are: {known}. See 'teachback bank list'.",
                    ["id": id, "known": known]))
            throw ExitCode(1)
        }
        return entry
    }

    /// Loads the chosen bank, printing every problem as FILE:LINE:COLUMN and exiting 1 if it is invalid.
    func load() throws -> Bank {
        if let topic {
            let entry = try entry(topic, in: try catalogue())
            return try Self.load(path: entry.path, shown: entry.origin == .builtIn ? Self.builtInShown : entry.path)
        }
        guard let path = bank ?? BuiltInBank.path else {
            throw Failure(
                Message("the built-in bank is missing from this build; reinstall Teachback or pass --bank PATH"))
        }
        return try Self.load(path: path, shown: bank ?? Self.builtInShown)
    }

    /// What a problem in the built-in bank names in place of its file.
    static var builtInShown: String {
        commandLanguage.text("built-in bank", context: "named in place of a file, before :LINE:COLUMN")
    }

    static func load(path: String, shown: String) throws -> Bank {
        do {
            return try BankLoader.load(path: path, displayPath: shown)
        } catch {
            printError(error.text(commandLanguage.words))
            throw ExitCode(1)
        }
    }
}

/// A message for the user and exit code 1, without a stack trace.
/// A command's failure: what went wrong and what to do, in the command's language (argument-parser prints it after
/// "Error:").
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ message: Message) { description = message.text(commandLanguage.words) }
    /// Words already said in the command's language (another error's).
    init(_ text: String) { description = text }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// The language a command speaks: the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`), English when it names none
/// Teachback speaks.
let commandLanguage: Language = Language.fromEnvironment(ProcessInfo.processInfo.environment) ?? .english

/// A command's help text (`--help`: its abstract, discussion and options) in the command's language; the English is
/// the catalogue's key. Argument-parser's own words around it ("USAGE:", "OPTIONS:", "Error:") stay English.
func helpText(_ english: String) -> String { commandLanguage.words.text(english) }

/// An option's or argument's help in the command's language.
func helpText(_ english: String) -> ArgumentHelp { ArgumentHelp(commandLanguage.words.text(english)) }

/// An argument that cannot be used, said in the command's language (argument-parser prints it with the usage).
func invalid(_ message: Message) -> ValidationError { ValidationError(message.text(commandLanguage.words)) }

/// Prints a message on standard output in the command's language.
func say(_ message: Message) { print(message.text(commandLanguage.words)) }

/// Prints a message in the command's language.
func printError(_ message: Message) { printError(message.text(commandLanguage.words)) }

/// Prints a store's error in the command's language: what went wrong, where, and what to do.
func printError(_ error: StoreError) {
    let l = commandLanguage
    printError(l.text("error: {message}", ["message": error.message(l.words)]))
}
