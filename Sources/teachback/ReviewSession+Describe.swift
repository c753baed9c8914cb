import ContentModel
import Drafting
import QuestionGeneration
import TerminalUI
import Words

extension ReviewSession {
    /// An element as the educator reads it: where it is, its text, what is left to write, other problems, and its
    /// questions with the key marked, a test-wise guesser's chance and the item-writing findings. The same lines in
    /// plain mode and full screen.
    func describe(_ e: BankOutline.Element) -> [Span] {
        let words = commandLanguage.words
        var lines: [Span] = []
        let (n, count) = position
        lines.append(
            Span(
                Message(
                    "[{n} of {count}] {kind} '{id}' ({file}:{line})",
                    ["n": n, "count": count, "kind": e.kind, "id": e.id, "file": e.file, "line": e.line]
                ).text(words), .accent))
        for line in e.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(Span("    " + line, line.contains(BankDraftMarker.toWrite) ? .warning : .normal))
        }
        let mine = problems(of: e)
        let toWrite = mine.filter(\.isPlaceholder)
        if !toWrite.isEmpty {
            lines.append(
                Span(
                    Message.plural(
                        "To write: {count} place marked TO WRITE (line {lines}).",
                        "To write: {count} places marked TO WRITE (lines {lines}).", count: toWrite.count,
                        ["lines": toWrite.map { String($0.location.line) }.joined(separator: ", ")]
                    ).text(words), .warning))
        }
        for problem in mine where !problem.isPlaceholder { lines.append(Span("  " + problem.text(words), .bad)) }
        if !toWrite.isEmpty {
            lines.append(Span(Message("Its questions show once what is marked TO WRITE is written.").text(words), .dim))
        } else if checked.bank == nil && mine.isEmpty && !checked.problems.isEmpty {
            lines.append(Span(Message("Its questions show once the whole bank passes 'bank check'.").text(words), .dim))
        }
        for item in checked.items where item.source == e.id {
            lines.append(Span(""))
            lines.append(Span(Message("Question {id}:", ["id": item.id]).text(words), .title))
            lines.append(Span("    " + item.stem))
            for (n, option) in item.options.enumerated() {
                let right = n == item.answer
                lines.append(
                    Span(
                        "    " + (right ? "* " : "  ") + String(OptionLetter.uppercase(n)) + ". " + option,
                        right ? .good : .normal))
            }
            if let expected = checked.guesser[item.id] {
                lines.append(
                    Span(
                        Message(
                            "    a test-wise guesser who never read the handout gets it right {rate} of the time",
                            ["rate": AdversaryLines.percent(expected)]
                        ).text(words), .dim))
            }
            for finding in checked.findings where finding.itemID == item.id {
                lines.append(Span("    " + finding.text(words), finding.repaired ? .dim : .bad))
            }
        }
        // What the checks found in questions they then left out (none of the element's forms passed), and across the
        // bank (a teaching point with no question left), where it points into this element.
        let shownItems = Set(checked.items.map(\.id))
        let inside = { (at: SourceLocation?) -> Bool in
            guard let at else { return false }
            return at.file == e.file && (e.line...e.lastLine).contains(at.line)
        }
        let dropped = (checked.findings.filter { !shownItems.contains($0.itemID) } + checked.bankFindings).filter {
            inside($0.location)
        }
        if !dropped.isEmpty {
            lines.append(Span(""))
            lines.append(
                Span(
                    Message.plural(
                        "The checks left out its question for {count} reason:",
                        "The checks left out its questions for {count} reasons:", count: dropped.count
                    ).text(words), .warning))
            for finding in dropped { lines.append(Span("    " + finding.text(words), .bad)) }
        }
        return lines
    }

    /// The keys of the review, in words.
    static var keys: String {
        // The letters are placeholders: they are what the program reads, in every language.
        commandLanguage.text(
            "{a} accept · {e} edit · {d} drop · {b} beyond the source · {s} skip · {q} quit",
            context: "bank review's keys", ["a": "a", "e": "e", "d": "d", "b": "b", "s": "s", "q": "q"])
    }

    /// What to type when a letter was not one of the keys.
    static var wrongKey: Message {
        Message("Type one of the letters {letters}, then press Enter.", ["letters": "a, e, d, b, s, q"])
    }
}
