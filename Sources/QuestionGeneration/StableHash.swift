/// Stable hashes of item texts (FNV-1a by parts) for versions and for choosing among distractors without the seed.
enum StableHash {
    static let offset = FNV1a.offset

    /// Folds one part (its bytes, then a separator) into the hash.
    @inline(__always)
    static func mix(_ hash: UInt64, _ part: String) -> UInt64 {
        part.utf8.withContiguousStorageIfAvailable { FNV1a.part(hash, $0) } ?? FNV1a.part(hash, part.utf8)
    }

    static func of(_ parts: [String]) -> UInt64 { parts.reduce(offset, mix) }

    /// The same as `of([a, b])`, without building an array.
    static func of(_ a: String, _ b: String) -> UInt64 { mix(mix(offset, a), b) }

    /// Mixes two hashes into one well-spread value (SplitMix64's finaliser), for ordering candidates by item.
    @inline(__always)
    static func mixed(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a ^ (b &* 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func hex(_ parts: [String]) -> String { hex(of(parts)) }

    /// The first `digits` of `hex(hash)`, written straight into the string.
    static func hexPrefix(_ hash: UInt64, digits: Int) -> String {
        let count = min(16, max(0, digits))
        return String(unsafeUninitializedCapacity: count) { buffer in
            for place in 0..<count {
                let nibble = UInt8(truncatingIfNeeded: hash >> UInt64(60 - 4 * place)) & 0xF
                buffer[place] = nibble < 10 ? 48 + nibble : 87 + nibble
            }
            return count
        }
    }

    static func hex(_ hash: UInt64) -> String {
        let s = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
