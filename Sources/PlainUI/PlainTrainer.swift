import Foundation
import LearnerModel
import QuestionGeneration
import QuizEngine
import Scheduling

/// The session line by line, for screen readers, pipes and scripts: no cursor movement, no escape sequences.
///
/// Each question prints `Question N of M`, the stem and lettered options, then reads one line: a letter (or
/// number), `q` to stop, `u` to take back the last answer, `r` to read the section. End of input stops, keeping
/// every answer already given. It draws the engine's view models as lines and sends it intents, as the full-screen
/// trainer does with keys.
package final class PlainTrainer {
    let driver: QuizDriver
    let input: () -> String?
    let write: (String) -> Void
    /// Repeat each answer read after its prompt, so a transcript of piped input reads well.
    let echo: Bool
    /// The notice last said, so one is not said again under every prompt.
    var shownNotice: String?
    /// Told of each question, feedback, passage and summary printed (read-aloud queues it), before each line is read
    /// (it speaks what was queued) and after (the learner answered: speech stops).
    package var onPrinted: ((ViewModel) -> Void)?
    package var beforeInput: (() -> Void)?
    package var afterInput: (() -> Void)?
    /// Whether input ended because nobody typed for the idle time (then the session ends as the station locks).
    package var idleEnded: () -> Bool = { false }
    /// The session ended for want of input: nothing more is printed of it.
    var endedIdle = false

    package init(
        driver: QuizDriver, echo: Bool, readLine: @escaping () -> String? = { Swift.readLine() },
        write: @escaping (String) -> Void
    ) {
        self.driver = driver
        self.echo = echo
        self.input = readLine
        self.write = write
    }

    var view: ViewModel { driver.view }
    var strings: Strings { view.strings }

    func readLine() -> String? {
        beforeInput?()
        let line = input()
        afterInput?()
        if line == nil && !endedIdle && idleEnded() {
            // Nobody is answering: the session ends and its summary is not printed for whoever comes next.
            endedIdle = true
            driver.endAfterIdle()
            say()
            if let notice = driver.state.notice { say(notice) }
        }
        if echo, let line { write(TextLayout.sanitize(line) + "\n") }
        return line
    }

    package func say(_ text: String = "") { write(TextLayout.sanitize(text) + "\n") }

    /// Runs one session (the mode chosen on the command line) and returns when it ends.
    package func run() {
        if case .learnerPicker = view.screen {
            say("\(strings.picker.plainTitle): \(strings.common.disclaimer)")
            while case .learnerPicker = view.screen, !driver.state.isFinished {
                write(strings.picker.plainPrompt)
                guard let line = readLine() else { return }
                let name = line.trimmingCharacters(in: .whitespaces)
                if name.isEmpty { continue }
                driver.send(.chooseLearner(name: name))
            }
        }
        if case .home = view.screen, let notice = view.notice {
            say(notice)
            return
        }
        var lastPrinted: String?
        while !driver.state.isFinished {
            let view = self.view
            switch view.screen {
            case .question(let question):
                let marker = "\(question.number)-\(question.total)-\(question.itemID)"
                var reprinted = false
                if lastPrinted != marker {
                    printQuestion(question)
                    lastPrinted = marker
                    reprinted = true
                }
                // A notice is said once: when it is new, under a question printed again, or after a line not understood.
                if let notice = view.notice, notice != shownNotice || reprinted {
                    say(notice)
                    shownNotice = notice
                }
                write(strings.question.plainPrompt(last: strings.question.letter(question.options.count - 1)))
                guard let line = readLine() else {
                    stop()
                    return
                }
                answer(line.trimmingCharacters(in: .whitespaces), question)
            case .confidence:
                write(strings.question.plainConfidencePrompt)
                guard let line = readLine() else {
                    stop()
                    return
                }
                if let level = Self.confidence(line.trimmingCharacters(in: .whitespaces)) {
                    driver.send(.rateConfidence(level))
                }
            case .feedback(let feedback):
                printFeedback(feedback)
                driver.send(.next)
            case .summary:
                printSummary()
                if driver.state.finishedSummary()?.teachBackNext != nil {
                    driver.send(.activate)
                    runTeachBack()
                }
                return
            case .teachBack:
                runTeachBack()
                return
            default:
                if let notice = view.notice { say(notice) }
                return
            }
        }
    }

    static func confidence(_ line: String) -> Grading.Confidence? {
        switch line.first.map({ Character($0.lowercased()) }) {
        case "1", "s": .sure
        case "2", "n": .notSure
        case "3", "g": .guessed
        default: nil
        }
    }

    func stop() {
        if endedIdle { return }
        driver.finish()
        say()
        say(strings.question.plainStopped)
        if driver.state.finished?.outcomes.isEmpty == false { printSummary() }
    }

    /// What a typed line means on a question.
    func answer(_ line: String, _ question: QuestionView) {
        guard let first = line.first else { return }
        if let option = OptionLetter.index(of: first, optionCount: question.options.count) {
            driver.send(.answer(option: option))
            return
        }
        switch Character(first.lowercased()) {
        case "q":
            driver.send(.stop)
            if driver.state.finished == nil { stop() }
        case "r": readPassage()
        case "?": say(strings.question.plainHelp)
        case "u": driver.send(.undo)
        default:
            shownNotice = nil
            driver.send(.unrecognised)
        }
    }

    /// `r`: the passage of the question (or teach-back point) shown, printed, then closed.
    func readPassage() {
        driver.send(.read(section: nil))
        if case .reading(let passage) = view.overlay {
            say(passage.title + ":")
            say(passage.passage)
            say()
            onPrinted?(view)
        }
        driver.send(.back)
    }

    func printQuestion(_ question: QuestionView) {
        let s = strings.question
        say()
        say(s.counter(question.number, of: question.total) + " (\(question.section))")
        if question.critical { say(s.plainSafety) }
        say(question.stem)
        for (i, option) in question.options.enumerated() {
            say("\(s.letter(i)). \(option)")
        }
        onPrinted?(view)
    }

    func printFeedback(_ feedback: FeedbackView) {
        let s = strings.feedback
        say(feedback.correct ? s.correct : s.notQuite)
        say(s.theAnswer(strings.question.letter(feedback.answer), feedback.key))
        if let explanation = feedback.explanation { say(explanation) }
        if let about = feedback.aboutYourAnswer { say("\(s.aboutYourAnswer) \(about)") }
        if let when = feedback.seeAgain { say(s.seeAgain(when)) }
        onPrinted?(view)
    }

    func printSummary() {
        guard let summary = driver.state.finishedSummary() else { return }
        let s = strings.summary
        say()
        say(s.plainScore(correct: summary.correct, of: summary.asked))
        if !summary.missed.isEmpty {
            say(s.plainToGoOver)
            for missed in summary.missed {
                say(s.plainMissed(stem: missed.stem, key: missed.key))
            }
        }
        if let next = summary.nextReview { say(s.plainNextReview(next)) }
        onPrinted?(view)
    }

    /// The nurse's teach-back step, line by line: each point, then a line with 1 to 4 (and a note after it), `r`,
    /// `u` or `q`. End of input finishes the step, keeping every result already recorded.
    func runTeachBack() {
        let s = strings.teachBack
        guard case .teachBack(let first) = view.screen else { return }
        say()
        say(s.plainBegin(points: first.total))
        var printed: Int?
        while case .teachBack(let step) = view.screen, !driver.state.isFinished {
            if printed != step.number {
                printTeachBack(step)
                printed = step.number
            }
            if let notice = view.notice, notice != shownNotice {
                say(notice)
                shownNotice = notice
            }
            write(s.plainPrompt)
            guard let line = readLine() else {
                if !endedIdle { driver.send(.stop) }
                break
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let head = trimmed.first else { continue }
            if let d = head.wholeNumberValue, TeachBackResult.allCases.indices.contains(d - 1) {
                let note = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
                if !note.isEmpty {
                    driver.send(.open(.teachBackNote))
                    driver.send(.editText(note))
                    driver.send(.activate)
                }
                driver.send(.recordTeachBack(TeachBackResult.allCases[d - 1]))
                continue
            }
            switch Character(head.lowercased()) {
            case "r": readPassage()
            case "u":
                driver.send(.undo)
                printed = nil
            case "q": driver.send(.stop)
            default:
                shownNotice = nil
                driver.send(.unrecognised)
            }
        }
        if let notice = view.notice, !endedIdle { say(notice) }
    }

    func printTeachBack(_ step: TeachBackView) {
        let s = strings.teachBack
        say()
        say(s.headingWithPlace(step.number, of: step.total, topic: step.topic, section: step.section))
        if step.critical { say(s.safety) }
        if let misses = step.flaggedMisses { say(s.flagged(misses: misses)) }
        if step.missedToday { say(s.missedToday) }
        say(s.ask + step.ask)
        say(s.listenFor)
        for point in step.listenFor { say("  - " + point) }
        if let note = step.note { say(s.note + note) }
        say(s.plainChoices)
    }
}
