import ArgumentParser
import ContentModel
import Drafting
import Foundation
import QuestionGeneration
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

        func run() throws {
            guard RegularFile.kind(at: bank) == S_IFDIR else {
                throw Failure(
                    Message(
                        "{path} is not a bank folder; give the folder 'bank draft' wrote (or any bank folder)",
                        ["path": bank]))
            }
            var session = ReviewSession(folder: bank, reviewer: reviewer)
            try session.run()
        }
    }
}

/// One run of `bank review`: a line-by-line conversation on standard input and output.
struct ReviewSession {
    let folder: String
    var reviewer: String?
    var progress: ReviewProgress
    var today: String

    init(folder: String, reviewer: String?) {
        self.folder = folder
        self.reviewer = reviewer
        self.progress = ReviewProgress.load(folder: folder)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd"
        self.today = formatter.string(from: Now.current())
    }

    /// The bank as `bank check` sees it, and its generated items and findings when it loads.
    struct Checked {
        var problems: [BankProblem] = []
        var bank: Bank?
        var items: [Item] = []
        var findings: [LintFinding] = []
        var bankFindings: [LintFinding] = []
        var guesser: [String: Double] = [:]

        var lintPasses: Bool { bank != nil && findings.allSatisfy(\.repaired) && bankFindings.isEmpty }
    }

    func check() -> Checked {
        var checked = Checked()
        do {
            let bank = try BankLoader.load(path: folder)
            checked.bank = bank
            let result = QuestionGenerator.generate(bank, seed: 0)
            checked.items = result.items
            checked.findings = result.findings
            let (_, adversary) = QuestionGenerator.adversary(bank, items: result.items)
            checked.bankFindings =
                QuestionGenerator.bankFindings(bank, items: result.items)
                + QuestionGenerator.coverageFindings(bank, items: result.items, findings: result.findings) + adversary
            let verdicts = Adversary.verdicts(
                items: result.items.map(AdversaryItem.init), language: Phrasing(code: bank.metadata.language))
            checked.guesser = Dictionary(verdicts.map { ($0.id, $0.expected) }, uniquingKeysWith: { a, _ in a })
        } catch {
            checked.problems = error.problems
        }
        return checked
    }

