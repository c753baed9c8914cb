public struct LearnerPickerView: Sendable, Equatable {
    public var typed: String
    public var names: [String]
    /// The highlighted name; nil while a name is being typed.
    public var selected: Int?
    /// A shared station: no names are listed; each patient types their own code.
    public var shared: Bool = false
}
