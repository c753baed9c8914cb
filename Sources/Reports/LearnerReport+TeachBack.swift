import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import QuizEngine

extension LearnerReport {
    /// One teaching point checked by teach-back.
    package struct TeachBackRow: Sendable, Equatable {
        package var sessionID: SessionID
        package var date: Date
        package var nurse: String
        package var pointID: String
        /// What the point is about, in a few words ("what to do: a new rash on your skin").
        package var label: String
        package var section: String
        package var critical: Bool
        package var result: TeachBackResult
        package var note: String?
    }

    /// A teaching point that needs teach-back: missed often since the patient last explained it.
    package struct FlagRow: Sendable, Equatable {
        package var pointID: String
        package var label: String
        package var critical: Bool
        /// Sessions in which it was missed since last explained.
        package var misses: Int
    }

    /// One answer, as the FHIR record gives it.
    package struct AnswerRow: Sendable, Equatable {
        package var sessionID: SessionID
        package var itemID: String
        package var pointID: String
        package var chosenText: String
        package var correct: Bool
        package var answeredAt: Date
    }

    /// Teach-back rows from the store's records; a point no longer in the bank keeps its id as its label.
    static func teachBackRows(_ records: [TeachBackRecord], bank: Bank, items: [Item], _ r: ReportStrings)
        -> [TeachBackRow]
    {
        let firstForm = Dictionary(items.map { ($0.teachingPoint, $0) }, uniquingKeysWith: { a, _ in a })
        return records.map { t in
            let item = firstForm[t.pointID]
            return TeachBackRow(
                sessionID: t.sessionID, date: t.recordedAt, nurse: r.nurse(t.nurse, verified: t.nurseID != nil),
                pointID: t.pointID,
                label: item.map { TeachBack.label(for: $0, in: bank) } ?? r.pointNoLongerInBank(t.pointID),
                section: item?.section ?? "", critical: item?.critical ?? false, result: t.result, note: t.note)
        }
    }

    static func flagRows(
        misses: [PointMiss], teachBacks: [TeachBackRecord], bank: Bank, items: [Item]
    ) -> [FlagRow] {
        let counts = TeachBackFlags.missesSinceExplained(misses: misses, teachBacks: teachBacks)
        let points = SessionPlanner(items: items, sectionOrder: bank.sections.map(\.id)).points
        let rows = points.compactMap { point -> FlagRow? in
            let n = counts[point.id] ?? 0
            guard TeachBackFlags.isFlagged(misses: n, critical: point.critical) else { return nil }
            return FlagRow(
                pointID: point.id, label: TeachBack.label(for: point.forms[0], in: bank), critical: point.critical,
                misses: n)
        }
        return rows.sorted { ($0.critical ? 0 : 1, -$0.misses) < ($1.critical ? 0 : 1, -$1.misses) }
    }

    /// The chart note built from teach-back: each point's latest result (skipped ones leave an earlier result
    /// standing), safety points the patient could not explain first and marked. Nil before any teach-back.
    static func chartingSentence(
        bankTitle: String, rows: [TeachBackRow], dates: (Date) -> String, _ r: ReportStrings = Strings().report
    ) -> String? {
        var latest: [String: TeachBackRow] = [:]
        var order: [String] = []
        for row in rows where row.result != .skipped {
            if latest[row.pointID] == nil { order.append(row.pointID) }
            latest[row.pointID] = row
        }
        guard let first = rows.first, let last = rows.last else { return nil }
        var nurses: [String] = []
        for row in rows where !nurses.contains(row.nurse) { nurses.append(row.nurse) }
        let from = dates(first.date), to = dates(last.date)
        var sentence = [
            r.educationProvided(TeachBack.lowerFirst(bankTitle), nurses: r.list(nurses), from: from, to: to)
        ]
        let checked = order.compactMap { latest[$0] }
        func group(_ result: TeachBackResult) -> [TeachBackRow] {
            let here = checked.filter { $0.result == result }
            return here.filter(\.critical) + here.filter { !$0.critical }
        }
        func names(_ rows: [TeachBackRow]) -> String {
            r.items(rows.map { ($0.critical ? r.safetyTag : "") + $0.label })
        }
        let own = group(.ownWords), after = group(.afterReteaching), notYet = group(.notYet)
        if checked.isEmpty { sentence.append(r.allSkipped) }
        let followUp = notYet.isEmpty ? "" : r.notYetAble(names(notYet))
        // A safety point the patient could not explain leads the note.
        if notYet.contains(where: \.critical) { sentence.append(followUp) }
        if !own.isEmpty { sentence.append(r.explainedOwnWords(names(own))) }
        if !after.isEmpty { sentence.append(r.explainedAfterReteaching(names(after))) }
        if !notYet.contains(where: \.critical) { sentence.append(followUp) }
        return r.sentences(sentence)
    }

    /// The flags in a sentence, for the evaluation; nil with none.
    static func flagSentence(_ flags: [FlagRow], _ r: ReportStrings = Strings().report) -> String? {
        guard !flags.isEmpty else { return nil }
        return r.flagSentence(flags.count, safety: flags.filter(\.critical).count)
    }
}
