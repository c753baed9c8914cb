import Foundation
import Testing

@testable import NurseAccounts

@Suite struct SecretHashTests {
    @Test func theSecretVerifiesAndNothingElseDoes() {
        let kept = SecretHash.make("482913", parameters: .fast)
        #expect(SecretHash.verify("482913", against: kept))
        #expect(!SecretHash.verify("482914", against: kept))
        #expect(!SecretHash.verify("", against: kept))
        #expect(!SecretHash.verify("482913 ", against: kept))
    }

    @Test func theHashIsSaltedAndNeverHoldsTheSecret() {
        let a = SecretHash.make("correct horse", parameters: .fast)
        let b = SecretHash.make("correct horse", parameters: .fast)
        #expect(a != b)
        #expect(!a.contains("correct horse"))
        #expect(a.hasPrefix("scrypt$10$8$1$"))
    }

    @Test func theStandardWorkFactorIsWhatTheKeptHashSays() {
        let kept = SecretHash.make("482913")
        #expect(kept.hasPrefix("scrypt$15$8$1$"))
        #expect(SecretHash.verify("482913", against: kept))
    }

    /// Someone who edits the table to make one check cost gigabytes, or to drop the salt, gets no sign-in.
    @Test func aTamperedOrMalformedHashNeverVerifies() {
        let kept = SecretHash.make("482913", parameters: .fast)
        var parts = kept.split(separator: "$").map(String.init)
        parts[1] = "30"
        #expect(!SecretHash.verify("482913", against: parts.joined(separator: "$")))
        for bad in [
            "", "scrypt", "plain$482913", "scrypt$10$8$1$$", kept + "$x",
            kept.replacingOccurrences(of: "scrypt", with: "pbkdf2"),
        ] {
            #expect(!SecretHash.verify("482913", against: bad))
        }
    }

    @Test func constantTimeComparisonComparesEveryByte() {
        #expect(SecretHash.constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!SecretHash.constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!SecretHash.constantTimeEqual([9, 2, 3], [1, 2, 3]))
        #expect(!SecretHash.constantTimeEqual([1, 2], [1, 2, 3]))
    }

    @Test(arguments: [
        ("12345", SecretRules.Problem.tooShortPIN), ("abc1234", .tooShortPassword), ("000000", .oneCharacterRepeated),
        ("pass\u{1B}word1", .controlCharacters), (String(repeating: "ab", count: 65), .tooLong),
    ])
    func secretsTheRulesRefuse(secret: String, problem: SecretRules.Problem) {
        #expect(SecretRules.problem(secret) == problem)
    }

    @Test(arguments: ["482913", "correct horse", "Dana-2026!"])
    func secretsTheRulesTake(secret: String) {
        #expect(SecretRules.problem(secret) == nil)
    }
}
