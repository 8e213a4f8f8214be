/// Splitting an amount into parts that add up exactly.
extension Money {
    /// Splits `self` into `parts` amounts that sum exactly to `self`.
    ///
    /// Every part gets `self ÷ parts` (truncated toward zero); the remainder minor units go one
    /// each to the *first* parts, so an installment plan of 100.00 in 3 is 33.34, 33.33, 33.33.
    /// For negative amounts the remainder is negative and is spread the same way.
    /// Throws `OUT_OF_RANGE` on `field` when `parts < 1`.
    public func split(into parts: Int, field: String = "count") throws(DomainError) -> [Money] {
        guard parts >= 1 else {
            throw .invalid(field, ErrorCode.outOfRange, "Number of parts must be at least 1")
        }
        let n = Int64(parts)
        let base = minorUnits / n
        let remainder = minorUnits % n   // same sign as minorUnits
        let step: Int64 = remainder < 0 ? -1 : 1
        let extra = Int(remainder.magnitude)
        return (0..<parts).map { i in
            Money(minorUnits: i < extra ? base + step : base, currency: currency)
        }
    }

    /// Splits `self` in proportion to non-negative integer `weights`, largest remainders first,
    /// so the parts sum exactly. Throws when there are no weights or they sum to zero.
    public func split(proportionalTo weights: [Int64], field: String = "weights") throws(DomainError) -> [Money] {
        guard !weights.isEmpty, weights.allSatisfy({ $0 >= 0 }) else {
            throw .invalid(field, ErrorCode.outOfRange, "Weights must be a non-empty list of non-negative numbers")
        }
        var totalWeight: Int64 = 0
        for w in weights {
            let (t, o) = totalWeight.addingReportingOverflow(w)
            if o { throw Money.overflowError(field: field) }
            totalWeight = t
        }
        guard minorUnits != .min else { throw Money.overflowError(field: field) }
        guard totalWeight > 0 else { throw .invalid(field, ErrorCode.outOfRange, "Weights must not all be zero") }
        var parts: [Int64] = []
        var remainders: [(index: Int, rem: UInt64)] = []
        var assigned: Int64 = 0
        for (i, w) in weights.enumerated() {
            let wide = minorUnits.magnitude.multipliedFullWidth(by: UInt64(w))
            let (q, r) = UInt64(totalWeight).dividingFullWidth(wide)
            let part = minorUnits < 0 ? -Int64(q) : Int64(q)
            parts.append(part)
            remainders.append((i, r))
            assigned += part
        }
        var left = (minorUnits - assigned).magnitude
        let step: Int64 = minorUnits < 0 ? -1 : 1
        for entry in remainders.sorted(by: { $0.rem != $1.rem ? $0.rem > $1.rem : $0.index < $1.index }) where left > 0 {
            parts[entry.index] += step
            left -= 1
        }
        return parts.map { Money(minorUnits: $0, currency: currency) }
    }
}
