import ArgumentParser
import ContentModel
import Drafting
import Foundation
import QuestionGeneration
import TerminalUI
import Words

extension BankCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: helpText("Review a bank element by element, and record the review when all is accepted."),
            discussion: helpText(
                "Shows each element with its quotes, the problems 'bank check' finds in it and the questions made from it with their findings. Accept it, edit it in your editor ($VISUAL or $EDITOR), drop it, or say why it goes beyond the source. Progress is kept in the bank's folder; an element changed since it was accepted is shown again. When every element is accepted and the bank passes check and lint, bank.yaml records who reviewed it and when."
            ))

        @Argument(help: helpText("The bank folder.")) var bank: String
        @Option(help: helpText("Your name as the review records it (asked when the review is complete if not given)."))
        var reviewer: String?
        @OptionGroup var store: StoreOptions
        @OptionGroup var nurseOptions: NurseOptions
        @Flag(help: helpText("Line by line, for screen readers, pipes and scripts.")) var plain = false
        @Flag(name: .customLong("no-color"), help: helpText("No colour (also when NO_COLOR is set).")) var noColor =
            false

        func run() throws {
            guard RegularFile.kind(at: bank) == S_IFDIR else {
                throw Failure(
                    Message(
                        "{path} is not a bank folder; give the folder 'bank draft' wrote (or any bank folder)",
                        ["path": bank]))
            }
            if reviewer != nil && nurseOptions.nurse != nil {
                throw Failure(Message("give --reviewer NAME or --nurse ACCOUNT, not both"))
            }
            // On a clinic's server the reviewer is a nurse account that signs in: the review names the account, as a
            // chart entry does, never a typed name.
            var name = reviewer
            if nurseOptions.nurse != nil {
                let db = try store.open()
                if let signed = try nurseOptions.signIn(db) {
                    name = Message(
                        "{display} (nurse account {account})", ["display": signed.displayName, "account": signed.name]
                    ).text(commandLanguage.words)
                }
            }
            let session = try ReviewSession(folder: bank, reviewer: name)
            for problem in session.readProblems { printError(problem.text(commandLanguage.words)) }
            if let (by, on) = session.unchangedSinceReview {
                say(
                    Message.plural(
                        "Nothing changed since the review by {name} on {day}: its {count} element is as it was accepted.",
                        "Nothing changed since the review by {name} on {day}: all {count} elements are as they were accepted.",
                        count: session.total, ["name": by, "day": on]))
                return
            }
            let environment = ProcessInfo.processInfo.environment
            let fullScreen =
                !plain && isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 && environment["TERM"] != "dumb"
            if fullScreen {
                let useColor = !noColor && (environment["NO_COLOR"].map { $0.isEmpty } ?? true)
                let screen = ReviewScreen(session: session)
                let signal = PagerUI(model: screen, useColor: useColor).run()
                if let notice = screen.closingWords { say(notice) }
                if signal != 0 { throw ExitCode(128 + signal) }
                if screen.failed { throw ExitCode(1) }
            } else {
                try PlainReview(session: session).run()
            }
        }
    }
}

/// `bank review` line by line: each element printed, a letter read.
struct PlainReview {
    let session: ReviewSession

    func run() throws {
        say(
            Message.plural(
                "{pending} of {count} element to review; answer with a letter and Enter. Your progress is kept: quit at any time and run the same command again to go on.",
                "{pending} of {count} elements to review; answer with a letter and Enter. Your progress is kept: quit at any time and run the same command again to go on.",
                count: session.total, ["pending": session.pending.count]))
        while let element = session.current {
            print("")
            for line in session.describe(element) { print(line.text) }
            print(ReviewSession.keys)
            guard let answer = ask(commandLanguage.text("Your choice:", context: "bank review's prompt")) else {
                return quit()
            }
            switch answer.lowercased() {
            case "a": say(try session.accept(element))
            case "e": if let problem = session.edit(element) { say(problem) }
            case "d":
                guard
                    let sure = ask(
                        commandLanguage.text(
                            "Drop {kind} '{id}' from {file}? Type y to drop it:",
                            ["kind": element.kind, "id": element.id, "file": element.file])),
                    ["y", "s", "yes", "sí", "si"].contains(sure.lowercased())
                else { continue }
                say(try session.drop(element))
            case "b":
                guard
                    let reason = ask(
                        commandLanguage.text(
                            "Why does it go beyond the source, and on what authority? (one line; empty to cancel)")),
                    !reason.isEmpty
                else { continue }
                say(try session.beyondSource(element, reason: reason))
            case "s": session.skip(element)
            case "q": return quit()
            default: say(ReviewSession.wrongKey)
            }
        }
        let completion = session.completion
        switch completion {
        case .needsName:
            var name = session.reviewer?.trimmingCharacters(in: .whitespaces) ?? ""
            while name.isEmpty {
                guard
                    let typed = ask(
                        commandLanguage.text("Your name, as the review records it (for example: J. Smith, RN):"))
                else { return quit() }
                name = typed
            }
            say(try session.record(name: name))
        case .left:
            if let message = session.completionMessage(completion) { say(message) }
        case .checkFails(let problems):
            if let message = session.completionMessage(completion) { say(message) }
            for problem in problems.prefix(10) { printError(problem.text(commandLanguage.words)) }
            throw ExitCode(1)
        case .lintFails:
            if let message = session.completionMessage(completion) { say(message) }
            throw ExitCode(1)
        }
    }

    func quit() {
        say(
            Message.plural(
                "Stopped. {count} element is left to review; run the same command to go on.",
                "Stopped. {count} elements are left to review; run the same command to go on.",
                count: session.pending.count))
    }

    /// A line from standard input, trimmed, without control characters; nil at its end.
    func ask(_ prompt: String) -> String? {
        print(prompt + " ", terminator: "")
        fflush(nil)
        guard let line = readLine() else {
            print("")
            return nil
        }
        return line.trimmingCharacters(in: .whitespaces).filter { !$0.isASCII || ($0.asciiValue ?? 0) >= 0x20 }
    }
}
