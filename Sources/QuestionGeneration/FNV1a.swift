/// FNV-1a, 64-bit: the one stable hash of the project (item versions, distractor order, the bank cache's key,
/// the fuzz seed of a review). Stored answers carry versions made with it, so it must never change.
public enum FNV1a {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x100_0000_01b3

    /// Folds bytes into `hash`. Inlinable, so a caller in another module gets a loop specialised to its sequence
    /// (unspecialised, each byte went through the Sequence witness table: hashing a bank's files at start-up cost
    /// milliseconds).
    @inlinable @inline(__always)
    public static func fold(_ hash: UInt64, _ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = hash
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* prime
        }
        return h
    }

    /// The hash of a string's UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 { fold(offset, text.utf8) }

    /// Folds one part of several into `hash`: its bytes, then a separator, so ("ab", "c") and ("a", "bc") differ.
    @inlinable @inline(__always)
    public static func part(_ hash: UInt64, _ bytes: some Sequence<UInt8>) -> UInt64 {
        (fold(hash, bytes) ^ 0x1F) &* prime
    }
}
