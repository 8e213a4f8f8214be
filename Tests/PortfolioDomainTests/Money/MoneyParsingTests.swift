import Testing
@testable import PortfolioDomain

@Suite struct MoneyParsingTests {
    @Test(arguments: [
        ("1234.50", Int64(123_450)), ("-0.5", -50), ("0", 0), ("7", 700), ("007.01", 701),
        ("-12", -1200), ("0.01", 1), ("-0.00", 0), ("92233720368547758.07", Int64.max),
        ("-92233720368547758.08", Int64.min),
    ])
    func parsesValidDecimals(text: String, minor: Int64) throws {
        let m = try Money(parsing: text, currency: .usd)
        #expect(m.minorUnits == minor)
        #expect(m.currency == .usd)
    }

    @Test(arguments: ["1e3", "", "-", ".", ".5", "5.", "+5", " 5", "5 ", "1,000.00", "1.2.3", "--1", "abc", "١٢"])
    func rejectsMalformed(text: String) {
        let e = domainError { _ = try Money(parsing: text, currency: .usd, field: "rent") }
        #expect(e?.kind == .invalidInput)
        #expect(e?.fields.first?.field == "rent")
        #expect(e?.code == ErrorCode.invalidFormat)
    }

    @Test func rejectsTooManyDecimalsWithoutRounding() {
        #expect(domainError { _ = try Money(parsing: "1.005", currency: .usd) }?.code == ErrorCode.tooManyDecimals)
        #expect(domainError { _ = try Money(parsing: "1.5", currency: .jpy) }?.code == ErrorCode.tooManyDecimals)
        #expect((try? Money(parsing: "1.005", currency: .kwd))?.minorUnits == 1005)
    }

    @Test func rejectsOverflow() {
        #expect(domainError { _ = try Money(parsing: "92233720368547758.08", currency: .usd) }?.code == ErrorCode.overflow)
        #expect(domainError { _ = try Money(parsing: "99999999999999999999999", currency: .usd) }?.code == ErrorCode.overflow)
        #expect(domainError { _ = try Money(parsing: "-92233720368547758.09", currency: .usd) }?.code == ErrorCode.overflow)
    }

    @Test func respectsCurrencyDigits() throws {
        #expect(try Money(parsing: "1200", currency: .jpy).minorUnits == 1200)
        #expect(try Money(parsing: "1.5", currency: .kwd).minorUnits == 1500)
    }
}
