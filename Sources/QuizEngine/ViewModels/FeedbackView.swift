public struct FeedbackView: Sendable, Equatable {
    /// The answer is still being saved: nothing else is shown yet.
    public var saving: Bool
    public var correct: Bool
    public var chosen: Int
    public var chosenText: String
    public var answer: Int
    public var key: String
    /// Why the key is right, when it says more than the key.
    public var explanation: String?
    /// Why the chosen wrong option is wrong, where the bank says.
    public var aboutYourAnswer: String?
    public var section: String
    /// When the question comes back, in words ("in 10 minutes"); nil in an exam.
    public var seeAgain: String?
    public var isExam: Bool
    /// A missed question comes back later in this session.
    public var comesBack: Bool
}
