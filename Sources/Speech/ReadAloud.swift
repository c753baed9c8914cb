import QuizEngine

/// What to say when the screen changes: a new question and its lettered options; the option moved to; the feedback
/// after an answer; a passage opened with `r`; the session's score. Nothing is said twice for the same thing, and
/// screens that are not about the material (menus, settings) are not read.
///
/// Pure: it reads view models and remembers only what it said last.
package struct ReadAloud: Sendable {
    /// A thing said, so it is not said again while it stays on screen.
    enum Said: Sendable, Equatable {
        case question(number: Int, item: String, selected: Int)
        case feedback(number: Int)
        case passage(number: Int)
        case summary
        case nothing
    }

    /// What to say, and a short name for it ("question-3").
    package struct Utterance: Sendable, Equatable {
        package var text: String
        package var name: String
    }

    var said = Said.nothing
    /// The number of the question last shown, for naming its feedback.
    var question = 0

    package init() {}

    /// What to say for `view`, or nil when it was said already or is not read.
    package mutating func utterance(for view: ViewModel) -> Utterance? {
        let strings = view.strings
        switch view.overlay {
        case .reading(let reading):
            return say(
                .passage(number: reading.number), "passage-\(reading.number)",
                reading.title + ". " + reading.passage)
        case .help:
            return nil
        case nil:
            break
        }
        switch view.screen {
        case .question(let q):
            question = q.number
            if case .question(let number, let item, let selected) = said, number == q.number, item == q.itemID {
                guard selected != q.selected, q.options.indices.contains(q.selected) else { return nil }
                said = .question(number: q.number, item: q.itemID, selected: q.selected)
                let letter = strings.question.letter(q.selected)
                return Utterance(text: "\(letter). \(q.options[q.selected])", name: "option-\(q.number)-\(letter)")
            }
            var parts = [strings.question.counter(q.number, of: q.total) + "."]
            if q.critical { parts.append(strings.question.plainSafety) }
            parts.append(q.stem)
            for (i, option) in q.options.enumerated() { parts.append("\(strings.question.letter(i)). \(option)") }
            return say(
                .question(number: q.number, item: q.itemID, selected: q.selected), "question-\(q.number)",
                parts.joined(separator: " "))
        case .feedback(let f) where !f.saving:
            let s = strings.feedback
            let letter = strings.question.letter
            var parts = [f.correct ? s.correct : s.notQuite]
            if !f.correct {
                parts.append(s.youChose(letter(f.chosen), f.chosenText))
                if let about = f.aboutYourAnswer { parts.append(about) }
            }
            parts.append(s.theAnswer(letter(f.answer), f.key))
            if let explanation = f.explanation { parts.append(explanation) }
            return say(.feedback(number: question), "feedback-\(question)", parts.joined(separator: " "))
        case .summary(let summary?):
            return say(.summary, "summary", strings.summary.done(correct: summary.correct, of: summary.asked))
        case .feedback, .summary, .confidence:
            return nil
        default:
            said = .nothing
            return nil
        }
    }

    private mutating func say(_ what: Said, _ name: String, _ text: String) -> Utterance? {
        guard what != said else { return nil }
        said = what
        return Utterance(text: text, name: name)
    }
}