    mutating func run() throws {
        var (outline, readProblems) = BankOutline.read(path: folder)
        for problem in readProblems { printError(problem.text(commandLanguage.words)) }
        guard !outline.elements.isEmpty else {
            throw Failure(Message("{path} has no elements to review", ["path": folder]))
        }
        progress.forgetMissing(outline)
        var pending = progress.pending(outline)
        let total = outline.elements.count
        if pending.isEmpty, let by = progress.reviewedBy, let on = progress.reviewedOn {
            say(
                Message.plural(
                    "Nothing changed since the review by {name} on {day}: its {count} element is as it was accepted.",
                    "Nothing changed since the review by {name} on {day}: all {count} elements are as they were accepted.",
                    count: total, ["name": by, "day": on]))
            return
        }
        say(
            Message.plural(
                "{pending} of {count} element to review; answer with a letter and Enter. Your progress is kept: quit at any time and run the same command again to go on.",
                "{pending} of {count} elements to review; answer with a letter and Enter. Your progress is kept: quit at any time and run the same command again to go on.",
                count: total, ["pending": pending.count]))
        var index = 0
        var skipped: Set<String> = []
        while index < pending.count {
            let element = pending[index]
            let checked = check()
            show(element, position: index + 1, of: pending.count, checked: checked)
            let mine = problems(of: element, in: checked)
            print(
                commandLanguage.text(
                    "a accept · e edit · d drop · b beyond the source · s skip · q quit", context: "bank review's keys")
            )
            guard let answer = ask(commandLanguage.text("Your choice:", context: "bank review's prompt")) else {
                return quit(pending: progress.pending(outline).count)
            }
            switch answer.lowercased() {
            case "a":
                if !mine.isEmpty {
                    say(
                        Message.plural(
                            "Not accepted: {count} problem is left in it. Edit it (e), or drop it (d).",
                            "Not accepted: {count} problems are left in it. Edit it (e), or drop it (d).",
                            count: mine.count))
                    continue
                }
                progress.decide(element, .accepted, on: today)
                try save()
                index += 1
            case "e":
                edit(element)
                (outline, readProblems) = BankOutline.read(path: folder)
                for problem in readProblems { printError(problem.text(commandLanguage.words)) }
                pending = progress.pending(outline).filter { !skipped.contains(ReviewProgress.key($0)) }
                index = pending.firstIndex { ReviewProgress.key($0) == ReviewProgress.key(element) } ?? 0
            case "d":
                guard
                    let sure = ask(
                        commandLanguage.text(
                            "Drop {kind} '{id}' from {file}? Type y to drop it:",
                            ["kind": element.kind, "id": element.id, "file": element.file])),
                    sure.lowercased() == "y" || sure.lowercased() == "s"
                else { continue }
                try BankEdits.drop(element)
                say(Message("Dropped {id}.", ["id": element.id]))
                (outline, _) = BankOutline.read(path: folder)
                progress.forgetMissing(outline)
                try save()
                pending = progress.pending(outline).filter { !skipped.contains(ReviewProgress.key($0)) }
                index = 0
            case "b":
                guard
                    let reason = ask(
                        commandLanguage.text(
                            "Why does it go beyond the source, and on what authority? (one line; empty to cancel)")),
                    !reason.isEmpty
                else { continue }
                try BankEdits.setBeyondSource(element, reason: reason)
                (outline, _) = BankOutline.read(path: folder)
                if let changed = outline.elements.first(where: { ReviewProgress.key($0) == ReviewProgress.key(element) }
                ) {
                    if problems(of: changed, in: check()).isEmpty {
                        progress.decide(changed, .beyondSource, reason: reason, on: today)
                        try save()
                    } else {
                        say(Message("Its reason is written; accept it once its other problems are fixed."))
                    }
                }
                pending = progress.pending(outline).filter { !skipped.contains(ReviewProgress.key($0)) }
                index = pending.firstIndex { ReviewProgress.key($0) == ReviewProgress.key(element) } ?? 0
            case "s":
                skipped.insert(ReviewProgress.key(element))
                index += 1
            case "q":
                return quit(pending: progress.pending(outline).count)
            default:
                say(Message("Type one of the letters a, e, d, b, s or q, then press Enter."))
            }
        }
        try finish(skipped: skipped.count)
    }

    func quit(pending: Int) {
        say(
            Message.plural(
                "Stopped. {count} element is left to review; run the same command to go on.",
                "Stopped. {count} elements are left to review; run the same command to go on.", count: pending))
    }

    /// Every element decided: the bank must pass check and lint before its review is recorded.
    mutating func finish(skipped: Int) throws {
        let (outline, _) = BankOutline.read(path: folder)
        let left = progress.pending(outline).count
        guard left == 0 else {
            say(
                Message.plural(
                    "{count} element is still to review (skipped or changed).",
                    "{count} elements are still to review (skipped or changed).", count: left))
            return
        }
        let checked = check()
        guard checked.bank != nil else {
            say(
                Message.plural(
                    "Every element is decided, but 'bank check' finds {count} problem; the review is not recorded yet.",
                    "Every element is decided, but 'bank check' finds {count} problems; the review is not recorded yet.",
                    count: checked.problems.count))
            for problem in checked.problems.prefix(10) { printError(problem.text(commandLanguage.words)) }
            throw ExitCode(1)
        }
        guard checked.lintPasses else {
            let count = checked.findings.filter { !$0.repaired }.count + checked.bankFindings.count
            say(
                Message.plural(
                    "Every element is decided, but 'bank lint' finds {count} problem; fix it (teachback bank lint --bank {path}) before the review is recorded.",
                    "Every element is decided, but 'bank lint' finds {count} problems; fix them (teachback bank lint --bank {path}) before the review is recorded.",
                    count: count, ["path": folder]))
            throw ExitCode(1)
        }
        var name = reviewer?.trimmingCharacters(in: .whitespaces) ?? ""
        while name.isEmpty {
            guard
                let typed = ask(
                    commandLanguage.text("Your name, as the review records it (for example: J. Smith, RN):"))
            else { return quit(pending: 0) }
            name = typed
        }
        guard let bankFile = outline.bankFile else {
            throw Failure(Message("no file of {path} holds the bank block", ["path": folder]))
        }
        try BankEdits.markReviewed(bankFile: bankFile, by: name, on: today)
        progress.reviewedBy = name
        progress.reviewedOn = today
        // The bank block changed; its element fingerprints did not.
        try save()
        say(
            Message(
                "Reviewed: {file} now says it was reviewed by {name} on {day}.",
                ["file": bankFile, "name": name, "day": today]))
    }

