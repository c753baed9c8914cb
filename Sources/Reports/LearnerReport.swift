import ContentModel
import Foundation
import QuestionGeneration
import LearnerModel
import QuizEngine
import Scheduling

/// What a nurse takes away about one learner: sessions, mastery, what was missed and what to ask next.
package struct LearnerReport: Sendable, Equatable {
    package struct SessionRow: Sendable, Equatable {
        package var id: SessionID
        package var date: Date
        package var ended: Date?
        package var mode: String
        package var facilitator: String?
        package var attempted: Int
        package var correct: Int
        /// Teaching points checked by teach-back in the session.
        package var teachBacks: Int = 0
    }

    package struct SectionRow: Sendable, Equatable {
        package var id: String
        package var title: String
        /// Share of the section's questions the learner would likely recall now.
        package var mastery: Double
        package var answered: Int
        package var correct: Int
    }

    package struct MissedRow: Sendable, Equatable {
        package var itemID: String
        package var section: String
        package var question: String
        /// The wrong option chosen most recently: the misconception.
        package var chosen: String
        package var answer: String
        package var critical: Bool
        package var timesMissed: Int
        /// Whether the learner got it right after missing it.
        package var resolved: Bool
        package var ask: String
        package var listenFor: String
        /// The sentence of the source the answer is taught by (the item's first quote), for the nurse to read beside
        /// the question; nil when the bank quotes none.
        package var quote: String? = nil
    }

    package var learner: String
    package var generated: Date
    package var since: Date?
    package var bankID: String
    package var bankTitle: String
    package var reviewLine: String
    package var sessions: [SessionRow]
    package var sections: [SectionRow]
    /// Critical (safety) items first, then by section order.
    package var missed: [MissedRow]
    /// Reviews due on each of the next 14 days, today first (overdue counted today).
    package var upcoming: [Int]
    package var evaluation: String
    /// Whether the learner is ready in this topic, and on track for its date.
    package var readiness: Readiness
    /// The readiness as a sentence for the nurse.
    package var readinessLine: String
    /// Every teach-back result, oldest first.
    package var teachBack: [TeachBackRow] = []
    /// Teaching points that need teach-back (missed often), safety first.
    package var needsTeachBack: [FlagRow] = []
    /// Every answer, oldest first (for the FHIR record).
    package var answers: [AnswerRow] = []
    /// The learner's id in the store (the FHIR Patient's).
    package var learnerID: LearnerID
    package var bankVersion: String = ""
    /// The language the report is written in: the bank's, unless the nurse asked for another.
    package var strings = Strings()

    package var missedMoreThanOnce: [MissedRow] { missed.filter { $0.timesMissed > 1 } }
}

