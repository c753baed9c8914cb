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

/// The shapes a question can take.
public enum ItemKind: String, Sendable, Codable, CaseIterable {
    case termToDefinition = "term-definition"
    case definitionToTerm = "definition-term"
    case groupMember = "group-member"
    case groupNotMember = "group-not"
    case factQuestion = "fact"
    case factCompletion = "fact-completion"
    case trueFalse = "true-false"
    case faq = "faq"
    case scenario = "scenario"
}

/// SplitMix64: a small seeded generator, so the same seed always gives the same questions and sessions.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }
}

/// Stable hashes of item texts (FNV-1a by parts) for versions and for choosing among distractors without the seed.
enum StableHash {
    static let offset = FNV1a.offset

    /// Folds one part (its bytes, then a separator) into the hash.
    @inline(__always)
    static func mix(_ hash: UInt64, _ part: String) -> UInt64 {
        part.utf8.withContiguousStorageIfAvailable { FNV1a.part(hash, $0) } ?? FNV1a.part(hash, part.utf8)
    }

    static func of(_ parts: [String]) -> UInt64 { parts.reduce(offset, mix) }

    /// The same as `of([a, b])`, without building an array.
    static func of(_ a: String, _ b: String) -> UInt64 { mix(mix(offset, a), b) }

    /// Mixes two hashes into one well-spread value (SplitMix64's finaliser), for ordering candidates by item.
    @inline(__always)
    static func mixed(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a ^ (b &* 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func hex(_ parts: [String]) -> String { hex(of(parts)) }

    /// The first `digits` of `hex(hash)`, written straight into the string.
    static func hexPrefix(_ hash: UInt64, digits: Int) -> String {
        let count = min(16, max(0, digits))
        return String(unsafeUninitializedCapacity: count) { buffer in
            for place in 0..<count {
                let nibble = UInt8(truncatingIfNeeded: hash >> UInt64(60 - 4 * place)) & 0xF
                buffer[place] = nibble < 10 ? 48 + nibble : 87 + nibble
            }
            return count
        }
    }

    static func hex(_ hash: UInt64) -> String {
        let s = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
