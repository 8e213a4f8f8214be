/// Checked arithmetic: overflow and currency mismatch are `DomainError`s, never traps.
extension Money {
    /// Throws `CURRENCY_MISMATCH` unless `other` has the same currency.
    public func checkedSameCurrency(_ other: Money, field: String = "currency") throws(DomainError) {
        guard currency == other.currency else {
            throw .invalid(field, ErrorCode.currencyMismatch,
                           "Currency \(other.currency.code) does not match \(currency.code)")
        }
    }

    /// `self + other`; throws on overflow or a different currency.
    public func adding(_ other: Money) throws(DomainError) -> Money {
        try checkedSameCurrency(other)
        let (r, o) = minorUnits.addingReportingOverflow(other.minorUnits)
        if o { throw Money.overflowError() }
        return Money(minorUnits: r, currency: currency)
    }

    /// `self − other`; throws on overflow or a different currency.
    public func subtracting(_ other: Money) throws(DomainError) -> Money {
        try checkedSameCurrency(other)
        let (r, o) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        if o { throw Money.overflowError() }
        return Money(minorUnits: r, currency: currency)
    }

    /// `self × factor` (e.g. a monthly rent times months); throws on overflow.
    public func multiplied(by factor: Int64) throws(DomainError) -> Money {
        let (r, o) = minorUnits.multipliedReportingOverflow(by: factor)
        if o { throw Money.overflowError() }
        return Money(minorUnits: r, currency: currency)
    }

    /// `−self`; throws only for `Int64.min` minor units, which has no positive counterpart.
    public func negated() throws(DomainError) -> Money {
        guard minorUnits != .min else { throw Money.overflowError() }
        return Money(minorUnits: -minorUnits, currency: currency)
    }

    /// The smaller of two amounts of the same currency.
    public static func min(_ a: Money, _ b: Money) -> Money { a.minorUnits <= b.minorUnits ? a : b }

    /// Sums amounts that must share `currency`; the empty sum is zero.
    public static func sum<S: Sequence>(_ amounts: S, currency: CurrencyCode) throws(DomainError) -> Money where S.Element == Money {
        var total = Money.zero(currency)
        for a in amounts { total = try total.adding(a) }
        return total
    }

    /// `self × numerator ÷ denominator`, rounded half-to-even to the minor unit.
    ///
    /// Used for proration (`rent × daysOccupied ÷ daysInMonth`). The product is computed in
    /// 128 bits, so only a result that itself exceeds `Int64` overflows. Half-even ("banker's")
    /// rounding avoids a systematic upward bias when many prorated charges are summed.
    public func scaled(numerator: Int64, denominator: Int64) throws(DomainError) -> Money {
        guard denominator != 0 else { throw .invalid("", ErrorCode.outOfRange, "Division by zero") }
        let negative = ((minorUnits < 0) != (numerator < 0)) != (denominator < 0)
        let den = denominator.magnitude
        let wide = minorUnits.magnitude.multipliedFullWidth(by: numerator.magnitude)
        // The 128-bit product divided by `den` must fit 64 bits, otherwise it overflows anyway.
        guard wide.high < den else { throw Money.overflowError() }
        let (q, r) = den.dividingFullWidth(wide)
        var magnitude = q
        // Round half to even on the magnitude; symmetric for negative results.
        let twiceRemainder = r.multipliedFullWidth(by: 2)
        let aboveHalf = twiceRemainder.high > 0 || twiceRemainder.low > den
        let exactlyHalf = twiceRemainder.high == 0 && twiceRemainder.low == den
        if aboveHalf || (exactlyHalf && q % 2 == 1) {
            let (m, o) = magnitude.addingReportingOverflow(1)
            if o { throw Money.overflowError() }
            magnitude = m
        }
        if negative && magnitude != 0 {
            guard magnitude <= UInt64(Int64.max) + 1 else { throw Money.overflowError() }
            return Money(minorUnits: magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude), currency: currency)
        }
        guard magnitude <= UInt64(Int64.max) else { throw Money.overflowError() }
        return Money(minorUnits: Int64(magnitude), currency: currency)
    }

    static func overflowError(field: String = "amount") -> DomainError {
        .invalid(field, ErrorCode.overflow, "Amount is too large")
    }
}
