/// Where a nurse enters their name for a nurse-led session.
public struct FacilitatorStrings: Sendable, Equatable {
    public let language: Language

    public var title: String { "Nurse-led session" }
    public var explain: String {
        "Type the nurse's name or initials. It is saved with this learner's sessions and shown in reports."
    }
    public func leading(_ nurse: String) -> String { "Nurse-led session with \(nurse)." }
    public var terminalKeys: String { "Enter: save · Esc: cancel" }
}
