import Scheduling

/// What a learner chose on the settings screen: the scheduler, the daily limit and the confidence step.
public struct LearnerSettings: Sendable, Equatable {
    public var algorithm: Algorithm
    public var desiredRetention: Double
    public var newPerDay: Int
    /// Ask "how sure are you?" after each answer.
    public var confidenceStep: Bool

    public init(
        algorithm: Algorithm = .fsrs, desiredRetention: Double = 0.9, newPerDay: Int = 10, confidenceStep: Bool = false
    ) {
        self.algorithm = algorithm
        self.desiredRetention = desiredRetention
        self.newPerDay = newPerDay
        self.confidenceStep = confidenceStep
    }

    public var scheduler: Scheduler { Scheduler(algorithm, desiredRetention: desiredRetention) }
}
