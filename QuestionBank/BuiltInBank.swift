import Foundation

/// The banks that ship with Teachback, as package resources so `swift run teachback` works from any folder.
public enum BuiltInBank {
    /// The folder of the built-in immunotherapy bank (English): the bank used when no other is chosen.
    public static var path: String? { folder("immunotherapy-recurrence") }

    /// Every built-in bank's folder: the English bank first, then its Spanish and Simplified Chinese content models.
    public static var paths: [String] {
        ["immunotherapy-recurrence", "immunotherapy-recurrence-es", "immunotherapy-recurrence-zh"].compactMap(folder)
    }

    private static func folder(_ name: String) -> String? {
        Bundle.module.url(forResource: name, withExtension: nil)?.path
    }
}
