import Words

/// What a nurse's secret must be: a PIN of at least 6 digits or a password of at least 8 characters, at most 128,
/// no control characters, and not one digit or letter over and over ("000000", "aaaaaaaa").
package enum SecretRules {
    package enum Problem: Sendable, Equatable {
        case tooShortPIN
        case tooShortPassword
        case tooLong
        case controlCharacters
        case oneCharacterRepeated
    }

    package static func problem(_ secret: String) -> Problem? {
        if secret.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .controlCharacters
        }
        if secret.count > 128 { return .tooLong }
        let digitsOnly = !secret.isEmpty && secret.allSatisfy { $0.isASCII && $0.isNumber }
        if digitsOnly && secret.count < 6 { return .tooShortPIN }
        if !digitsOnly && secret.count < 8 { return .tooShortPassword }
        if Set(secret).count == 1 { return .oneCharacterRepeated }
        return nil
    }

    /// The rule in words, for `teachback nurse add`.
    package static func describe(_ problem: Problem) -> Message {
        switch problem {
        case .tooShortPIN: Message("a PIN must have at least 6 digits")
        case .tooShortPassword:
            Message("a password must have at least 8 characters (or use a PIN of at least 6 digits)")
        case .tooLong: Message("a secret can have at most 128 characters")
        case .controlCharacters: Message("a secret cannot contain control characters")
        case .oneCharacterRepeated: Message("a secret cannot be one character repeated")
        }
    }
}
