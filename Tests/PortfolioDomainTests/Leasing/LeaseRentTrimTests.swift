import Testing
@testable import PortfolioDomain

/// Which rent charges an earlier lease end voids, and the prorated replacement of the end
/// month (the same proration as rent generation).
@Suite struct LeaseRentTrimTests {
    func rent(_ id: String, _ m: String, _ amount: String) -> LeaseRentTrim.RentCharge {
        LeaseRentTrim.RentCharge(id: EntityID(id), month: month(m), amount: usd(amount))
    }

    @Test func voidsLaterMonthsAndReplacesTheEndMonthWithItsProratedRent() throws {
        let charges = [rent("c7", "2026-07", "300"), rent("c5", "2026-05", "300"), rent("c6", "2026-06", "300")]
        let trim = try LeaseRentTrim(rent: usd("300"), start: day("2026-01-01"), dueDay: 1, end: day("2026-06-10"), charges: charges)
        #expect(trim.voided.map(\.id) == ["c6", "c7"])
        #expect(trim.voided.map(\.month) == [month("2026-06"), month("2026-07")])
        // 10 of 30 June days: 300.00 × 10 / 30 = 100.00, due 1 June.
        let replacement = try #require(trim.replacement)
        #expect(replacement.month == month("2026-06"))
        #expect(replacement.amount == usd("100"))
        #expect(replacement.occupiedDays == 10)
        #expect(replacement.dueOn == day("2026-06-01"))
        #expect(trim.voided[0].reason.contains("10/30 days of 2026-06"))
        #expect(trim.voided[1].reason == "Lease ends on 2026-06-10: rent for 2026-07 is not owed")
        #expect(!trim.isEmpty)
    }

    @Test func rentBilledBeforeALaterStart() throws {
        let charges = [rent("c2", "2026-02", "300"), rent("c1", "2026-01", "300"), rent("c3", "2026-03", "300")]
        // From 2026-02-11: January entirely before, February's full 300.00 > 19/28 of it.
        let billed = try LeaseRentTrim.billedBeforeStart(rent: usd("300"), start: day("2026-02-11"), end: nil, dueDay: 1, charges: charges)
        #expect(billed.map(\.id) == ["c1", "c2"])
        // From the first of the month the start month is owed in full.
        let fromFirst = try LeaseRentTrim.billedBeforeStart(rent: usd("300"), start: day("2026-02-01"), end: nil, dueDay: 1, charges: charges)
        #expect(fromFirst.map(\.id) == ["c1"])
        // A start-month charge already prorated to the new start stands.
        let prorated = try #require(try MonthlyRentCharge.compute(
            rent: usd("300"), start: day("2026-02-11"), end: nil, dueDay: 1, month: month("2026-02")))
        let kept = try LeaseRentTrim.billedBeforeStart(rent: usd("300"), start: day("2026-02-11"), end: nil, dueDay: 1,
                                                       charges: [rent("p2", "2026-02", prorated.amount.decimalString)])
        #expect(kept.isEmpty)
    }

    @Test func replacementUsesTheGenerationRule() throws {
        // Generation's own prorated amount for the same terms, rounded half-to-even.
        let expected = try #require(try MonthlyRentCharge.compute(
            rent: usd("1000"), start: day("2026-02-01"), end: day("2026-03-17"), dueDay: 31, month: month("2026-03")))
        let trim = try LeaseRentTrim(rent: usd("1000"), start: day("2026-02-01"), dueDay: 31, end: day("2026-03-17"),
                                     charges: [rent("c3", "2026-03", "1000")])
        #expect(trim.replacement == expected)
        #expect(trim.replacement?.amount == usd("548.39"))
    }

    @Test func endMonthChargeAtOrBelowTheProratedAmountStands() throws {
        // Ending on the month's last day owes the whole month.
        let whole = try LeaseRentTrim(rent: usd("300"), start: day("2026-01-01"), dueDay: 1, end: day("2026-06-30"),
                                      charges: [rent("c6", "2026-06", "300")])
        #expect(whole.isEmpty)
        // A lease starting mid-month was billed prorated already; ending later that month
        // owes less only when the new amount is smaller.
        let small = try LeaseRentTrim(rent: usd("300"), start: day("2026-06-21"), dueDay: 1, end: day("2026-06-30"),
                                      charges: [rent("c6", "2026-06", "100")])
        #expect(small.isEmpty)
        let cheaper = try LeaseRentTrim(rent: usd("300"), start: day("2026-01-01"), dueDay: 1, end: day("2026-06-15"),
                                        charges: [rent("c6", "2026-06", "90")])
        #expect(cheaper.isEmpty)
    }

    @Test func earlierMonthsAndNoChargesAreUntouched() throws {
        let trim = try LeaseRentTrim(rent: usd("300"), start: day("2026-01-01"), dueDay: 1, end: day("2026-06-10"),
                                     charges: [rent("c4", "2026-04", "300"), rent("c5", "2026-05", "300")])
        #expect(trim.isEmpty)
        #expect(try LeaseRentTrim(rent: usd("300"), start: day("2026-01-01"), dueDay: 1, end: day("2026-06-10"), charges: []).isEmpty)
    }

    @Test func invalidTermsThrow() {
        #expect(domainError {
            _ = try LeaseRentTrim(rent: usd("300"), start: day("2026-06-11"), dueDay: 1, end: day("2026-06-10"), charges: [rent("c6", "2026-06", "300")])
        }?.code == ErrorCode.datesOutOfOrder)
    }

    /// For random terms, what stands afterwards never bills a day after the end, and the end
    /// month never costs more than its prorated rent.
    @Test func nothingStandsBeyondTheEnd() throws {
        var rng = SeededGenerator(seed: 58)
        for _ in 0..<300 {
            let start = randomDate(&rng)
            let end = try LocalDate(dayNumber: start.dayNumber + Int.random(in: 0..<400, using: &rng))
            let monthly = cents(Int64.random(in: 1...500_000, using: &rng))
            let dueDay = Int.random(in: 1...31, using: &rng)
            var charges: [LeaseRentTrim.RentCharge] = []
            var m = try BillingMonth(year: start.year, month: start.month)
            for index in 0..<Int.random(in: 0..<18, using: &rng) {
                charges.append(LeaseRentTrim.RentCharge(id: EntityID("c\(index)"), month: m, amount: cents(Int64.random(in: 1...500_000, using: &rng))))
                m = try m.next()
            }
            let trim = try LeaseRentTrim(rent: monthly, start: start, dueDay: dueDay, end: end, charges: charges)
            let voided = Set(trim.voided.map(\.id))
            let standing = charges.filter { !voided.contains($0.id) }
            #expect(standing.allSatisfy { $0.month.firstDay <= end })
            let endMonth = try BillingMonth(year: end.year, month: end.month)
            let prorated = try MonthlyRentCharge.compute(rent: monthly, start: start, end: end, dueDay: dueDay, month: endMonth)
            for charge in standing where charge.month == endMonth {
                #expect(charge.amount.minorUnits <= prorated!.amount.minorUnits)
            }
            #expect((trim.replacement != nil) == trim.voided.contains { $0.month == endMonth })
        }
    }
}
