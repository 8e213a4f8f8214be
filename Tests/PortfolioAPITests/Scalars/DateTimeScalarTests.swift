import Foundation
import Testing

@testable import PortfolioAPI

@Suite struct DateTimeScalarTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"),
        (1_769_860_800.0, "2026-01-31T12:00:00Z"),
        (951_782_400.5, "2000-02-29T00:00:00.500000Z"),
        (-1.0, "1969-12-31T23:59:59Z"),
    ])
    func formatsUTCInstants(_ seconds: Double, _ expected: String) {
        #expect(DateTimeScalar.format(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test func parsesOnlyValidUTCInstants() {
        #expect(DateTimeScalar.parse("2026-01-31T12:00:00Z") == 1_769_860_800)
        #expect(DateTimeScalar.parse("2024-02-29T23:59:59.123456Z") != nil)
        for bad in [
            "2026-01-31", "2026-01-31T12:00:00", "2026-01-31T12:00:00+01:00", "2026-02-30T00:00:00Z",
            "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-31T24:00:00Z", "2026-01-31T12:00:00.Z",
            "2026-01-31T12:00:00.1234567Z", "2026-1-31T12:00:00Z",
        ] {
            #expect(DateTimeScalar.parse(bad) == nil, "\(bad) should be rejected")
        }
    }

    @Test func roundTripsThroughFormatAndParse() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let seconds = Int64.random(in: -2_000_000_000...4_000_000_000, using: &generator)
            let text = DateTimeScalar.format(Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(DateTimeScalar.parse(text) == seconds, "\(text)")
        }
    }
}
