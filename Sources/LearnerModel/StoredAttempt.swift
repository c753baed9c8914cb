import Foundation

/// An answer as kept: for reports and item analysis.
public struct StoredAttempt: Sendable, Equatable {
    public var id: AttemptID
    public var sessionID: SessionID
    public var bankID: String
    public var itemID: String
    public var itemVersion: String
    public var section: String
    public var chosen: Int
    public var chosenText: String
    public var correct: Bool
    public var confidence: String?
    public var responseMilliseconds: Int
    public var answeredAt: Date

    public init(
        id: AttemptID, sessionID: SessionID, bankID: String, itemID: String, itemVersion: String, section: String,
        chosen: Int,
        chosenText: String,
        correct: Bool, confidence: String?, responseMilliseconds: Int, answeredAt: Date
    ) {
        self.id = id
        self.sessionID = sessionID
        self.bankID = bankID
        self.itemID = itemID
        self.itemVersion = itemVersion
        self.section = section
        self.chosen = chosen
        self.chosenText = chosenText
        self.correct = correct
        self.confidence = confidence
        self.responseMilliseconds = responseMilliseconds
        self.answeredAt = answeredAt
    }
}