    func save() throws {
        do {
            try progress.save(folder: folder)
        } catch {
            throw Failure(
                Message(
                    "cannot keep the review's progress in {path}: {reason}",
                    ["path": folder + "/" + ReviewProgress.fileName, "reason": error.localizedDescription]))
        }
    }

    /// The problems `bank check` finds inside the element's lines.
    func problems(of e: BankOutline.Element, in checked: Checked) -> [BankProblem] {
        checked.problems.filter {
            $0.location.file == e.file && (e.line...e.lastLine).contains($0.location.line)
        }
    }

    func show(_ e: BankOutline.Element, position: Int, of count: Int, checked: Checked) {
        print("")
        say(
            Message(
                "[{n} of {count}] {kind} '{id}' ({file}:{line})",
                ["n": position, "count": count, "kind": e.kind, "id": e.id, "file": e.file, "line": e.line]))
        for line in e.text.split(separator: "\n", omittingEmptySubsequences: false) { print("  | " + line) }
        let mine = problems(of: e, in: checked)
        let toWrite = mine.filter(\.isPlaceholder)
        if !toWrite.isEmpty {
            say(
                Message.plural(
                    "To write: {count} place marked TO WRITE (line {lines}).",
                    "To write: {count} places marked TO WRITE (lines {lines}).", count: toWrite.count,
                    ["lines": toWrite.map { String($0.location.line) }.joined(separator: ", ")]))
        }
        for problem in mine where !problem.isPlaceholder { print("  " + problem.text(commandLanguage.words)) }
        if checked.bank == nil && mine.isEmpty && !checked.problems.isEmpty {
            say(Message("Its questions show once the whole bank passes 'bank check'."))
        }
        let items = checked.items.filter { $0.source == e.id }
        for item in items {
            say(Message("Question {id}:", ["id": item.id]))
            print("    " + item.stem)
            for (n, option) in item.options.enumerated() {
                print("    " + (n == item.answer ? "* " : "  ") + String(OptionLetter.uppercase(n)) + ". " + option)
            }
            if let expected = checked.guesser[item.id] {
                say(
                    Message(
                        "    a test-wise guesser who never read the handout gets it right {rate} of the time",
                        ["rate": AdversaryLines.percent(expected)]))
            }
            for finding in checked.findings where finding.itemID == item.id {
                print("    " + finding.text(commandLanguage.words))
            }
        }
    }

    /// Opens the element in the educator's editor at its first line, and waits for it to close.
    func edit(_ e: BankOutline.Element) {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor command may hold arguments ("code --wait"); the file and line are passed as arguments, never
        // pasted into the command.
        process.arguments = ["-c", editor + " \"$1\" \"$2\"", "sh", "+\(e.line)", e.file]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            say(Message("cannot start the editor '{editor}': set VISUAL or EDITOR", ["editor": editor]))
        }
    }

    /// A line from standard input, trimmed; nil at its end.
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
