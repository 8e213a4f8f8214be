import Testing
@testable import PortfolioDomain

@Suite struct MoneyAllocationTests {
    @Test func remainderGoesToFirstParts() throws {
        #expect(try usd("100").split(into: 3) == [usd("33.34"), usd("33.33"), usd("33.33")])
        #expect(try usd("0.05").split(into: 3) == [usd("0.02"), usd("0.02"), usd("0.01")])
        #expect(try usd("-0.05").split(into: 3) == [usd("-0.02"), usd("-0.02"), usd("-0.01")])
        #expect(try usd("10").split(into: 1) == [usd("10")])
    }

    @Test func rejectsZeroParts() {
        #expect(domainError { _ = try usd("1").split(into: 0) }?.fields.first?.field == "count")
    }

    @Test func splitPartsSumExactlyProperty() throws {
        try forAllCases(1000) { rng, seed in
            let total = cents(Int64.random(in: -100_000_000...100_000_000, using: &rng))
            let n = Int.random(in: 1...60, using: &rng)
            let parts = try total.split(into: n)
            #expect(parts.count == n)
            #expect(try Money.sum(parts, currency: .usd) == total, "seed \(seed)")
            // Parts differ by at most one minor unit and are non-increasing in magnitude.
            let mags = parts.map { $0.minorUnits.magnitude }
            #expect(mags.max()! - mags.min()! <= 1, "seed \(seed)")
            #expect(zip(mags, mags.dropFirst()).allSatisfy { $0 >= $1 }, "seed \(seed)")
        }
    }

    @Test func proportionalSplitSumsExactly() throws {
        #expect(try usd("100").split(proportionalTo: [1, 1, 1]) == [usd("33.34"), usd("33.33"), usd("33.33")])
        #expect(try usd("10").split(proportionalTo: [3, 0, 1]) == [usd("7.50"), usd("0"), usd("2.50")])
        try forAllCases(500) { rng, seed in
            let total = cents(Int64.random(in: 0...10_000_000, using: &rng))
            let weights = (0..<Int.random(in: 1...8, using: &rng)).map { _ in Int64.random(in: 0...100, using: &rng) } + [1]
            let parts = try total.split(proportionalTo: weights)
            #expect(try Money.sum(parts, currency: .usd) == total, "seed \(seed)")
        }
        #expect(domainError { _ = try usd("1").split(proportionalTo: [0, 0]) } != nil)
    }
}
