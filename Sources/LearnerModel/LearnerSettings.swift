import Scheduling

/// What a learner chose on the settings screen: the scheduler, the daily limit, the confidence step and read-aloud.
public struct LearnerSettings: Sendable, Equatable {
    public var algorithm: Algorithm
    public var desiredRetention: Double
    public var newPerDay: Int
    /// Ask "how sure are you?" after each answer.
    public var confidenceStep: Bool
    /// Read each question and its feedback aloud (as `--speak` does).
    public var readAloud: Bool

    public init(
        algorithm: Algorithm = .fsrs, desiredRetention: Double = 0.9, newPerDay: Int = 10, confidenceStep: Bool = false,
        readAloud: Bool = false
    ) {
        self.algorithm = algorithm
        self.desiredRetention = desiredRetention
        self.newPerDay = newPerDay
        self.confidenceStep = confidenceStep
        self.readAloud = readAloud
    }

    public var scheduler: Scheduler { Scheduler(algorithm, desiredRetention: desiredRetention) }
}
