package struct FeedbackView: Sendable, Equatable {
    /// The answer is still being saved: nothing else is shown yet.
    package var saving: Bool
    package var correct: Bool
    package var chosen: Int
    package var chosenText: String
    package var answer: Int
    package var key: String
    /// Why the key is right, when it says more than the key.
    package var explanation: String?
    /// Why the chosen wrong option is wrong, where the bank says.
    package var aboutYourAnswer: String?
    package var section: String
    /// When the question comes back, in words ("in 10 minutes"); nil in an exam.
    package var seeAgain: String?
    package var isExam: Bool
    /// A missed question comes back later in this session.
    package var comesBack: Bool
}
