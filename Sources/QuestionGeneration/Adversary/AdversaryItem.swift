/// What the adversary sees of one generated item: the texts a learner is shown, and which option is the key.
///
/// Apart from `Item` so the adversary can judge every draft before lint decides what to keep (a flaw lint drops is
/// hidden, not gone), and so it reads only what a patient would read, whatever else an item comes to carry.
public struct AdversaryItem: Sendable, Equatable {
    /// The item's id, e.g. "scenario:new-rash": leak pairs and session orders name items by it.
    public var id: String
    public var kind: ItemKind
    /// The teaching point, e.g. "action:new-rash": a session asks one form of each point, as the planner does.
    public var point: String
    /// The section: its passage is what a wrong answer may show.
    public var section: String
    public var stem: String
    /// The options as shown; a true-or-false item's are exactly the language's true and false words.
    public var options: [String]
    /// The index of the key in `options`.
    public var answer: Int
    /// Shown after answering, right or wrong: a text the rest of the session can read answers in.
    public var explanation: String
    /// Per option, shown when that option is picked (nil for the key, or where there is none).
    public var feedback: [String?]
    /// Whether this is a safety item: the thresholds judge safety items as a group too.
    public var critical: Bool

    public init(
        id: String, kind: ItemKind, point: String, section: String, stem: String, options: [String], answer: Int,
        explanation: String, feedback: [String?], critical: Bool
    ) {
        self.id = id
        self.kind = kind
        self.point = point
        self.section = section
        self.stem = stem
        self.options = options
        self.answer = answer
        self.explanation = explanation
        self.feedback = feedback
        self.critical = critical
    }
}
