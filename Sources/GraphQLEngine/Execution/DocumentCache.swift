import Synchronization

/// A small thread-safe LRU map from document text to its parse + validation outcome, so
/// a repeated query (the common case: clients send the same operations again and again)
/// skips both. Eviction scans for the least recently used entry, which is cheap at the
/// few hundred entries such a cache holds and only happens on insertion when full.
final class DocumentCache<Entry: Sendable>: Sendable {
    private struct Slot {
        var entry: Entry
        var lastUse: UInt64
    }

    private struct State {
        var slots: [String: Slot] = [:]
        var clock: UInt64 = 0
        var hits = 0
        var misses = 0
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The cached entry for `key`, marking it recently used; `nil` when absent.
    func lookup(_ key: String) -> Entry? {
        state.withLock { state in
            state.clock += 1
            guard var slot = state.slots[key] else {
                state.misses += 1
                return nil
            }
            state.hits += 1
            slot.lastUse = state.clock
            state.slots[key] = slot
            return slot.entry
        }
    }

    /// Stores `entry`, evicting the least recently used entry when full.
    func store(_ key: String, _ entry: Entry) {
        guard capacity > 0 else { return }
        state.withLock { state in
            state.clock += 1
            if state.slots[key] == nil && state.slots.count >= capacity,
               let oldest = state.slots.min(by: { $0.value.lastUse < $1.value.lastUse })?.key {
                state.slots[oldest] = nil
            }
            state.slots[key] = Slot(entry: entry, lastUse: state.clock)
        }
    }

    /// Hits and misses so far, and the number of entries.
    var statistics: (hits: Int, misses: Int, count: Int) {
        state.withLock { ($0.hits, $0.misses, $0.slots.count) }
    }
}
