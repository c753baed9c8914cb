import Foundation

/// Byte-level tests and conversions for ASCII text, eight bytes at a time where it pays.
enum ASCII {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Whether every byte is below 0x80.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & highBits != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    static func isASCII(_ text: String) -> Bool { withBytes(text) { isASCII($0) } }

    /// Whether the text is ASCII on one line: no tab, line feed or carriage return (spaces are its only separators).
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if word & highBits != 0 { return false }
            // Some byte below 0x20 (exact for ASCII bytes): look at each.
            if (word &- ones &* 0x20) & ~word & highBits != 0 {
                for k in i..<(i + 8) where bytes[k] == 9 || bytes[k] == 10 || bytes[k] == 13 { return false }
            }
            i += 8
        }
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x80 || b == 9 || b == 10 || b == 13 { return false }
            i += 1
        }
        return true
    }

    static func isPlain(_ text: String) -> Bool { withBytes(text) { isPlain($0) } }

    static func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }

    /// The byte with A–Z lower-cased.
    static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    /// The bytes with A–Z lower-cased, as a string, written in place.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for (i, b) in bytes.enumerated() { out[i] = lower(b) }
            return bytes.count
        }
    }
}
