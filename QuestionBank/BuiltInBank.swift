import Foundation

/// The bank that ships with Teachback, as a package resource so `swift run teachback` works from any folder.
public enum BuiltInBank {
    /// The folder of the built-in immunotherapy bank.
    public static var path: String? {
        Bundle.module.url(forResource: "immunotherapy-recurrence", withExtension: nil)?.path
    }
}
