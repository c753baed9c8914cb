/// One multiple-choice question, ready to show.
///
/// `id` comes from the content element's id and the kind, never from option order or the seed, so a
/// learner's history survives regeneration; `version` changes when the question's text changes.
public struct Item: Sendable, Equatable, Hashable, Codable, Identifiable {
    public var id: String
    public var version: String
    public var kind: ItemKind
    public var section: String
    public var stem: String
    public var options: [String]
    /// The 0-based index of the right option.
    public var answer: Int
    /// Why the key is right, in plain words.
    public var explanation: String
    /// Feedback for each option when chosen wrongly (nil for the key, or where the model has none).
    public var feedback: [String?]
    /// The id of the content element the key comes from.
    public var source: String
    /// The concept or element this item teaches; two items with the same `topic` are not asked back to back.
    public var topic: String
    public var critical: Bool
    public var readingGrade: Double

    public var key: String { options[answer] }

    public init(
        id: String, version: String, kind: ItemKind, section: String, stem: String, options: [String], answer: Int,
        explanation: String, feedback: [String?], source: String, topic: String, critical: Bool, readingGrade: Double
    ) {
        self.id = id
        self.version = version
        self.kind = kind
        self.section = section
        self.stem = stem
        self.options = options
        self.answer = answer
        self.explanation = explanation
        self.feedback = feedback
        self.source = source
        self.topic = topic
        self.critical = critical
        self.readingGrade = readingGrade
    }
}
