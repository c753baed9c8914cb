import Foundation

/// A session as it starts.
public struct NewSession: Sendable, Equatable {
    public var learnerID: LearnerID
    public var mode: SessionMode
    public var section: String?
    /// The nurse leading it, as charts name them (the account's display name; typed text before accounts).
    public var facilitator: String?
    /// The signed-in nurse's account leading it; nil for a session no nurse leads (or one from before accounts).
    public var nurseID: NurseID?
    /// The topic's bank; nil for a session across all the learner's topics.
    public var bankID: String?
    public var startedAt: Date

    public init(
        learnerID: LearnerID, mode: SessionMode, section: String? = nil, facilitator: String? = nil, bankID: String?,
        startedAt: Date, nurseID: NurseID? = nil
    ) {
        self.nurseID = nurseID
        self.learnerID = learnerID
        self.mode = mode
        self.section = section
        self.facilitator = facilitator
        self.bankID = bankID
        self.startedAt = startedAt
    }
}
