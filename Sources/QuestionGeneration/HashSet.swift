/// A set of 64-bit hashes, already well mixed, so they are their own slot: no hashing again on look-up.
struct HashSet: Sendable {
    private var slots: [UInt64] = Array(repeating: 0, count: 16)
    private var count = 0
    /// Zero marks an empty slot, so a zero hash is kept aside.
    private var hasZero = false

    func contains(_ value: UInt64) -> Bool {
        if value == 0 { return hasZero }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: value) & mask
        while slots[slot] != 0 {
            if slots[slot] == value { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    mutating func insert(_ value: UInt64) {
        if value == 0 {
            hasZero = true
            return
        }
        guard !contains(value) else { return }
        if (count + 1) * 2 > slots.count {
            let old = slots
            slots = Array(repeating: 0, count: slots.count * 2)
            for kept in old where kept != 0 { place(kept) }
        }
        place(value)
        count += 1
    }

    private mutating func place(_ value: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: value) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = value
    }
}