extension LearnerReport {
    /// Builds the report from what the store keeps; pure.
    package static func build(
        learner: Learner, bank: Bank, items: [Item], sessions: [SessionSummary], attempts: [StoredAttempt],
        states: [String: ReviewState], since: Date?, now: Date, readyBy: CalendarDay? = nil,
        timeZone: TimeZone = .current, teachBacks: [TeachBackRecord] = [], misses: [PointMiss] = [],
        language: Language? = nil
    ) -> LearnerReport {
        let strings = Strings(language ?? Language(code: bank.metadata.language) ?? .english)
        let r = strings.report
        let inRange = teachBacks.filter { $0.recordedAt >= (since ?? .distantPast) }
        let teachBackRows = teachBackRows(inRange, bank: bank, items: items, r)
        let flags = flagRows(misses: misses, teachBacks: teachBacks, bank: bank, items: items)
        let itemsByID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let scheduler = learner.settings.scheduler
        let sessionRows = sessions.map {
            SessionRow(
                id: $0.id, date: $0.startedAt, ended: $0.endedAt, mode: strings.common.modeTitle($0.mode),
                facilitator: $0.facilitator.map { [nurseID = $0.nurseID] in r.nurse($0, verified: nurseID != nil) },
                attempted: $0.attempted,
                correct: $0.correct, teachBacks: teachBackRows.filter { [id = $0.id] in $0.sessionID == id }.count)
        }
        let sectionRows = bank.sections.map { section in
            let here = attempts.filter { $0.section == section.id }
            let points = Set(items.filter { $0.section == section.id }.map(\.teachingPoint))
            let inSection = points.sorted().map { states[$0] }
            return SectionRow(
                id: section.id, title: section.title,
                mastery: Mastery.share(of: inSection, scheduler: scheduler, at: now),
                answered: here.count, correct: here.filter(\.correct).count)
        }
        var missed: [MissedRow] = []
        let byItem = Dictionary(grouping: attempts, by: \.itemID)
        for (itemID, list) in byItem {
            let wrong = list.filter { !$0.correct }
            guard let lastWrong = wrong.last else { continue }
            let resolved = list.last?.correct == true
            let item = itemsByID[itemID]
            let prompt = item.map { TeachBack.prompt(for: $0, in: bank) }
            missed.append(
                MissedRow(
                    itemID: itemID, section: lastWrong.section,
                    question: item?.stem ?? r.questionNoLongerInBank(itemID),
                    chosen: lastWrong.chosenText, answer: item?.key ?? "", critical: item?.critical ?? false,
                    timesMissed: wrong.count,
                    resolved: resolved, ask: prompt?.ask ?? "", listenFor: prompt?.listenFor ?? "",
                    quote: item?.quotes.first))
        }
        let order = Dictionary(uniqueKeysWithValues: bank.sections.enumerated().map { ($1.id, $0) })
        missed.sort {
            ($0.critical ? 0 : 1, $0.resolved ? 1 : 0, order[$0.section] ?? 99, $0.itemID)
                < ($1.critical ? 0 : 1, $1.resolved ? 1 : 0, order[$1.section] ?? 99, $1.itemID)
        }
        let readiness = Readiness.assess(
            items: items, states: states, lastResults: Readiness.lastResults(attempts, items: items), readyBy: readyBy,
            dailyLimit: learner.settings.newPerDay, now: now, timeZone: timeZone)
        let chart = chartingSentence(
            bankTitle: bank.metadata.title, rows: teachBackRows, dates: ReportDates(timeZone: timeZone).day, r)
        let quiz = evaluation(attempts: attempts, missed: missed, bank: bank, teachBackDone: chart != nil, r)
        return LearnerReport(
            learner: learner.name, generated: now, since: since, bankID: bank.metadata.id,
            bankTitle: bank.metadata.title,
            reviewLine: strings.common.reviewLine(bank.metadata.review), sessions: sessionRows, sections: sectionRows,
            missed: missed,
            upcoming: ReviewForecast.duePerDay(states.values, from: now),
            evaluation: r.sentences([chart, quiz, flagSentence(flags, r)].compactMap { $0 }),
            readiness: readiness,
            readinessLine: readiness.sentence(dayName: { strings.topics.day($0) }, r), teachBack: teachBackRows,
            needsTeachBack: flags,
            answers: attempts.map {
                AnswerRow(
                    sessionID: $0.sessionID, itemID: $0.itemID,
                    pointID: itemsByID[$0.itemID]?.teachingPoint ?? TeachingPoint.id(ofItem: $0.itemID) ?? $0.itemID,
                    chosenText: $0.chosenText, correct: $0.correct, answeredAt: $0.answeredAt)
            }, learnerID: learner.id, bankVersion: bank.metadata.version, strings: strings)
    }

    /// A line in the words nurses document teach-back with.
    static func evaluation(
        attempts: [StoredAttempt], missed: [MissedRow], bank: Bank, teachBackDone: Bool = false,
        _ r: ReportStrings = Strings().report
    ) -> String {
        guard !attempts.isEmpty else { return teachBackDone ? r.noQuizAnswers : r.noAnswers }
        let open = missed.filter { !$0.resolved }
        if open.isEmpty { return r.allCorrect(teachBackDone: teachBackDone, hadMissed: !missed.isEmpty) }
        let titles = bank.sections.filter { s in open.contains { $0.section == s.id } }.map { $0.title.lowercased() }
        let unknown = open.filter { row in !bank.sections.contains { $0.id == row.section } }.count
        var parts = titles
        if unknown > 0 { parts.append(r.questionsGone(unknown)) }
        let line = r.needsReinforcement(parts, teachBackDone: teachBackDone)
        let critical = open.filter(\.critical)
        return critical.isEmpty ? line : r.sentences([line, r.safetyStillMissed(critical.count)])
    }
}
