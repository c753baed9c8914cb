import Foundation

/// A session as it starts.
public struct NewSession: Sendable, Equatable {
    public var learnerID: LearnerID
    public var mode: SessionMode
    public var section: String?
    public var facilitator: String?
    /// The topic's bank; nil for a session across all the learner's topics.
    public var bankID: String?
    public var startedAt: Date

    public init(
        learnerID: LearnerID, mode: SessionMode, section: String? = nil, facilitator: String? = nil, bankID: String?,
        startedAt: Date
    ) {
        self.learnerID = learnerID
        self.mode = mode
        self.section = section
        self.facilitator = facilitator
        self.bankID = bankID
        self.startedAt = startedAt
    }
}
