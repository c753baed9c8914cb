import ContentModel
import Drafting
import Foundation
import QuestionGeneration
import QuizEngine
import TerminalUI
import Words

/// One run of `bank review`, whichever way it is shown (line by line, or full screen): the elements left to review,
/// what each decision does to the bank and its progress file, and when the review can be recorded.
final class ReviewSession {
    let folder: String
    var reviewer: String?
    var progress: ReviewProgress
    let today: String
    private(set) var outline: BankOutline
    /// Problems reading a file of the bank (its YAML cannot be parsed): said once, at the start.
    private(set) var readProblems: [BankProblem]
    private(set) var skipped: Set<String> = []
    private(set) var decidedThisRun = 0
    private(set) var checked = Checked()

    init(folder: String, reviewer: String?) throws {
        self.folder = folder
        self.reviewer = reviewer
        self.progress = ReviewProgress.load(folder: folder)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd"
        self.today = formatter.string(from: Now.current())
        (outline, readProblems) = BankOutline.read(path: folder)
        guard !outline.elements.isEmpty else {
            throw Failure(Message("{path} has no elements to review", ["path": folder]))
        }
        progress.forgetMissing(outline)
        checked = Self.check(folder, outline: outline)
    }

    /// The bank as `bank check` sees it, and its generated items and findings when it loads — or, for a draft whose
    /// only problems are placeholders, the items of the elements already written (the rest left out), so an educator
    /// sees an element's questions as soon as it is finished.
    struct Checked {
        var problems: [BankProblem] = []
        /// The bank the items come from: the whole bank, or a draft's finished part (`partial`).
        var bank: Bank?
        var partial = false
        var items: [Item] = []
        var findings: [LintFinding] = []
        var bankFindings: [LintFinding] = []
        var guesser: [String: Double] = [:]

        var passesCheck: Bool { problems.isEmpty && bank != nil }
        var lintPasses: Bool { passesCheck && findings.allSatisfy(\.repaired) && bankFindings.isEmpty }
        var lintProblems: Int { findings.filter { !$0.repaired }.count + bankFindings.count }
    }

    static func check(_ folder: String, outline: BankOutline) -> Checked {
        var checked = Checked()
        let bank: Bank
        do {
            bank = try BankLoader.load(path: folder)
        } catch {
            checked.problems = error.problems
            guard error.problems.allSatisfy(\.isPlaceholder),
                let finished = finishedPart(folder, outline, error.problems)
            else { return checked }
            bank = finished
            checked.partial = true
        }
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
        return checked
    }

    /// A draft without the elements that still hold a placeholder (their lines blanked, so every other line keeps
    /// its number), or nil when what is left does not load either (a group whose concept is unfinished, say).
    static func finishedPart(_ folder: String, _ outline: BankOutline, _ placeholders: [BankProblem]) -> Bank? {
        let unfinished = outline.elements.filter { e in
            placeholders.contains { $0.location.file == e.file && (e.line...e.lastLine).contains($0.location.line) }
        }
        // A placeholder outside any element (the bank block's audience) is read as "…" for this preview only.
        let outside = placeholders.filter { p in
            !unfinished.contains { $0.file == p.location.file && ($0.line...$0.lastLine).contains(p.location.line) }
        }
        var files: [(text: String, shown: String)] = []
        for file in BankLibrary.files(at: folder) ?? [] {
            guard case .success(let bytes) = RegularFile.read(file, limit: BankLoader.maximumFileSize) else {
                return nil
            }
            var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
            for e in unfinished where e.file == file {
                for n in (e.line - 1)..<min(e.lastLine, lines.count) { lines[n] = "" }
            }
            for p in outside where p.location.file == file && p.location.line <= lines.count {
                let line = lines[p.location.line - 1]
                guard let r = line.range(of: "\"" + BankDraftMarker.toWrite) else { return nil }
                lines[p.location.line - 1] = line[..<r.lowerBound] + "\"…\""
            }
            files.append((lines.joined(separator: "\n"), file))
        }
        return try? BankLoader.parse(files, readSource: BankLoader.sourceReader(folder: folder))
    }

    /// Reads the bank again after a change.
    func reload() {
        (outline, readProblems) = BankOutline.read(path: folder)
        progress.forgetMissing(outline)
        checked = Self.check(folder, outline: outline)
    }

    var total: Int { outline.elements.count }
    var pending: [BankOutline.Element] { progress.pending(outline) }
    /// The element shown: the first still to review that was not skipped in this run.
    var current: BankOutline.Element? { pending.first { !skipped.contains(ReviewProgress.key($0)) } }
    /// Its place in this run: (n, of).
    var position: (Int, Int) {
        let left = pending.filter { !skipped.contains(ReviewProgress.key($0)) }.count
        let before = decidedThisRun + skipped.count
        return (before + 1, before + left)
    }

