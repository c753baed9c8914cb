import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import Scheduling

extension AppState {
    /// Describes what the state shows, for every renderer; pure.
    package func view() -> ViewModel {
        let clean = TextLayout.sanitize
        return ViewModel(
            strings: strings,
            title: TitleBar(
                app: strings.common.appName,
                mode: teachBack != nil
                    ? strings.common.modeTitle(.teachBack) : session.map { strings.common.modeTitle($0.mode) },
                learner: learner.map { clean($0.name) }),
            notice: notice, screen: screenView(), overlay: overlay.map(overlayView), scroll: scroll)
    }

    /// The summary of the last finished session, whatever the screen shows (plain mode prints it on stopping).
    package func finishedSummary() -> SummaryView? { finished.map(summaryView) }

    func screenView() -> ScreenView {
        switch screen {
        case .learnerPicker(let selected, let typed):
            return .learnerPicker(
                LearnerPickerView(
                    typed: TextLayout.sanitize(typed),
                    names: context.sharedStation ? [] : learnerNames.map(TextLayout.sanitize),
                    selected: typed.isEmpty ? selected : nil, shared: context.sharedStation))
        case .topics(let selected): return .topics(topicsView(selected: selected))
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
                    forReading: forReading, sectionIDs: current.bank.sections.map(\.id),
                    titles: current.bank.sections.map { TextLayout.sanitize($0.title) },
                    selected: selected))
        case .settings(let selected):
            guard let learner else { return .settings(nil) }
            let s = learner.settings
            let rows = SettingsEntry.allCases.map { entry in
                switch entry {
                case .confidence: strings.settings.confidence(s.confidenceStep)
                case .newPerDay: strings.settings.newPerDay(s.newPerDay)
                case .algorithm: strings.settings.algorithm(s.algorithm)
                case .readAloud: strings.settings.speak(s.readAloud)
                }
            }
            return .settings(
                SettingsView(
                    learner: TextLayout.sanitize(learner.name), entries: SettingsEntry.allCases, rows: rows,
                    selected: selected))
        case .plan(let selected): return .plan(planView(selected: selected))
        case .signIn(let form):
            return .signIn(
                SignInView(
                    name: TextLayout.sanitize(form.name), secretLength: form.secret.count, onSecret: form.onSecret,
                    refusal: form.refusal.map { strings.facilitator.refusal($0, timeZone: context.timeZone) }))
        case .teachBack(let selected):
            guard let view = teachBackView(selected: selected, typing: nil) else { return .summary(nil) }
            return .teachBack(view)
        case .teachBackNote(let typed):
            guard let view = teachBackView(selected: 0, typing: typed) else { return .summary(nil) }
            return .teachBack(view)
        case .roster: return .roster(rosterView())
        }
    }

    /// The roster in the screen's words; names and titles cleaned of control characters.
    func rosterView() -> RosterView {
        let r = strings.roster
        let clean = TextLayout.sanitize
        return RosterView(
            rows: roster.map { e in
                var lines = [e.readiness]
                if !e.needsTeachBack.isEmpty { lines.append(r.needsTeachBack(e.needsTeachBack)) }
                lines.append(
                    e.lastSession.map { r.lastSession(strings.topics.day(CalendarDay($0, in: context.timeZone))) }
                        ?? r.noSession)
                return RosterView.Row(
                    heading: clean(e.learner) + ": " + e.summary(strings),
                    alerts: e.safetyAlerts.map { r.safetyAlert + ": " + r.sureButWrong($0.label) },
                    lines: lines.map(clean))
            })
    }

    func sectionTitle(_ id: String, in topic: Topic? = nil) -> String {
        TextLayout.sanitize((topic ?? currentTopic).bank.section(id)?.title ?? id)
    }

    /// What a topic's date means today, if it has one still ahead (or today).
    func dateLine(_ day: TopicDay?) -> String? {
        guard let day, let readyBy = day.readyBy, let pace = day.pace else { return nil }
        return strings.topics.dateLine(daysUntil: pace.daysUntil, readyBy: readyBy, questionsToday: day.due + day.new)
    }

    func planView(selected: Int) -> PlanView {
        let s = strings.plan
        let limit = learner?.settings.newPerDay ?? 0
        let rows = context.catalogue.map { info -> PlanView.Row in
            let title = TextLayout.sanitize(info.title)
            guard let entry = plan.first(where: { $0.bankID == info.id }) else {
                return .init(title: title, onPlan: false, detail: nil, warning: nil)
            }
            guard let readyBy = entry.readyBy, let day = topicDay(info.id), let pace = day.pace else {
                return .init(title: title, onPlan: true, detail: s.noDate, warning: nil)
            }
            let name = strings.topics.day(readyBy)
            if pace.isOver { return .init(title: title, onPlan: true, detail: s.passed(name), warning: nil) }
            let warning =
                pace.tooLate
                ? s.tooClose(name) : pace.exceedsLimit ? s.exceeds(perDay: pace.neededPerDay, limit: limit) : nil
            return .init(
                title: title, onPlan: true,
                detail: s.readyBy(name, daysUntil: pace.daysUntil, perDay: pace.neededPerDay), warning: warning)
        }
        return PlanView(learner: TextLayout.sanitize(learner?.name ?? ""), rows: rows, selected: selected)
    }

    func topicsView(selected: Int) -> TopicsView {
        let s = strings.topics
        var rows: [TopicsView.Row] = []
        for (i, id) in learnerTopics.enumerated() {
            let title = TextLayout.sanitize(
                loadedTopics[id]?.bank.metadata.title ?? context.catalogue.first { $0.id == id }?.title ?? id)
            let day = topicDay(id)
            rows.append(
                .init(
                    label: s.topic(title, due: day?.due ?? 0, new: day?.new ?? 0), detail: dateLine(day),
                    shortcut: i < 9 ? Character(String(i + 1)) : " ", intent: .openTopic(id)))
        }
        rows.append(.init(label: s.all, detail: nil, shortcut: s.allShortcut, intent: .reviewAllTopics))
        if mayHandOver {
            rows.append(.init(label: s.nextLearner, detail: nil, shortcut: s.nextLearnerShortcut, intent: .nextLearner))
        }
        rows.append(.init(label: s.quit, detail: nil, shortcut: s.quitShortcut, intent: .quit))
        return TopicsView(
            learner: TextLayout.sanitize(learner?.name ?? ""), facilitator: facilitator.map(TextLayout.sanitize),
            rows: rows, selected: selected)
    }

    func homeView(selected: Int) -> HomeView {
        let today = topicDay(current.id)
        return HomeView(
            learner: TextLayout.sanitize(learner?.name ?? ""), facilitator: facilitator.map(TextLayout.sanitize),
            today: today.map { ($0.due, $0.new) },
            about: strings.common.about(
                TextLayout.sanitize(current.bank.metadata.title), review: current.bank.metadata.review),
            dateLine: dateLine(today),
            rows: homeEntries.map {
                HomeView.Row(
                    entry: $0, label: strings.home.label($0, signedIn: nurse != nil),
                    shortcut: strings.home.shortcut($0))
            },
            selected: selected, needsTeachBack: facilitator == nil ? 0 : flaggedCount(current.id))
    }

    func questionView(selected: Int) -> QuestionView? {
        guard let s = session, let item = currentItem else { return nil }
        return QuestionView(
            itemID: item.id, section: sectionTitle(item.section), number: s.position + 1, total: s.queue.count,
            critical: item.critical, stem: TextLayout.sanitize(item.stem),
            options: item.options.map(TextLayout.sanitize), selected: selected)
    }

    func feedbackView() -> FeedbackView? {
        guard let s = session, let outcome = s.lastOutcome,
            let item = self.item(for: Asked(topic: outcome.topic, item: outcome.itemID))
        else {
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
                && s.queue[(s.position + 1)...].contains {
                    $0.topic == outcome.topic && self.item(for: $0)?.teachingPoint == item.teachingPoint
                })
    }

    func summaryView(_ s: ActiveSession) -> SummaryView {
        let (asked, correct) = s.score
        let firstTries = s.firstTries
        // One row a section; across topics, one row a topic.
        let topicIDs = s.topic.map { [$0] } ?? learnerTopics.filter { id in firstTries.contains { $0.topic == id } }
        let sections: [SummaryView.SectionRow]
        if s.topic == nil {
            sections = topicIDs.compactMap { id in
                let here = firstTries.filter { $0.topic == id }
                guard !here.isEmpty, let topic = loadedTopics[id] else { return nil }
                return .init(
                    title: TextLayout.sanitize(topic.bank.metadata.title), correct: here.filter(\.correct).count,
                    asked: here.count)
            }
        } else {
            let topic = s.topic.flatMap { loadedTopics[$0] } ?? current
            sections = topic.bank.sections.compactMap { section -> SummaryView.SectionRow? in
                let here = firstTries.filter { topic.itemsByID[$0.itemID]?.section == section.id }
                guard !here.isEmpty else { return nil }
                return .init(
                    title: TextLayout.sanitize(section.title), correct: here.filter(\.correct).count, asked: here.count)
            }
        }
        let items = s.missed.compactMap { asked in
            loadedTopics[asked.topic].flatMap { topic in topic.itemsByID[asked.item].map { (topic, $0) } }
        }
        // Safety questions first, each group in the order it was missed.
        let ordered = items.filter(\.1.critical) + items.filter { !$0.1.critical }
        let missed = ordered.map { _, item in
            SummaryView.Missed(
                stem: TextLayout.sanitize(item.stem), key: TextLayout.sanitize(item.key), critical: item.critical)
        }
        return SummaryView(
            asked: asked, correct: correct, sections: sections, missed: missed,
            nextReview: s.outcomes.compactMap(\.due).min().map { strings.common.relative(from: now, to: $0) },
            isExam: s.mode == .exam, facilitator: facilitator.map(TextLayout.sanitize), byTopic: s.topic == nil,
            teachBackNext: teachBackAfter(s).nonEmpty.map {
                .init(points: $0.count, safety: $0.filter(\.critical).count)
            })
    }

    func progressView(_ data: ProgressData) -> ProgressView {
        let formatter = DateFormatter()
        formatter.dateFormat = strings.progress.dateFormat
        formatter.locale = Locale(identifier: strings.progress.localeIdentifier)
        formatter.timeZone = context.timeZone
        return ProgressView(
            sections: data.mastery.map { .init(title: sectionTitle($0.section, in: current), share: $0.share) },
            sessions: data.sessionScores.suffix(8).map {
                .init(date: formatter.string(from: $0.date), correct: $0.correct, attempted: $0.attempted)
            },
            duePerDay: data.duePerDay)
    }

    func overlayView(_ overlay: Overlay) -> OverlayView {
        switch overlay {
        case .help: return .help
        case .reading(let index, let offset):
            let sections = readingTopic.bank.sections
            guard sections.indices.contains(index) else {
                return .reading(
                    ReadingView(number: 0, total: sections.count, title: "", passage: "", objectives: [], scroll: 0))
            }
            let section = sections[index]
            return .reading(
                ReadingView(
                    number: index + 1, total: sections.count, title: TextLayout.sanitize(section.title),
                    passage: TextLayout.sanitize(section.passage.split(separator: "\n").joined(separator: " ")),
                    objectives: section.objectives.map { TextLayout.sanitize($0.text) }, scroll: offset))
        }
    }
}

extension Array {
    /// The array, or nil when it is empty.
    var nonEmpty: [Element]? { isEmpty ? nil : self }
}
