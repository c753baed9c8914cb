import Foundation

/// What the nurse heard when they asked the patient to explain a teaching point in their own words (teach-back).
public enum TeachBackResult: String, Sendable, CaseIterable, Codable {
    /// The patient explained it in their own words.
    case ownWords = "own-words"
    /// The patient explained it after the nurse taught it again.
    case afterReteaching = "after-reteaching"
    /// The patient could not explain it yet: follow-up needed.
    case notYet = "not-yet"
    /// The nurse did not ask about it this time.
    case skipped

    /// Whether the patient showed they understood (the point no longer needs teach-back).
    public var understood: Bool { self == .ownWords || self == .afterReteaching }
}

/// One teaching point checked by teach-back, as kept with its session.
public struct TeachBackRecord: Sendable, Equatable {
    /// The store's id; nil before it is saved.
    public var id: TeachBackID?
    public var learnerID: LearnerID
    public var sessionID: SessionID
    public var bankID: String
    public var pointID: String
    public var result: TeachBackResult
    /// The nurse's short note, if any: at most `maximumNoteLength` characters, no control characters.
    public var note: String?
    /// The nurse who asked, as charts name them (the account's display name; typed text before accounts).
    public var nurse: String
    /// The signed-in nurse's account; nil for a result recorded before accounts (its name not verified).
    public var nurseID: NurseID?
    public var recordedAt: Date

    /// The longest note kept, in characters.
    public static let maximumNoteLength = 200

    public init(
        id: TeachBackID? = nil, learnerID: LearnerID, sessionID: SessionID, bankID: String, pointID: String,
        result: TeachBackResult,
        note: String? = nil, nurse: String, recordedAt: Date, nurseID: NurseID? = nil
    ) {
        self.nurseID = nurseID
        self.id = id
        self.learnerID = learnerID
        self.sessionID = sessionID
        self.bankID = bankID
        self.pointID = pointID
        self.result = result
        self.note = note.flatMap(Self.cleanNote)
        self.nurse = nurse
        self.recordedAt = recordedAt
    }

    /// A note as kept: control characters (escape sequences, bidi overrides, line breaks) become spaces or go, runs of
    /// spaces become one, and it is cut to `maximumNoteLength`; nil when nothing is left.
    public static func cleanNote(_ typed: String) -> String? {
        var out = ""
        for scalar in typed.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                if !out.hasSuffix(" ") { out.append(" ") }
            case .spaceSeparator:
                if !out.hasSuffix(" ") { out.append(" ") }
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        let trimmed = out.trimmingCharacters(in: .whitespaces)
        let cut = String(trimmed.prefix(maximumNoteLength)).trimmingCharacters(in: .whitespaces)
        return cut.isEmpty ? nil : cut
    }
}

/// A session in which a teaching point was missed: what flags a point for teach-back.
public struct PointMiss: Sendable, Equatable {
    public var pointID: String
    public var sessionID: SessionID
    /// The first wrong answer to the point in that session.
    public var at: Date

    public init(pointID: String, sessionID: SessionID, at: Date) {
        self.pointID = pointID
        self.sessionID = sessionID
        self.at = at
    }
}

/// Which teaching points need teach-back: missed in `leechMisses` sessions or more (a leech, in Anki's word; Anki's
/// default is 8 lapses, a patient's sessions are fewer), or, for a critical (safety) point, in `criticalMisses`. Only
/// misses since the patient last explained the point (own words, or after re-teaching) count.
public enum TeachBackFlags {
    public static let leechMisses = 4
    public static let criticalMisses = 2

    /// Sessions in which each point was missed since it was last explained.
    public static func missesSinceExplained(misses: [PointMiss], teachBacks: [TeachBackRecord]) -> [String: Int] {
        var explained: [String: Date] = [:]
        for record in teachBacks where record.result.understood {
            explained[record.pointID] = max(explained[record.pointID] ?? .distantPast, record.recordedAt)
        }
        var counts: [String: Int] = [:]
        for miss in misses where miss.at > (explained[miss.pointID] ?? .distantPast) {
            counts[miss.pointID, default: 0] += 1
        }
        return counts
    }

    /// Whether a point missed `misses` times since last explained needs teach-back.
    public static func isFlagged(misses: Int, critical: Bool) -> Bool {
        misses >= leechMisses || (critical && misses >= criticalMisses)
    }
}
