/// A runtime GraphQL value: variables coming in, arguments handed to resolvers, and
/// results going out. Typed, so results are written straight to JSON bytes with no `Any`.
///
/// Enum values are carried as `.string` (their name) once coerced; `.float` is the GraphQL
/// `Float` scalar only — the API layer represents money as decimal strings, never here.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([Value])
    case object(ObjectValue)

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// An insertion-ordered map of field names to values. Response objects keep the order of
/// the selection set (spec §7.2.2 "Serialized Map Ordering"), so a plain dictionary will
/// not do. Small objects are the norm, so lookups scan linearly.
public struct ObjectValue: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var keys: [String]
    public private(set) var values: [Value]

    public init() {
        keys = []
        values = []
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }

    public init(minimumCapacity: Int) {
        self.init()
        keys.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
    }

    /// Builds an object from parallel arrays without checking for duplicate keys: for the
    /// executor, which reuses one keys array (a selection's response keys) for every
    /// object completed from the same plan. `keys.count` must equal `values.count`.
    public init(uniqueKeys keys: [String], values: [Value]) {
        precondition(keys.count == values.count, "ObjectValue keys and values differ in count")
        self.keys = keys
        self.values = values
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// Reads or replaces the value for `key`; assigning `nil` removes it. A new key is
    /// appended at the end, an existing one keeps its place.
    public subscript(key: String) -> Value? {
        get {
            guard let index = keys.firstIndex(of: key) else { return nil }
            return values[index]
        }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Appends without looking for an existing key: for builders that know keys are unique.
    public mutating func append(_ key: String, _ value: Value) {
        keys.append(key)
        values.append(value)
    }

    public func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator {
        zip(keys, values).makeIterator()
    }
}
