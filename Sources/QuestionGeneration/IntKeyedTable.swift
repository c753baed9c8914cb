/// An insert-only hash table keyed by integers (concept indices), hashed by one multiplication.
struct IntKeyedTable<Value> {
    /// Open addressing: each slot holds an entry index + 1, or 0 when empty. Always a power of two, at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var keys: [Int] = []
    private var values: [Value] = []

    private static func start(_ key: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    subscript(key: Int) -> Value? {
        let mask = slots.count - 1
        var slot = Self.start(key, mask)
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if keys[entry] == key { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a key not yet in the table.
    mutating func insert(_ key: Int, _ value: Value) {
        keys.append(key)
        values.append(value)
        if keys.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for (entry, kept) in keys.enumerated() { place(entry, kept) }
        } else {
            place(keys.count - 1, key)
        }
    }

    private mutating func place(_ entry: Int, _ key: Int) {
        let mask = slots.count - 1
        var slot = Self.start(key, mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }
}
