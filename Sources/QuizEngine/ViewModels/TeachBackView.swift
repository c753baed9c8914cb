/// One teaching point of the nurse's teach-back step.
package struct TeachBackView: Sendable, Equatable {
    package var number: Int
    package var total: Int
    /// The point's topic, in a step across topics.
    package var topic: String?
    package var section: String
    package var critical: Bool
    package var missedToday: Bool
    /// Sessions missed since last explained, when that flags the point.
    package var flaggedMisses: Int?
    /// What to ask, in plain words.
    package var ask: String
    /// What to listen for: the key points, a short list.
    package var listenFor: [String]
    /// The four results, in order (1 to 4).
    package var choices: [String]
    package var selected: Int
    /// The note kept for this point so far.
    package var note: String?
    /// The note being typed, while its field is open.
    package var typing: String?
    /// Waiting for the store to confirm the last result is saved.
    package var saving: Bool
}
