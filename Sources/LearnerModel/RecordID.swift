/// A row's id in one table of a store: a learner's id cannot be passed where a session's is wanted.
///
/// After pointfreeco's `Tagged`: the tag is an empty enum naming the table, the value the store's integer key. A row
/// not saved yet has no id (an optional), never a sentinel such as -1 or 0.
public struct RecordID<Tag>: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The store's key for the row.
    public var rawValue: Int64

    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { String(rawValue) }
}

extension RecordID: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) { self.init(value) }
}

extension RecordID: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Int64.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The tables whose rows have ids.
public enum LearnerTable {}
public enum SessionTable {}
public enum AttemptTable {}
public enum TeachBackTable {}
public enum AuditTable {}

/// A learner's id.
public typealias LearnerID = RecordID<LearnerTable>
/// A session's id.
public typealias SessionID = RecordID<SessionTable>
/// An answer's (attempt's) id.
public typealias AttemptID = RecordID<AttemptTable>
/// A teach-back result's id.
public typealias TeachBackID = RecordID<TeachBackTable>
/// An audit event's id.
public typealias AuditID = RecordID<AuditTable>
