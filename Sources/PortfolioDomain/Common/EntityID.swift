/// An opaque identifier of a stored row (charge, payment, lease, unit, ...), as the API sees it.
///
/// The domain never interprets ids except to order ties deterministically (oldest-first
/// allocation sorts by due date, then id). Ordering is "natural" and total: all-digit ids
/// come first and compare numerically (so `"9" < "10"`, matching auto-increment keys; equal
/// numbers such as `"010"`/`"10"` fall back to text), then every other id by Unicode scalars.
public struct EntityID: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool {
        let l = lhs.rawValue.unicodeScalars, r = rhs.rawValue.unicodeScalars
        let lDigits = EntityID.isDigits(l), rDigits = EntityID.isDigits(r)
        if lDigits != rDigits { return lDigits }
        if lDigits {
            let lt = l.drop(while: { $0 == "0" }), rt = r.drop(while: { $0 == "0" })
            if lt.count != rt.count { return lt.count < rt.count }
            if !lt.elementsEqual(rt) { return lt.lexicographicallyPrecedes(rt, by: { $0.value < $1.value }) }
        }
        return l.lexicographicallyPrecedes(r, by: { $0.value < $1.value })
    }

    private static func isDigits(_ s: String.UnicodeScalarView) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.value >= 48 && $0.value <= 57 }
    }
}