    /// Nothing changed since a recorded review.
    var unchangedSinceReview: (by: String, on: String)? {
        guard pending.isEmpty, let by = progress.reviewedBy, let on = progress.reviewedOn else { return nil }
        return (by, on)
    }

    func problems(of e: BankOutline.Element) -> [BankProblem] {
        checked.problems.filter { $0.location.file == e.file && (e.line...e.lastLine).contains($0.location.line) }
    }

    // MARK: Decisions

    /// Accepts the element, or says why not (problems left in it).
    func accept(_ e: BankOutline.Element) throws -> Message {
        let mine = problems(of: e)
        guard mine.isEmpty else {
            return Message.plural(
                "Not accepted: {count} problem is left in it. Edit it (e), or drop it (d).",
                "Not accepted: {count} problems are left in it. Edit it (e), or drop it (d).", count: mine.count)
        }
        progress.decide(e, .accepted, on: today)
        decidedThisRun += 1
        try save()
        return Message("Accepted {id}.", ["id": e.id])
    }

    func drop(_ e: BankOutline.Element) throws -> Message {
        do {
            try BankEdits.drop(e)
        } catch {
            throw Failure(
                Message("cannot change {file}: {reason}", ["file": e.file, "reason": error.localizedDescription]))
        }
        reload()
        try save()
        return Message("Dropped {id}.", ["id": e.id])
    }

    func beyondSource(_ e: BankOutline.Element, reason: String) throws -> Message {
        do {
            try BankEdits.setBeyondSource(e, reason: reason)
        } catch {
            throw Failure(
                Message("cannot change {file}: {reason}", ["file": e.file, "reason": error.localizedDescription]))
        }
        reload()
        guard let changed = outline.elements.first(where: { ReviewProgress.key($0) == ReviewProgress.key(e) }),
            problems(of: changed).isEmpty
        else { return Message("Its reason is written; accept it once its other problems are fixed.") }
        progress.decide(changed, .beyondSource, reason: reason, on: today)
        decidedThisRun += 1
        try save()
        return Message("Accepted {id}, with why it goes beyond the source.", ["id": e.id])
    }

    func skip(_ e: BankOutline.Element) { skipped.insert(ReviewProgress.key(e)) }

    /// The command that opens the element in the educator's editor at its first line ($VISUAL, else $EDITOR, else
    /// vi); the file and line are arguments, never pasted into the command.
    func editorProcess(_ e: BankOutline.Element) -> Process {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\" \"$2\"", "sh", "+\(e.line)", e.file]
        return process
    }

    /// Runs the editor and waits for it; a message if it could not start.
    func edit(_ e: BankOutline.Element) -> Message? {
        let process = editorProcess(e)
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return Message("cannot start the editor: set VISUAL or EDITOR to the command of your editor")
        }
        reload()
        return nil
    }

    // MARK: The end

    enum Completion {
        /// Elements are left (skipped in this run, or changed).
        case left(Int)
        case checkFails([BankProblem])
        case lintFails(Int)
        /// Everything passes: the reviewer's name is needed.
        case needsName
    }

    var completion: Completion {
        let left = pending.count
        if left > 0 { return .left(left) }
        if !checked.passesCheck { return .checkFails(checked.problems) }
        if !checked.lintPasses { return .lintFails(checked.lintProblems) }
        return .needsName
    }

    func completionMessage(_ completion: Completion) -> Message? {
        switch completion {
        case .left(let count):
            Message.plural(
                "{count} element is still to review (skipped or changed); run the same command to go on.",
                "{count} elements are still to review (skipped or changed); run the same command to go on.",
                count: count)
        case .checkFails(let problems):
            Message.plural(
                "Every element is decided, but 'bank check' finds {count} problem; the review is not recorded yet.",
                "Every element is decided, but 'bank check' finds {count} problems; the review is not recorded yet.",
                count: problems.count)
        case .lintFails(let count):
            Message.plural(
                "Every element is decided, but 'bank lint' finds {count} problem; fix it (teachback bank lint --bank {path}) before the review is recorded.",
                "Every element is decided, but 'bank lint' finds {count} problems; fix them (teachback bank lint --bank {path}) before the review is recorded.",
                count: count, ["path": folder])
        case .needsName: nil
        }
    }

    /// Writes the review into the bank block, and keeps who and when.
    func record(name: String) throws -> Message {
        guard let bankFile = outline.bankFile else {
            throw Failure(Message("no file of {path} holds the bank block", ["path": folder]))
        }
        do {
            try BankEdits.markReviewed(bankFile: bankFile, by: name, on: today)
        } catch {
            throw Failure(
                Message("cannot change {file}: {reason}", ["file": bankFile, "reason": error.localizedDescription]))
        }
        progress.reviewedBy = name
        progress.reviewedOn = today
        try save()
        return Message(
            "Reviewed: {file} now says it was reviewed by {name} on {day}.",
            ["file": bankFile, "name": name, "day": today])
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
}
