import Foundation

/// A finished or unfinished session with its counts: each question counts once, by its first answer.
public struct SessionSummary: Sendable, Equatable {
    public var id: SessionID
    public var mode: SessionMode
    /// The session's topic; nil for a session across topics.
    public var bankID: String?
    public var section: String?
    public var facilitator: String?
    /// The account of the nurse who led it; nil with a `facilitator` is a name typed before accounts (not verified).
    public var nurseID: NurseID?
    public var startedAt: Date
    public var endedAt: Date?
    public var attempted: Int
    public var correct: Int

    public init(
        id: SessionID, mode: SessionMode, bankID: String? = nil, section: String?, facilitator: String?,
        startedAt: Date,
        endedAt: Date?,
        attempted: Int,
        correct: Int, nurseID: NurseID? = nil
    ) {
        self.nurseID = nurseID
        self.id = id
        self.mode = mode
        self.bankID = bankID
        self.section = section
        self.facilitator = facilitator
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.attempted = attempted
        self.correct = correct
    }
}
