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
    /// The element whose teaching point this item asks: its own (`source`), or the one it is a variant of (`point:`).
    public var point: String
    /// The sentences of the source the key is taught by (for a nurse: the key beside its source).
    public var quotes: [String]

    public var key: String { options[answer] }

    public init(
        id: String, version: String, kind: ItemKind, section: String, stem: String, options: [String], answer: Int,
        explanation: String, feedback: [String?], source: String, topic: String, critical: Bool, readingGrade: Double,
        point: String? = nil, quotes: [String] = []
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
        self.point = point ?? source
        self.quotes = quotes
    }
}

extension Item {
    /// The teaching point this item asks about: the content element it is made from. Items of one point are its
    /// forms (a concept's term → definition and definition → term; a fact's question and its sentence to complete;
    /// a group's members and its NOT item): they share one review schedule and take turns.
    public var teachingPoint: String { TeachingPoint.id(kind: kind, source: point) }
}

/// Teaching-point ids, from an item's kind and source, or from an item id alone (for histories kept by item id).
public enum TeachingPoint {
    public static func id(kind: ItemKind, source: String) -> String { "\(kind.element):\(source)" }

    /// The teaching point of an item id such as `definition-term:immunotherapy` or
    /// `group-member:immunotherapy-types:cancer-vaccines`; nil for an id of no known kind.
    public static func id(ofItem itemID: String) -> String? {
        guard let colon = itemID.firstIndex(of: ":"), let kind = ItemKind(rawValue: String(itemID[..<colon])) else {
            return nil
        }
        var source = itemID[itemID.index(after: colon)...]
        if kind == .groupMember, let next = source.firstIndex(of: ":") { source = source[..<next] }
        return id(kind: kind, source: String(source))
    }
}
