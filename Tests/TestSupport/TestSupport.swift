import BuiltInBank
import ContentModel

/// Helpers shared by the test targets.
public enum TestSupport {
    /// The built-in bank, loaded once per call; tests fail loudly if it does not load.
    public static func builtInBank() throws -> Bank {
        guard let path = BuiltInBank.path else { throw MissingResource() }
        return try BankLoader.load(path: path)
    }

    public struct MissingResource: Error {}
}

extension TestSupport {
    /// The folder of the built-in bank.
    public static var builtInBankPath: String? { BuiltInBank.path }
}
