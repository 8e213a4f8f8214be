/// An exact amount of money: an integer count of the currency's minor units (cents) plus the
/// currency.
///
/// Money is never a floating-point number anywhere in PortfolioOS. `Int64` minor units cover
/// ±92 quadrillion cents, far beyond any rent roll; every operation that could exceed that is
/// checked and reports `AMOUNT_OVERFLOW` instead of trapping.
public struct Money: Hashable, Sendable {
    /// The amount in minor units (e.g. cents); negative for credits and refunds.
    public let minorUnits: Int64
    /// The currency the minor units are counted in.
    public let currency: CurrencyCode

    public init(minorUnits: Int64, currency: CurrencyCode) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in the given currency; the identity for sums.
    public static func zero(_ currency: CurrencyCode) -> Money { Money(minorUnits: 0, currency: currency) }

    public var isZero: Bool { minorUnits == 0 }
    public var isPositive: Bool { minorUnits > 0 }
    public var isNegative: Bool { minorUnits < 0 }
}

extension Money: Comparable {
    /// Orders by amount. Comparing different currencies is a programming error in callers, so
    /// this compares amounts only; use `checkedSameCurrency` first where inputs can differ.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
}

extension Money: CustomStringConvertible {
    /// `"1234.50 USD"`; for logs and test messages (the API uses `decimalString`).
    public var description: String { "\(decimalString) \(currency.code)" }
}
