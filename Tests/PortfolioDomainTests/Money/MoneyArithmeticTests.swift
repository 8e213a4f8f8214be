import Testing
@testable import PortfolioDomain

@Suite struct MoneyArithmeticTests {
    @Test func addsAndSubtracts() throws {
        #expect(try usd("10.25").adding(usd("0.75")) == usd("11.00"))
        #expect(try usd("10.25").subtracting(usd("20")) == usd("-9.75"))
        #expect(try usd("1.50").multiplied(by: 3) == usd("4.50"))
        #expect(try usd("1.50").negated() == usd("-1.50"))
        #expect(try Money.sum([usd("1"), usd("2.5"), usd("-0.5")], currency: .usd) == usd("3"))
        #expect(try Money.sum([Money](), currency: .usd) == .zero(.usd))
    }

    @Test func overflowIsAnErrorNotATrap() {
        let max = cents(.max), min = cents(.min)
        #expect(domainError { _ = try max.adding(cents(1)) }?.code == ErrorCode.overflow)
        #expect(domainError { _ = try min.subtracting(cents(1)) }?.code == ErrorCode.overflow)
        #expect(domainError { _ = try max.multiplied(by: 2) }?.code == ErrorCode.overflow)
        #expect(domainError { _ = try min.negated() }?.code == ErrorCode.overflow)
        #expect(domainError { _ = try max.scaled(numerator: 3, denominator: 2) }?.code == ErrorCode.overflow)
    }

    @Test func currencyMismatchIsAnError() {
        let e = domainError { _ = try usd("1").adding(cents(1, .eur)) }
        #expect(e?.code == ErrorCode.currencyMismatch)
        #expect(e?.kind == .invalidInput)
    }

    @Test(arguments: [
        // (minor, num, den, expected): half-even rounding to the minor unit
        (Int64(100), Int64(1), Int64(3), Int64(33)),
        (200, 1, 3, 67),
        (5, 1, 2, 2),      // 2.5 → 2 (even)
        (15, 1, 2, 8),     // 7.5 → 8 (even)
        (-5, 1, 2, -2),
        (-15, 1, 2, -8),
        (7, 1, 2, 4),      // 3.5 → 4
        (100_000, 14, 31, 45_161), // 45161.29…
        (150_000, 15, 30, 75_000),
        (10, 3, -2, -15),
        (Int64.max, 1, 1, Int64.max),
        (Int64.min, 1, 1, Int64.min),
        (Int64.max, 30, 31, 8_925_843_906_633_654_007), // 128-bit intermediate (…006.77 → …007)
    ])
    func scalesWithHalfEvenRounding(minor: Int64, num: Int64, den: Int64, expected: Int64) throws {
        #expect(try cents(minor).scaled(numerator: num, denominator: den).minorUnits == expected)
    }

    @Test func scalingByZeroDenominatorIsRejected() {
        #expect(domainError { _ = try usd("1").scaled(numerator: 1, denominator: 0) } != nil)
    }

    @Test func scaledMatchesExactRationalProperty() throws {
        try forAllCases(2000) { rng, seed in
            let minor = Int64.random(in: -1_000_000_000...1_000_000_000, using: &rng)
            let den = Int64.random(in: 1...31, using: &rng)
            let num = Int64.random(in: 0...den, using: &rng)
            let r = try cents(minor).scaled(numerator: num, denominator: den).minorUnits
            // |exact − r| ≤ 1/2, i.e. |minor·num − r·den| · 2 ≤ den, and ties go to even.
            let diff = minor * num - r * den
            #expect(abs(diff) * 2 <= den, "seed \(seed)")
            if abs(diff) * 2 == den { #expect(r % 2 == 0, "seed \(seed)") }
        }
    }
}
