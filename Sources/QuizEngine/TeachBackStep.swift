import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration

/// The nurse's teach-back step: the teaching points to check with the patient, one after another (AHRQ's
/// teach-back: ask in the patient's own words, listen for the key points, re-teach, check again).
///
/// At the end of a nurse-led session it checks every safety point of the session's topics and every point missed in
/// the session or flagged (missed often); from the nurse's menu, the open topic's safety and flagged points, in a
/// session of its own. Each result is saved as it is recorded; undo takes the last one back.
package struct TeachBackStep: Sendable, Equatable {
    package struct Point: Sendable, Equatable {
        package var topic: String
        package var pointID: String
        /// The question the prompt is made from: the one missed, else the point's first.
        package var itemID: String
        package var critical: Bool
        package var missedToday: Bool
        /// Sessions missed since last explained, when that flags it.
        package var flaggedMisses: Int?
    }

    /// The session the results are kept with; nil until the store has started a session of its own.
    package var sessionID: SessionID?
    /// The step has a session of its own (from the nurse's menu), ended with it.
    package var ownSession: Bool
    package var points: [Point]
    package var position = 0
    /// The saved result of each point done, in order; undo takes the last back.
    package var done: [TeachBackRecord] = []
    /// The note for the point shown.
    package var note: String?
    /// A result sent to the store and not yet confirmed.
    package var pending: TeachBackRecord?

    package var current: Point? { points.indices.contains(position) ? points[position] : nil }
}

extension AppState {
    /// The points a teach-back checks in these topics: safety points, points missed in the session, and points
    /// flagged for missing often. Missed or flagged safety points first, then the others missed or flagged, then the
    /// remaining safety points; within each, in the bank's order.
    func teachBackPoints(topics: [String], missed: [Asked]) -> [TeachBackStep.Point] {
        var result: [TeachBackStep.Point] = []
        for id in topics {
            guard let topic = loadedTopics[id] else { continue }
            let history = histories[id] ?? .init()
            var missedItem: [String: String] = [:]
            for asked in missed where asked.topic == id {
                if let item = topic.itemsByID[asked.item], missedItem[item.teachingPoint] == nil {
                    missedItem[item.teachingPoint] = item.id
                }
            }
            let candidates = topic.planner.points.compactMap { point -> TeachBackStep.Point? in
                let misses = history.missesSinceTeachBack[point.id] ?? 0
                let flagged = TeachBackFlags.isFlagged(misses: misses, critical: point.critical)
                let missedToday = missedItem[point.id] != nil
                guard point.critical || flagged || missedToday else { return nil }
                return .init(
                    topic: id, pointID: point.id, itemID: missedItem[point.id] ?? point.forms[0].id,
                    critical: point.critical, missedToday: missedToday, flaggedMisses: flagged ? misses : nil)
            }
            func rank(_ p: TeachBackStep.Point) -> Int {
                let asked = p.missedToday || p.flaggedMisses != nil
                return p.critical && asked ? 0 : asked ? 1 : 2
            }
            // A stable sort: the bank's order within each rank.
            result += candidates.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
                .map(\.element)
        }
        return result
    }

    /// Points of the open topic flagged for teach-back.
    func flaggedCount(_ id: String) -> Int {
        guard let topic = loadedTopics[id] else { return 0 }
        let history = histories[id] ?? .init()
        return topic.planner.points.filter {
            TeachBackFlags.isFlagged(misses: history.missesSinceTeachBack[$0.id] ?? 0, critical: $0.critical)
        }.count
    }

    /// The teach-back that would follow the finished session: its points.
    func teachBackAfter(_ s: ActiveSession) -> [TeachBackStep.Point] {
        guard facilitator != nil, s.id != nil else { return [] }
        let topics = s.topic.map { [$0] } ?? learnerTopics.filter { id in s.outcomes.contains { $0.topic == id } }
        return teachBackPoints(topics: topics, missed: s.missed)
    }

    /// Begins the step after the finished session, keeping its results with that session.
    mutating func beginTeachBackAfterSession() -> [Effect] {
        guard let s = finished else {
            goHome()
            return []
        }
        let points = teachBackAfter(s)
        guard !points.isEmpty else {
            goHome()
            return []
        }
        teachBack = TeachBackStep(sessionID: s.id, ownSession: false, points: points)
        screen = .teachBack(selected: 0)
        scroll = 0
        notice = nil
        return []
    }

    /// Begins the step from the nurse's menu: the open topic's safety and flagged points, in a session of its own.
    mutating func beginTeachBackFromMenu() -> [Effect] {
        guard let learner, let nurse else { return [] }
        let points = teachBackPoints(topics: [current.id], missed: [])
        guard !points.isEmpty else {
            notice = strings.teachBack.nothingToCheck
            return []
        }
        teachBack = TeachBackStep(sessionID: nil, ownSession: true, points: points)
        screen = .teachBack(selected: 0)
        scroll = 0
        notice = nil
        return [
            .startSession(
                NewSession(
                    learnerID: learner.id, mode: .teachBack, section: nil, facilitator: nurse.displayName,
                    bankID: current.id, startedAt: now, nurseID: nurse.id), plan: [])
        ]
    }

