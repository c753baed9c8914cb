import Foundation
import Scheduling

/// One learner's planned topic on the nurse's roster: what it takes to decide whom to see first. Made by the
/// reports' roster (`Roster` in Reports), shown by the trainer's roster screen and the `roster` command.
package struct RosterEntry: Sendable, Equatable {
    /// A safety point the learner answered wrong while sure of the answer (they believe the unsafe thing), since it
    /// was last explained back by teach-back.
    package struct SafetyAlert: Sendable, Equatable {
        package var pointID: String
        /// What the point is about, in a few words.
        package var label: String
        package var at: Date

        package init(pointID: String, label: String, at: Date) {
            self.pointID = pointID
            self.label = label
            self.at = at
        }
    }

    package var learner: String
    package var topicID: String
    package var topicTitle: String
    package var readyBy: CalendarDay?
    /// Days from today to `readyBy` (negative once it passed).
    package var daysLeft: Int?
    /// Nil without a date.
    package var onTrack: Bool?
    package var isReady: Bool
    /// "Ready: …" or "Not ready yet: …", with the date's line.
    package var readiness: String
    /// Points missed often since last explained back, by label.
    package var needsTeachBack: [String]
    package var lastSession: Date?
    package var safetyAlerts: [SafetyAlert]

    package init(
        learner: String, topicID: String, topicTitle: String, readyBy: CalendarDay?, daysLeft: Int?, onTrack: Bool?,
        isReady: Bool, readiness: String, needsTeachBack: [String], lastSession: Date?, safetyAlerts: [SafetyAlert]
    ) {
        self.learner = learner
        self.topicID = topicID
        self.topicTitle = topicTitle
        self.readyBy = readyBy
        self.daysLeft = daysLeft
        self.onTrack = onTrack
        self.isReady = isReady
        self.readiness = readiness
        self.needsTeachBack = needsTeachBack
        self.lastSession = lastSession
        self.safetyAlerts = safetyAlerts
    }

    /// Who needs the nurse first, lowest first: a safety alert; then behind for a date; then a date within a week
    /// and not ready; then points needing teach-back; then the rest.
    package var urgency: Int {
        if !safetyAlerts.isEmpty { return 0 }
        if onTrack == false { return 1 }
        if !isReady, let daysLeft, daysLeft <= 7 { return 2 }
        if !needsTeachBack.isEmpty { return 3 }
        return isReady ? 5 : 4
    }

    /// What follows the learner's name on a row: the topic, the date and where they stand.
    package func summary(_ s: Strings) -> String {
        let r = s.roster
        var parts = [TextLayout.sanitize(topicTitle)]
        if let readyBy, let daysLeft {
            parts.append(s.topics.day(readyBy) + " (" + r.daysLeft(daysLeft) + ")")
        } else {
            parts.append(r.noDate)
        }
        if isReady {
            parts.append(r.ready)
        } else if let onTrack {
            parts.append(onTrack ? r.onTrack : r.behind)
        }
        return parts.joined(separator: " · ")
    }

    /// The roster's order: urgency, then more alerts, then the nearest date, then the name.
    package static func inOrder(_ entries: [RosterEntry]) -> [RosterEntry] {
        entries.sorted { a, b in
            if a.urgency != b.urgency { return a.urgency < b.urgency }
            if a.safetyAlerts.count != b.safetyAlerts.count { return a.safetyAlerts.count > b.safetyAlerts.count }
            switch (a.daysLeft, b.daysLeft) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            if a.learner != b.learner { return a.learner.lowercased() < b.learner.lowercased() }
            return a.topicID < b.topicID
        }
    }
}
