import Foundation

/// Small text helpers for building stems.
enum Text {
    /// Lower-cases the first letter unless the first word is an acronym ("CAR T-cell therapy").
    static func lowerFirst(_ s: String) -> String {
        if let ascii = lowerFirstASCII(s) { return ascii }
        guard let first = s.first else { return s }
        let firstWord = s.prefix { $0 != " " }
        if firstWord.count > 1 && firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return s }
        return first.lowercased() + s.dropFirst()
    }

    /// `lowerFirst` for text whose first word is ASCII: bytes in, bytes out. Nil when the fast way does not apply.
    private static func lowerFirstASCII(_ s: String) -> String? {
        let bytes = s.utf8
        guard let first = bytes.first, first < 0x80 else { return nil }
        let firstWord = bytes.prefix { $0 != 32 }
        guard firstWord.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return nil }
        let isUpper = ASCII.isUpper
        func isLetter(_ b: UInt8) -> Bool { isUpper(b) || (b >= 97 && b <= 122) }
        // An acronym ("CAR T-cell therapy") keeps its capitals.
        if firstWord.count > 1 && firstWord.allSatisfy({ isUpper($0) || !isLetter($0) }) { return s }
        guard isUpper(first) else { return s }
        return withBytes(s) { all in
            String(unsafeUninitializedCapacity: all.count) { out in
                _ = out.initialize(from: all)
                out[0] = first + 32
                return all.count
            }
        }
    }

    /// "Term: definition." — how a concept is explained.
    static func defines(_ term: String, _ definition: String) -> String { "\(term): \(lowerFirst(definition))." }

    static func upperFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
