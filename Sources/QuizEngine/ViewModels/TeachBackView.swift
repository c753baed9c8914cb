/// One teaching point of the nurse's teach-back step.
public struct TeachBackView: Sendable, Equatable {
    public var number: Int
    public var total: Int
    /// The point's topic, in a step across topics.
    public var topic: String?
    public var section: String
    public var critical: Bool
    public var missedToday: Bool
    /// Sessions missed since last explained, when that flags the point.
    public var flaggedMisses: Int?
    /// What to ask, in plain words.
    public var ask: String
    /// What to listen for: the key points, a short list.
    public var listenFor: [String]
    /// The four results, in order (1 to 4).
    public var choices: [String]
    public var selected: Int
    /// The note kept for this point so far.
    public var note: String?
    /// The note being typed, while its field is open.
    public var typing: String?
    /// Waiting for the store to confirm the last result is saved.
    public var saving: Bool
}
