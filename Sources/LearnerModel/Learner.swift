import Foundation

/// A person who answers questions: a name or a code a nurse assigns, and their settings.
public struct Learner: Sendable, Equatable, Identifiable {
    public var id: LearnerID
    public var name: String
    public var created: Date
    public var settings: LearnerSettings

    public init(id: LearnerID, name: String, created: Date, settings: LearnerSettings = .init()) {
        self.id = id
        self.name = name
        self.created = created
        self.settings = settings
    }
}
