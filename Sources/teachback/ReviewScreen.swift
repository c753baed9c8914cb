import ContentModel
import Foundation
import QuizEngine
import TerminalUI
import Words

/// `bank review` full screen: the pager shows the element under review and the keys; prompts (drop?, why beyond the
/// source?, your name) are typed at the bottom. The session does the work; this says what the screen shows.
final class ReviewScreen: PagerModel {
    let session: ReviewSession
    enum Mode {
        case browsing
        case confirmDrop(BankOutline.Element)
        case reason(BankOutline.Element)
        case name
        /// Every element decided: what the end says, and q to leave.
        case end
    }

    var mode = Mode.browsing
    var notice: String?
    var typedText = ""
    private(set) var isFinished = false
    /// Said on the terminal once the full screen is gone (the review recorded, or how many are left).
    private(set) var closingWords: Message?
    private(set) var failed = false
    var endLines: [Span] = []

    init(session: ReviewSession) {
        self.session = session
        if session.current == nil { reachEnd() }
    }

    var page: PagerPage {
        let words = commandLanguage.words
        let title = Message("Teachback · reviewing {bank}", ["bank": session.folder]).text(words)
        let strings = Strings(commandLanguage).common
        var prompt: (question: String, typed: String)?
        switch mode {
        case .confirmDrop(let e):
            prompt = (
                Message(
                    "Drop {kind} '{id}' from {file}? Type y to drop it:",
                    ["kind": e.kind, "id": e.id, "file": e.file]
                ).text(words), typedText
            )
        case .reason:
            prompt = (
                Message("Why does it go beyond the source, and on what authority? (one line; empty to cancel)").text(
                    words), typedText
            )
        case .name:
            prompt = (
                Message("Your name, as the review records it (for example: J. Smith, RN):").text(words), typedText
            )
        case .browsing, .end: break
        }
        let body: [Span]
        let keys: String
        if case .browsing = mode, let e = session.current {
            body = session.describe(e)
            keys =
                ReviewSession.keys + " · "
                + commandLanguage.text("{keys} scroll", context: "bank review's keys", ["keys": "↑↓ PgUp PgDn"])
        } else if case .confirmDrop(let e) = mode {
            body = session.describe(e)
            keys = ""
        } else if case .reason(let e) = mode {
            body = session.describe(e)
            keys = ""
        } else {
            body = endLines
            keys = commandLanguage.text("{q} quit", context: "bank review's keys", ["q": "q"])
        }
        return PagerPage(title: title, body: body, keys: keys, notice: notice, prompt: prompt, strings: strings)
    }

    func press(_ key: Key) -> (() -> Void)? {
        notice = nil
        switch mode {
        case .end:
            if key == .character("q") || key == .escape || key == .endOfInput || key == .enter { leave() }
            return nil
        case .browsing:
            guard let e = session.current else {
                reachEnd()
                return nil
            }
            switch key {
            case .character("a"), .character("A"): act { try session.accept(e) }
            case .character("e"), .character("E"):
                return { [self] in
                    if let problem = session.edit(e) { notice = problem.text(commandLanguage.words) }
                    if session.current == nil { reachEnd() }
                }
            case .character("d"), .character("D"):
                typedText = ""
                mode = .confirmDrop(e)
            case .character("b"), .character("B"):
                typedText = ""
                mode = .reason(e)
            case .character("s"), .character("S"): session.skip(e)
            case .character("q"), .character("Q"), .escape, .endOfInput: leave()
            default:
                notice = ReviewSession.wrongKey.text(commandLanguage.words)
            }
            if !isFinished, session.current == nil { reachEnd() }
        default: break
        }
        return nil
    }

    func typed(_ text: String) { typedText = text }

    func answer(_ line: String?) {
        let text = (line ?? "").trimmingCharacters(in: .whitespaces).filter {
            !$0.isASCII || ($0.asciiValue ?? 0) >= 0x20
        }
        typedText = ""
        switch mode {
        case .confirmDrop(let e):
            mode = .browsing
            if ["y", "s", "yes", "sí", "si"].contains(text.lowercased()) { act { try session.drop(e) } }
        case .reason(let e):
            mode = .browsing
            if !text.isEmpty { act { try session.beyondSource(e, reason: text) } }
        case .name:
            guard line != nil else {
                leave()
                return
            }
            guard !text.isEmpty else { return }
            record(text)
        default: break
        }
        if case .browsing = mode, session.current == nil { reachEnd() }
    }

    /// Runs a decision; what it says (or why it failed) is the notice.
    func act(_ work: () throws -> Message) {
        do {
            notice = try work().text(commandLanguage.words)
        } catch {
            notice = "\(error)"
            failed = true
        }
    }

    /// Every element decided: the bank is checked, and the review recorded when it passes (asking a name if needed).
    func reachEnd() {
        let completion = session.completion
        switch completion {
        case .needsName:
            if let name = session.reviewer?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
                record(name)
            } else {
                mode = .name
                endLines = [
                    Span(
                        Message("Every element is accepted, and the bank passes check and lint.").text(
                            commandLanguage.words), .good)
                ]
            }
        case .checkFails(let problems):
            mode = .end
            failed = true
            endLines =
                [Span(session.completionMessage(completion)?.text(commandLanguage.words) ?? "", .warning)]
                + problems.prefix(20).map { Span($0.text(commandLanguage.words), .bad) }
            closingWords = session.completionMessage(completion)
        case .lintFails, .left:
            mode = .end
            if case .lintFails = completion { failed = true }
            endLines = [Span(session.completionMessage(completion)?.text(commandLanguage.words) ?? "", .warning)]
            closingWords = session.completionMessage(completion)
        }
    }

    func record(_ name: String) {
        do {
            let said = try session.record(name: name)
            closingWords = said
            endLines = [Span(said.text(commandLanguage.words), .good)]
        } catch {
            failed = true
            endLines = [Span("\(error)", .bad)]
        }
        mode = .end
    }

    func leave() {
        if closingWords == nil, session.current != nil || !session.pending.isEmpty {
            closingWords = Message.plural(
                "Stopped. {count} element is left to review; run the same command to go on.",
                "Stopped. {count} elements are left to review; run the same command to go on.",
                count: session.pending.count)
        }
        isFinished = true
    }
}
