package struct LearnerPickerView: Sendable, Equatable {
    package var typed: String
    package var names: [String]
    /// The highlighted name; nil while a name is being typed.
    package var selected: Int?
    /// A shared station: no names are listed; each patient types their own code.
    package var shared: Bool = false
}
