import Foundation

/// The rules for a learner's name or code, in one place for every store and every screen.
public enum LearnerName {
    /// The longest name or code, in characters.
    public static let maximumLength = 60

    /// Whether `text` holds a control character (which could drive a terminal), so it cannot be a name.
    public static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// The name as it is compared and stored: trimmed, each run of spaces one space, in Unicode's composed form
    /// (NFC), so "José" typed with é and "José" typed as e and a combining accent are one learner.
    public static func normalized(_ raw: String) -> String {
        let words = raw.split(whereSeparator: { $0.isWhitespace })
        return words.joined(separator: " ").precomposedStringWithCanonicalMapping
    }

    /// The first character that may not be in a name, with its position (1-based, counting Unicode scalars of
    /// `raw`): a control character, or one that is invisible or turns text around (zero-width spaces, bidirectional
    /// overrides and isolates, the byte-order mark, soft hyphens, fillers) and so makes two names look alike or
    /// makes a list read wrongly.
    public static func forbiddenCharacter(in raw: String) -> (position: Int, scalar: Unicode.Scalar)? {
        for (offset, scalar) in raw.unicodeScalars.enumerated() {
            let category = scalar.properties.generalCategory
            if category == .control && scalar != "\n" && scalar != "\t" && scalar != "\r" {
                return (offset + 1, scalar)
            }
            // Format characters (Cf) are invisible by definition: U+200B, U+200E/F, U+202A–E, U+2060–4, U+2066–9,
            // U+FEFF, U+00AD… Also the invisible fillers of Hangul and the Mongolian vowel separator.
            if category == .format || [0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E].contains(scalar.value) {
                return (offset + 1, scalar)
            }
            // Line and paragraph separators (U+2028, U+2029).
            if category == .lineSeparator || category == .paragraphSeparator { return (offset + 1, scalar) }
        }
        return nil
    }

    /// The name as stored: normalised (`normalized`), not empty, not too long, with no control, invisible or
    /// direction-changing character.
    /// - Throws: `StoreError.invalidName` saying which rule it breaks (and where).
    public static func validated(_ raw: String) throws(StoreError) -> String {
        if let (position, scalar) = forbiddenCharacter(in: raw) {
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            if scalar.properties.generalCategory == .control {
                throw StoreError.invalidName(.controlCharacter(position: position, code: code))
            }
            throw StoreError.invalidName(.invisibleCharacter(position: position, code: code))
        }
        let name = normalized(raw)
        guard !name.isEmpty else { throw StoreError.invalidName(.empty) }
        guard name.count <= maximumLength else {
            throw StoreError.invalidName(.tooLong(maximum: maximumLength))
        }
        return name
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
