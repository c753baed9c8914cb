import Foundation
import QuestionGeneration
import QuizEngine

/// The session line by line, for screen readers, pipes and scripts: no cursor movement, no escape sequences.
///
/// Each question prints `Question N of M`, the stem and lettered options, then reads one line: a letter (or
/// number), `q` to stop, `u` to take back the last answer, `r` to read the section. End of input stops, keeping
/// every answer already given.
public final class PlainUI {
    let driver: QuizDriver
    let input: () -> String?
    let write: (String) -> Void
    /// Repeat each answer read after its prompt, so a transcript of piped input reads well.
    let echo: Bool

    public init(
        driver: QuizDriver, echo: Bool, readLine: @escaping () -> String? = { Swift.readLine() },
        write: @escaping (String) -> Void
    ) {
        self.driver = driver
        self.echo = echo
        self.input = readLine
        self.write = write
    }

    func readLine() -> String? {
        let line = input()
        if echo, let line { write(TextLayout.sanitize(line) + "\n") }
        return line
    }

    func say(_ text: String = "") { write(TextLayout.sanitize(text) + "\n") }

    /// Runs one session (the mode chosen on the command line) and returns when it ends.
    public func run() {
        var state: AppState { driver.state }
        if case .learnerPicker = state.screen {
            say("Teachback: \(AppState.disclaimer)")
            while case .learnerPicker = driver.state.screen, !driver.state.isFinished {
                write("Your name or code: ")
                guard let line = readLine() else { return }
                let name = line.trimmingCharacters(in: .whitespaces)
                if name.isEmpty { continue }
                for ch in name { driver.send(.character(ch)) }
                driver.send(.enter)
            }
        }
        if case .home = state.screen, let notice = state.notice {
            say(notice)
            return
        }
        var lastPrinted: String?
        while !state.isFinished {
            switch state.screen {
            case .question:
                guard let s = state.session, let id = s.currentItemID, let item = state.context.itemsByID[id] else {
                    return
                }
                let marker = "\(s.position)-\(s.queue.count)-\(id)"
                if lastPrinted != marker {
                    printQuestion(
                        item, number: s.position + 1, of: s.queue.count,
                        section: state.context.bank.section(item.section)?.title)
                    lastPrinted = marker
                }
                if let notice = state.notice { say(notice) }
                let last = Character(UnicodeScalar(UInt8(64 + item.options.count)))
                write("Your answer (A to \(last), or q to stop): ")
                guard let line = readLine() else {
                    stop()
                    return
                }
                answer(line.trimmingCharacters(in: .whitespaces))
            case .confidence:
                write("How sure were you? 1 Sure, 2 Not sure, 3 I guessed: ")
                guard let line = readLine() else {
                    stop()
                    return
                }
                if let c = line.trimmingCharacters(in: .whitespaces).first { driver.send(.character(c)) }
            case .feedback:
                printFeedback()
                driver.send(.enter)
            case .summary:
                printSummary()
                return
            default:
                if let notice = state.notice { say(notice) }
                return
            }
        }
    }

    func stop() {
        driver.finish()
        say()
        say("Stopped. Your answers are saved.")
        if driver.state.finished?.outcomes.isEmpty == false { printSummary() }
    }

    func answer(_ line: String) {
        guard let first = line.first else { return }
        switch Character(first.lowercased()) {
        case "q":
            driver.send(.character("q"))
            if driver.state.finished == nil { stop() }
        case "r":
            guard let item = driver.state.session?.currentItemID.flatMap({ driver.state.context.itemsByID[$0] }),
                let section = driver.state.context.bank.section(item.section)
            else { return }
            say(section.title + ":")
            say(section.passage.split(separator: "\n").joined(separator: " "))
            say()
        case "?":
            say(
                "Type the letter of your answer and press Enter. q stops (answers are saved), u takes back the last answer, r reads the material."
            )
        default:
            driver.send(.character(first))
            if case .question = driver.state.screen, driver.state.notice == "Your last answer was taken back." {
                say(driver.state.notice ?? "")
            }
        }
    }

    func printQuestion(_ item: Item, number: Int, of total: Int, section: String?) {
        say()
        say("Question \(number) of \(total)" + (section.map { " (\($0))" } ?? ""))
        if item.critical { say("Safety question.") }
        say(item.stem)
        for (i, option) in item.options.enumerated() {
            say("\(Character(UnicodeScalar(UInt8(65 + i)))). \(option)")
        }
    }

    func printFeedback() {
        let state = driver.state
        guard let s = state.session, let outcome = s.lastOutcome, let item = state.context.itemsByID[outcome.itemID]
        else { return }
        let letter = Character(UnicodeScalar(UInt8(65 + item.answer)))
        say(outcome.correct ? "Correct." : "Not quite.")
        say("The answer is \(letter). \(item.key)")
        if item.explanation != item.key { say(item.explanation) }
        if !outcome.correct, let feedback = item.feedback[outcome.chosen] { say("About your answer: \(feedback)") }
        if let due = outcome.due {
            say("You will see this question again \(TextLayout.relative(from: state.now, to: due)).")
        }
    }

    func printSummary() {
        let state = driver.state
        guard let s = state.finished else { return }
        let (asked, correct) = AppState.score(s)
        say()
        say("\(correct) of \(asked) correct")
        let missed = s.outcomes.filter { !$0.correct }.map(\.itemID).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        if !missed.isEmpty {
            say("Questions to go over:")
            for id in missed {
                guard let item = state.context.itemsByID[id] else { continue }
                say("- \(item.stem) Answer: \(item.key)")
                if state.facilitator != nil {
                    let prompt = TeachBack.prompt(for: item, in: state.context.bank)
                    say("  Teach-back: ask \"\(prompt.ask)\" Listen for: \(prompt.listenFor)")
                }
            }
        }
        if let next = s.outcomes.compactMap(\.due).min() {
            say("Next review \(TextLayout.relative(from: state.now, to: next)).")
        }
    }
}
