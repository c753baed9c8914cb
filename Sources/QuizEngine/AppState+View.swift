import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import Scheduling

extension AppState {
    /// Describes what the state shows, for every renderer; pure.
    public func view() -> ViewModel {
        let clean = TextLayout.sanitize
        return ViewModel(
            strings: strings,
            title: TitleBar(
                app: strings.common.appName, mode: session.map { strings.common.modeTitle($0.mode) },
                learner: learner.map { clean($0.name) }),
            notice: notice, screen: screenView(), overlay: overlay.map(overlayView), scroll: scroll)
    }

    /// The summary of the last finished session, whatever the screen shows (plain mode prints it on stopping).
    public func finishedSummary() -> SummaryView? { finished.map(summaryView) }

    func screenView() -> ScreenView {
        switch screen {
        case .learnerPicker(let selected, let typed):
            return .learnerPicker(
                LearnerPickerView(
                    typed: TextLayout.sanitize(typed), names: learnerNames.map(TextLayout.sanitize),
                    selected: typed.isEmpty ? selected : nil))
        case .home(let selected): return .home(homeView(selected: selected))
        case .question(let selected):
            guard let view = questionView(selected: selected) else { return .summary(nil) }
            return .question(view)
        case .confidence(let chosen, let selected):
            return .confidence(
                ConfidenceView(
                    chosen: chosen, levels: (0..<Grading.Confidence.allCases.count).map(strings.question.confidence),
                    selected: selected))
        case .feedback:
            guard let view = feedbackView() else { return .summary(nil) }
            return .feedback(view)
        case .summary: return .summary(finished.map(summaryView))
        case .progress(let data): return .progress(data.map(progressView))
        case .sectionPicker(let selected, let forReading):
            return .sectionPicker(
                SectionPickerView(
                    forReading: forReading, sectionIDs: context.bank.sections.map(\.id),
                    titles: context.bank.sections.map { TextLayout.sanitize($0.title) },
                    selected: selected))
        case .settings(let selected):
            guard let learner else { return .settings(nil) }
            let s = learner.settings
            let rows = SettingsEntry.allCases.map { entry in
                switch entry {
                case .confidence: strings.settings.confidence(s.confidenceStep)
                case .newPerDay: strings.settings.newPerDay(s.newPerDay)
                case .algorithm: strings.settings.algorithm(s.algorithm)
                }
            }
            return .settings(
                SettingsView(
                    learner: TextLayout.sanitize(learner.name), entries: SettingsEntry.allCases, rows: rows,
                    selected: selected))
        case .facilitatorEntry(let typed): return .facilitatorEntry(TextEntryView(typed: TextLayout.sanitize(typed)))
        }
    }

    func sectionTitle(_ id: String) -> String { TextLayout.sanitize(context.bank.section(id)?.title ?? id) }

    func homeView(selected: Int) -> HomeView {
        let today = learner.map { context.planner.counts(history: history, settings: $0.settings, now: now) }
        return HomeView(
            learner: TextLayout.sanitize(learner?.name ?? ""), facilitator: facilitator.map(TextLayout.sanitize),
            today: today,
            about: "\(TextLayout.sanitize(context.bank.metadata.title)). \(context.bank.metadata.reviewLine)",
            rows: HomeEntry.allCases.map {
                HomeView.Row(entry: $0, label: strings.home.label($0), shortcut: strings.home.shortcut($0))
            },
            selected: selected)
    }

    func questionView(selected: Int) -> QuestionView? {
        guard let s = session, let item = currentItem else { return nil }
        return QuestionView(
            itemID: item.id, section: sectionTitle(item.section), number: s.position + 1, total: s.queue.count,
            critical: item.critical, stem: TextLayout.sanitize(item.stem),
            options: item.options.map(TextLayout.sanitize), selected: selected)
    }

    func feedbackView() -> FeedbackView? {
        guard let s = session, let outcome = s.lastOutcome, let item = context.itemsByID[outcome.itemID] else {
            return nil
        }
        let clean = TextLayout.sanitize
        return FeedbackView(
            saving: s.pendingSave, correct: outcome.correct, chosen: outcome.chosen,
            chosenText: clean(item.options[outcome.chosen]), answer: item.answer, key: clean(item.key),
            explanation: item.explanation == item.key ? nil : clean(item.explanation),
            aboutYourAnswer: outcome.correct ? nil : item.feedback[outcome.chosen].map(clean),
            section: sectionTitle(item.section),
            seeAgain: outcome.due.map { strings.common.relative(from: now, to: $0) },
            isExam: s.mode == .exam,
            comesBack: !outcome.correct
                && s.queue[(s.position + 1)...].contains { context.itemsByID[$0]?.teachingPoint == item.teachingPoint })
    }

    func summaryView(_ s: ActiveSession) -> SummaryView {
        let (asked, correct) = s.score
        let firstTries = s.firstTries
        let sections = context.bank.sections.compactMap { section -> SummaryView.SectionRow? in
            let here = firstTries.filter { context.itemsByID[$0.itemID]?.section == section.id }
            guard !here.isEmpty else { return nil }
            return .init(
                title: TextLayout.sanitize(section.title), correct: here.filter(\.correct).count, asked: here.count)
        }
        let items = s.missedItemIDs.compactMap { context.itemsByID[$0] }
        // Safety questions first, each group in the order it was missed.
        let ordered = items.filter(\.critical) + items.filter { !$0.critical }
        let missed = ordered.map { item in
            SummaryView.Missed(
                stem: TextLayout.sanitize(item.stem), key: TextLayout.sanitize(item.key), critical: item.critical,
                teachBack: facilitator.map { _ in
                    let prompt = TeachBack.prompt(for: item, in: context.bank)
                    return TeachBackPrompt(
                        ask: TextLayout.sanitize(prompt.ask), listenFor: TextLayout.sanitize(prompt.listenFor))
                })
        }
        return SummaryView(
            asked: asked, correct: correct, sections: sections, missed: missed,
            nextReview: s.outcomes.compactMap(\.due).min().map { strings.common.relative(from: now, to: $0) },
            isExam: s.mode == .exam, facilitator: facilitator.map(TextLayout.sanitize))
    }

    func progressView(_ data: ProgressData) -> ProgressView {
        let formatter = DateFormatter()
        formatter.dateFormat = strings.progress.dateFormat
        formatter.locale = Locale(identifier: strings.progress.localeIdentifier)
        formatter.timeZone = context.timeZone
        return ProgressView(
            sections: data.mastery.map { .init(title: sectionTitle($0.section), share: $0.share) },
            sessions: data.sessionScores.suffix(8).map {
                .init(date: formatter.string(from: $0.date), correct: $0.correct, attempted: $0.attempted)
            },
            duePerDay: data.duePerDay)
    }

    func overlayView(_ overlay: Overlay) -> OverlayView {
        switch overlay {
        case .help: return .help
        case .reading(let index, let offset):
            let sections = context.bank.sections
            guard sections.indices.contains(index) else {
                return .reading(
                    ReadingView(number: 0, total: sections.count, title: "", passage: "", objectives: [], scroll: 0))
            }
            let section = sections[index]
            return .reading(
                ReadingView(
                    number: index + 1, total: sections.count, title: TextLayout.sanitize(section.title),
                    passage: TextLayout.sanitize(section.passage.split(separator: "\n").joined(separator: " ")),
                    objectives: section.objectives.map(TextLayout.sanitize), scroll: offset))
        }
    }
}
