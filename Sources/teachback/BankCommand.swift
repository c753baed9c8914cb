import ArgumentParser
import ContentModel

struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Check a question bank and see the questions made from it.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a bank: one line of counts, or every problem as FILE:LINE:COLUMN: error: MESSAGE.")

        @OptionGroup var bankOptions: BankOptions

        func run() throws {
            let bank = try bankOptions.load()
            print("\(bank.metadata.id): \(bank.countsLine)")
        }
    }
}
