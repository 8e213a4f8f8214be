/// The positions of a growing list of distinct names, found by name: an open-addressing
/// table hashed with FNV-1a.
///
/// Lookups by name are the validator's and the executor's hot path (every field, argument
/// and input field is found this way), and here one costs a few instructions per byte of
/// the name plus one string comparison, where a `Dictionary<String, Int>` lookup (SipHash
/// and its finalization) costs about 300. An unseeded hash is safe for this use: only
/// schema names are inserted, so a request cannot choose colliding keys; it can only look
/// names up, and each lookup probes a table at most half full.
struct NameIndex: Sendable {
    /// The names, in the order inserted; a name's position is its index here.
    private(set) var names: [String] = []
    /// Positions by hash; -1 marks an empty slot. Power-of-two sized, at most half full.
    private var slots: [Int32] = []

    init() {}

    /// The position of `name`; `nil` when it was never inserted.
    func position(of name: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Self.hash(name) & mask
        while true {
            let position = Int(slots[slot])
            if position < 0 { return nil }
            if names[position] == name { return position }
            slot = (slot + 1) & mask
        }
    }

    /// Appends `name`, which must not be present yet, and returns its position.
    @discardableResult
    mutating func append(_ name: String) -> Int {
        let position = names.count
        names.append(name)
        if names.count * 2 > slots.count {
            rebuild(capacity: max(8, slots.count * 2))
        } else {
            place(position)
        }
        return position
    }

    private mutating func rebuild(capacity: Int) {
        slots = [Int32](repeating: -1, count: capacity)
        for position in names.indices { place(position) }
    }

    private mutating func place(_ position: Int) {
        let mask = slots.count - 1
        var slot = Self.hash(names[position]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(position)
    }

    /// FNV-1a (64 bit) of the UTF-8 bytes, with the high bits folded into the low ones
    /// that the table's mask keeps.
    static func hash(_ name: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        if let folded = name.utf8.withContiguousStorageIfAvailable({ bytes -> UInt64 in
            var hash = hash
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash
        }) {
            hash = folded
        } else {
            for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
