import Foundation

/// An insert-only hash table keyed by byte strings, with values addressed by the index they were added at.
///
/// Keys are copied into one byte array; look-ups hash eight bytes at a step and compare bytes only on a hash match.
struct ByteKeyedTable<Value> {
    /// Open addressing: each slot holds an entry index + 1, or 0 when empty. Always a power of two, at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var bytes: [UInt8] = []
    private var values: [Value] = []

    subscript(index: Int) -> Value {
        get { values[index] }
        set { values[index] = newValue }
    }

    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        let raw = UnsafeRawBufferPointer(key)
        var i = 0
        while i + 8 <= key.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < key.count {
            tail |= UInt64(key[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }

    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? { index(of: key, hash: Self.hash(key)) }

    func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if hashes[entry] == hash && matches(entry, key) { return entry }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry]
        let end = entry + 1 < starts.count ? starts[entry + 1] : bytes.count
        guard end - start == key.count else { return false }
        guard let base = key.baseAddress, !key.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { all in
            guard let stored = all.baseAddress else { return false }
            return memcmp(stored + start, base, key.count) == 0
        }
    }

    /// Adds a key not yet in the table; returns its index.
    mutating func append(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Value) -> Int {
        let entry = values.count
        hashes.append(hash)
        starts.append(bytes.count)
        bytes.append(contentsOf: key)
        values.append(value)
        if values.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for (index, h) in hashes.enumerated() { place(index, h) }
        } else {
            place(entry, hash)
        }
        return entry
    }

    private mutating func place(_ entry: Int, _ hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }
}

extension ByteKeyedTable where Value == Bool {
    /// Used as a set of strings: whether `key`'s bytes were inserted.
    func contains(_ key: String) -> Bool { withBytes(key) { contains($0) } }
    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool { index(of: key) != nil }

    mutating func insert(_ key: String) { withBytes(key) { insert($0) } }

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) {
        let hash = Self.hash(bytes)
        if index(of: bytes, hash: hash) == nil { _ = append(bytes, hash: hash, value: true) }
    }
}

extension ByteKeyedTable: Sendable where Value: Sendable {}

/// Calls `body` with the UTF-8 bytes of `text`, without copying them when they are stored contiguously.
@inline(__always)
func withBytes<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = String(text)
    return copy.withUTF8(body)
}
