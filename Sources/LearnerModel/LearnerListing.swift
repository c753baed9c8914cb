import Foundation

/// One line of `learner list`: a learner with their number of answers and questions due.
public struct LearnerListing: Sendable, Equatable {
    public var learner: Learner
    public var attempts: Int
    public var due: Int
    public var lastActive: Date?

    public init(learner: Learner, attempts: Int, due: Int, lastActive: Date?) {
        self.learner = learner
        self.attempts = attempts
        self.due = due
        self.lastActive = lastActive
    }
}
