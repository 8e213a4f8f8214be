import Testing
@testable import PortfolioDomain

@Suite struct MonthlyRentChargeTests {
    func compute(_ rent: String, _ start: String, _ end: String?, dueDay: Int = 1, _ m: String) throws -> MonthlyRentCharge? {
        try MonthlyRentCharge.compute(rent: usd(rent), start: day(start), end: end.map(day), dueDay: dueDay, month: month(m))
    }

    @Test func fullMonthIsTheFullRent() throws {
        let c = try #require(try compute("1500", "2026-01-01", nil, dueDay: 5, "2026-02"))
        #expect(c.amount == usd("1500"))
        #expect(!c.isProrated)
        #expect(c.dueOn == day("2026-02-05"))
        #expect(c.postedOn == day("2026-02-01"))
        #expect((c.periodStart, c.periodEnd) == (day("2026-02-01"), day("2026-02-28")))
    }

    @Test func partialFirstMonth() throws {
        // 17 of 31 days: 1000 × 17 / 31 = 548.387… → 548.39
        let c = try #require(try compute("1000", "2026-01-15", nil, "2026-01"))
        #expect(c.amount == usd("548.39"))
        #expect(c.occupiedDays == 17)
        #expect(c.daysInMonth == 31)
        #expect(c.isProrated)
        #expect(c.dueOn == day("2026-01-15"), "never due before move-in")
        #expect(c.postedOn == day("2026-01-15"))
    }

    @Test func partialLastMonth() throws {
        let c = try #require(try compute("1000", "2025-06-01", "2026-03-10", dueDay: 28, "2026-03"))
        #expect(c.amount == usd("322.58"))   // 10/31
        #expect(c.periodEnd == day("2026-03-10"))
        #expect(c.dueOn == day("2026-03-28"))
    }

    @Test func februaryUsesItsOwnLength() throws {
        #expect(try compute("1000", "2026-02-15", nil, "2026-02")?.amount == usd("500"))       // 14/28
        #expect(try compute("1000", "2024-02-15", nil, "2024-02")?.amount == usd("517.24"))    // 15/29
    }

    @Test func roundsHalfToEven() throws {
        #expect(try compute("1.01", "2026-04-16", nil, "2026-04")?.amount == usd("0.50"))  // 50.5¢ → 50¢
        #expect(try compute("1.03", "2026-04-16", nil, "2026-04")?.amount == usd("0.52"))  // 51.5¢ → 52¢
    }

    @Test func singleDayLease() throws {
        #expect(try compute("3100", "2026-01-10", "2026-01-10", "2026-01")?.amount == usd("100"))
    }

    @Test func monthsOutsideTheLeaseHaveNoCharge() throws {
        #expect(try compute("1000", "2026-02-01", nil, "2026-01") == nil)
        #expect(try compute("1000", "2025-01-01", "2025-12-31", "2026-01") == nil)
    }

    @Test func dueDayIsClampedToMonthEnd() throws {
        #expect(try compute("1000", "2025-01-01", nil, dueDay: 31, "2026-02")?.dueOn == day("2026-02-28"))
        #expect(try compute("1000", "2025-01-01", nil, dueDay: 31, "2026-04")?.dueOn == day("2026-04-30"))
        #expect(DueDate.date(dueDay: 30, in: month("2024-02")) == day("2024-02-29"))
    }

    @Test func rejectsInvalidTerms() {
        #expect(domainError { _ = try compute("0", "2026-01-01", nil, "2026-01") }?.fields.first?.field == "rent")
        #expect(domainError { _ = try compute("10", "2026-01-01", nil, dueDay: 0, "2026-01") }?.fields.first?.field == "dueDay")
        #expect(domainError { _ = try compute("10", "2026-01-05", "2026-01-01", "2026-01") }?.code == ErrorCode.datesOutOfOrder)
    }

    @Test func prorationBoundsProperty() throws {
        try forAllCases(500) { rng, seed in
            let rent = cents(Int64.random(in: 1...10_000_000, using: &rng))
            let a = randomDate(&rng), b = randomDate(&rng)
            let start = min(a, b), end: LocalDate? = Bool.random(using: &rng) ? max(a, b) : nil
            var m = start.billingMonth
            var coveredDays = 0
            for _ in 0..<3 {
                if let c = try MonthlyRentCharge.compute(rent: rent, start: start, end: end, dueDay: Int.random(in: 1...31, using: &rng), month: m) {
                    #expect(c.amount <= rent && !c.amount.isNegative, "seed \(seed)")
                    if c.occupiedDays == c.daysInMonth { #expect(c.amount == rent, "seed \(seed)") }
                    #expect(c.dueOn >= c.periodStart && m.contains(c.dueOn), "seed \(seed)")
                    #expect(c.periodStart.days(until: c.periodEnd) + 1 == c.occupiedDays, "seed \(seed)")
                    coveredDays += c.occupiedDays
                }
                m = try m.next()
            }
            let expected = (try DateRange(start: start, end: end)).days(in: start.billingMonth)
            #expect(coveredDays >= expected, "seed \(seed)")
        }
    }
}
