import Foundation

/// The rules for a learner's name or code, in one place for every store and every screen.
public enum LearnerName {
    /// The longest name or code, in characters.
    public static let maximumLength = 60

    /// Whether `text` holds a control character (which could drive a terminal), so it cannot be a name.
    public static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// The name as stored: trimmed, not empty, not too long, no control characters.
    /// - Throws: `StoreError.invalidName` saying which rule it breaks.
    public static func validated(_ raw: String) throws(StoreError) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.invalidName("a learner's name or code cannot be empty") }
        guard name.count <= maximumLength else {
            throw StoreError.invalidName("a learner's name or code can be at most \(maximumLength) characters")
        }
        guard !hasControlCharacters(name) else {
            throw StoreError.invalidName("a learner's name or code cannot contain control characters")
        }
        return name
    }
}