    mutating func teachBackScreen(_ intent: Intent, selected: Int) -> [Effect] {
        guard let step = teachBack, let point = step.current else { return finishTeachBack() }
        let results = TeachBackResult.allCases
        switch intent {
        case .moveFocus(let by): screen = .teachBack(selected: Self.wrapped(selected, by: by, count: results.count))
        case .activate: return recordTeachBack(results[selected])
        case .recordTeachBack(let result): return recordTeachBack(result)
        case .open(.teachBackNote): screen = .teachBackNote(typed: step.note ?? "")
        case .read(nil):
            guard let topic = loadedTopics[point.topic], let item = topic.itemsByID[point.itemID] else { return [] }
            readingTopicID = topic.id
            overlay = .reading(section: topic.bank.sections.firstIndex { $0.id == item.section } ?? 0, scroll: 0)
        case .undo:
            guard step.pending == nil, let last = step.done.last else {
                notice = strings.teachBack.nothingToTakeBack
                return []
            }
            guard let id = last.id else { return [] }
            return [.removeTeachBack(id: id)]
        case .back, .stop: return finishTeachBack()
        case .scroll(let lines): scroll = max(0, scroll + lines)
        case .open(.help): overlay = .help
        case .unrecognised: notice = strings.teachBack.pressANumber
        default: break
        }
        return []
    }

    /// Sends what the patient did for the point shown (with its note) to the store.
    mutating func recordTeachBack(_ result: TeachBackResult) -> [Effect] {
        guard var step = teachBack, let point = step.current, let learner, let nurse,
            step.pending == nil, let sessionID = step.sessionID
        else { return [] }
        let record = TeachBackRecord(
            learnerID: learner.id, sessionID: sessionID, bankID: point.topic, pointID: point.pointID,
            result: result, note: step.note, nurse: nurse.displayName, recordedAt: now, nurseID: nurse.id)
        step.pending = record
        teachBack = step
        notice = nil
        return [.recordTeachBack(record)]
    }

    mutating func teachBackNote(_ intent: Intent, typed: String) -> [Effect] {
        switch intent {
        case .editText(let text):
            screen = .teachBackNote(
                typed: String(text.filter { !$0.isNewline }.prefix(TeachBackRecord.maximumNoteLength)))
        case .activate:
            teachBack?.note = TeachBackRecord.cleanNote(typed)
            screen = .teachBack(selected: 0)
        case .back: screen = .teachBack(selected: 0)
        default: break
        }
        return []
    }

    /// The store saved the pending result: on to the next point, or the end.
    mutating func teachBackSaved(id: TeachBackID) -> [Effect] {
        guard var step = teachBack, var record = step.pending else { return [] }
        record.id = id
        step.done.append(record)
        step.pending = nil
        step.position += 1
        step.note = nil
        teachBack = step
        screen = .teachBack(selected: 0)
        scroll = 0
        return step.current == nil ? finishTeachBack() : []
    }

    /// The store took the last result back: the step returns to that point, its choice and note as they were.
    mutating func teachBackRemoved(_ removed: Bool) -> [Effect] {
        guard var step = teachBack, let last = step.done.popLast() else { return [] }
        step.position -= 1
        step.note = last.note
        teachBack = step
        screen = .teachBack(selected: TeachBackResult.allCases.firstIndex(of: last.result) ?? 0)
        notice = removed ? strings.teachBack.takenBack : strings.notices.nothingToTakeBack
        return []
    }

    /// Ends the step (every result is already saved): home, with how many points were recorded.
    mutating func finishTeachBack() -> [Effect] {
        guard let step = teachBack else {
            goHome()
            return []
        }
        teachBack = nil
        if !isFinished {
            goHome()
            notice = strings.teachBack.saved(step.done.count)
        }
        var effects: [Effect] = []
        if step.ownSession, let id = step.sessionID { effects.append(.endSession(id: id)) }
        if !isFinished && learner != nil { effects.append(.loadHistory) }
        return effects
    }

    func teachBackView(selected: Int, typing: String?) -> TeachBackView? {
        guard let step = teachBack, let point = step.current, let topic = loadedTopics[point.topic],
            let item = topic.itemsByID[point.itemID]
        else { return nil }
        let clean = TextLayout.sanitize
        let pseudo: Language? = strings.language == .pseudo ? .pseudo : nil
        let prompt = TeachBack.prompt(for: item, in: topic.bank, language: pseudo)
        let acrossTopics = Set(step.points.map(\.topic)).count > 1
        return TeachBackView(
            number: step.position + 1, total: step.points.count,
            topic: acrossTopics ? clean(topic.bank.metadata.title) : nil,
            section: sectionTitle(item.section, in: topic),
            critical: point.critical, missedToday: point.missedToday, flaggedMisses: point.flaggedMisses,
            ask: clean(prompt.ask),
            listenFor: TeachBack.keyPoints(for: item, in: topic.bank, language: pseudo).map(clean),
            choices: TeachBackResult.allCases.map(strings.teachBack.result), selected: selected,
            note: step.note.map(clean), typing: typing.map(clean), saving: step.pending != nil)
    }
}
