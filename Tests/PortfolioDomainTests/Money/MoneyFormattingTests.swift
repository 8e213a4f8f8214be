import Testing
@testable import PortfolioDomain

@Suite struct MoneyFormattingTests {
    @Test(arguments: [
        (Int64(123_450), "1234.50"), (-50, "-0.50"), (0, "0.00"), (5, "0.05"), (-5, "-0.05"),
        (Int64.max, "92233720368547758.07"), (Int64.min, "-92233720368547758.08"),
    ])
    func formatsCanonically(minor: Int64, text: String) {
        #expect(cents(minor).decimalString == text)
    }

    @Test func formatsOtherMinorUnits() {
        #expect(cents(1200, .jpy).decimalString == "1200")
        #expect(cents(-1, .kwd).decimalString == "-0.001")
        #expect(cents(1500, .kwd).description == "1.500 KWD")
    }

    @Test func parseFormatRoundTripProperty() throws {
        let currencies: [CurrencyCode] = [.usd, .jpy, .kwd]
        try forAllCases(2000) { rng, seed in
            let currency = currencies[Int.random(in: 0..<3, using: &rng)]
            let minor: Int64 = switch Int.random(in: 0..<4, using: &rng) {
            case 0: Int64.random(in: -1000...1000, using: &rng)
            case 1: Int64.random(in: Int64.min...Int64.max, using: &rng)
            case 2: [Int64.min, Int64.max, 0, -1, 1][Int.random(in: 0..<5, using: &rng)]
            default: Int64.random(in: -10_000_000_000...10_000_000_000, using: &rng)
            }
            let m = Money(minorUnits: minor, currency: currency)
            let text = m.decimalString
            let back = try Money(parsing: text, currency: currency)
            #expect(back == m, "seed \(seed): \(text)")
            #expect(back.decimalString == text, "seed \(seed)")
        }
    }

    @Test func nonCanonicalInputsNormalise() throws {
        #expect(try Money(parsing: "-0.5", currency: .usd).decimalString == "-0.50")
        #expect(try Money(parsing: "0007", currency: .usd).decimalString == "7.00")
        #expect(try Money(parsing: "-0", currency: .usd).decimalString == "0.00")
    }
}
