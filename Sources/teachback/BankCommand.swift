import ArgumentParser
import ContentModel
import Foundation
import QuestionGeneration
import Reports

struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Check a question bank and see the questions made from it.",
        subcommands: [Check.self, Lint.self, Items.self, Export.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a bank: one line of counts, or every problem as FILE:LINE:COLUMN: error: MESSAGE.")

        @OptionGroup var bankOptions: BankOptions

        func run() throws {
            let bank = try bankOptions.load()
            print("\(bank.metadata.id): \(bank.countsLine)")
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Apply the item-writing checks to every generated question; exit 1 if any question fails.")

        @OptionGroup var bankOptions: BankOptions
        @Flag(help: "Also list the repairs the generator made.") var verbose = false

        func run() throws {
            let bank = try bankOptions.load()
            let result = QuestionGenerator.generate(bank, seed: 0)
            let failures = result.findings.filter { !$0.repaired }
            for finding in result.findings where verbose || !finding.repaired {
                print(finding.description)
            }
            // Cues across the bank: true-or-false balance, and a test-wise guesser beside pure chance.
            let bankFindings = QuestionGenerator.bankFindings(bank, items: result.items)
            for finding in bankFindings { print(finding.description) }
            let failed = Set(failures.map(\.itemID)).count
            print("\(result.items.count) items passed, \(failed) failed")
            print(TestWiseGuesser.score(result.items).description)
            if failed > 0 || !bankFindings.isEmpty { throw ExitCode(1) }
        }
    }

    struct Items: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "items",
            abstract: "List the questions generated from a bank, for review (text) or for other tools (json).")

        @OptionGroup var bankOptions: BankOptions
        @Option(help: "Places the options; ids and wording do not depend on it.") var seed: UInt64 = 1
        @Option(help: "text or json.") var format: ItemsFormat = .text

        enum ItemsFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run() throws {
            let bank = try bankOptions.load()
            let items = QuestionGenerator.generate(bank, seed: seed).items
            switch format {
            case .json:
                FileHandle.standardOutput.write(Data(BankExport.json(bankID: bank.metadata.id, items: items).utf8))
            case .text:
                print("\(bank.metadata.title) (\(bank.metadata.id), version \(bank.metadata.version))")
                print(bank.metadata.reviewLine)
                print("\(items.count) questions. The right answer is marked with *.\n")
                for (n, item) in items.enumerated() {
                    let flags = item.critical ? "  [critical]" : ""
                    print("\(n + 1). [\(item.id)] section: \(item.section), grade \(item.readingGrade)\(flags)")
                    print("   \(item.stem)")
                    for (i, option) in item.options.enumerated() {
                        let letter = OptionLetter.uppercase(i)
                        print("   \(i == item.answer ? "*" : " ") \(letter). \(option)")
                    }
                    print("   Why: \(item.explanation)\n")
                }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export the generated questions: gift (Moodle), anki (Anki text import), csv or json.")

        @OptionGroup var bankOptions: BankOptions
        @Option(help: "gift, anki, csv or json.") var format: ExportFormat
        @Option(help: "Places the options.") var seed: UInt64 = 1
        @Option(help: "Write to this file instead of standard output.") var out: String?

        enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
            case gift, anki, csv, json
            var format: BankExport.Format { BankExport.Format(rawValue: rawValue) ?? .json }
        }

        func run() throws {
            let bank = try bankOptions.load()
            let items = QuestionGenerator.generate(bank, seed: seed).items
            try emit(BankExport.render(format.format, bank: bank, items: items), to: out)
        }
    }
}
