import Testing
@testable import PortfolioDomain

@Suite struct CurrencyCodeTests {
    @Test func knowsMinorUnitDigits() throws {
        #expect(try CurrencyCode("usd").code == "USD")
        #expect(try CurrencyCode("USD").minorUnitDigits == 2)
        #expect(try CurrencyCode("JPY").minorUnitDigits == 0)
        #expect(try CurrencyCode("KWD").minorUnitDigits == 3)
        #expect(try CurrencyCode("MVR").minorUnitDigits == 2)
        #expect(try CurrencyCode("XYZ").minorUnitDigits == 2)
        #expect(try CurrencyCode("KWD").minorUnitsPerMajor == 1000)
    }

    @Test(arguments: ["US", "USDD", "U$D", "", "12A", "ÜSD"])
    func rejectsMalformedCodes(code: String) {
        #expect(domainError { _ = try CurrencyCode(code) }?.code == ErrorCode.invalidCurrency)
    }
}
