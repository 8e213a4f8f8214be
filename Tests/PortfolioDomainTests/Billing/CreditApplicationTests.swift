import Testing
@testable import PortfolioDomain

@Suite struct CreditApplicationTests {
    @Test func appliesOldestCreditToOldestCharges() throws {
        let payments = [payment("p1", "300", on: "2026-01-03"), payment("p2", "200", on: "2026-01-10"),
                        payment("p3", "999", on: "2026-01-11", reversed: "2026-01-12")]
        let allocations = [allocation("p1", "c1", "100", on: "2026-01-03")]
        let charges = [charge("c1", "100", due: "2026-01-01"), charge("c2", "250", due: "2026-02-01", posted: "2026-01-25"),
                       charge("c3", "500", due: "2026-02-05", posted: "2026-01-25")]
        let date = day("2026-01-31")
        let credits = try CreditApplication.availableCredit(payments: payments, allocations: allocations, charges: charges, asOf: date)
        #expect(credits.map(\.paymentId) == ["p1", "p2"])
        #expect(credits.map(\.amount) == [usd("200"), usd("200")])

        let balances = try ChargeBalance.compute(charges: charges, payments: payments, allocations: allocations, asOf: date)
        let applied = try CreditApplication.apply(payments: payments, allocations: allocations, charges: balances, on: date)
        #expect(applied == [
            allocation("p1", "c2", "200", on: "2026-01-31"),
            allocation("p2", "c2", "50", on: "2026-01-31"),
            allocation("p2", "c3", "150", on: "2026-01-31"),
        ])
        // After applying, no credit is left and c3 still owes 350.
        let after = try Ledger(currency: .usd, charges: charges, payments: payments, allocations: allocations + applied, asOf: date)
        #expect(after.credit == usd("0"))
        #expect(after.outstanding == usd("350"))
    }

    @Test func nothingToApplyWithoutCredit() throws {
        let applied = try CreditApplication.apply(payments: [], allocations: [],
                                                  charges: try ChargeBalance.compute(charges: [charge("c1", "1", due: "2026-01-01")], payments: [], allocations: [], asOf: day("2026-01-02")),
                                                  on: day("2026-01-02"))
        #expect(applied.isEmpty)
    }
}

@Suite struct CreditAfterVoidTests {
    @Test func voidedChargeReleasesCreditForOtherCharges() throws {
        let payments = [payment("p1", "100", on: "2026-01-02")]
        let allocations = [allocation("p1", "c1", "100", on: "2026-01-02")]
        let charges = [charge("c1", "100", due: "2026-01-01", voided: "2026-01-10"), charge("c2", "80", due: "2026-01-15", posted: "2026-01-10")]
        let date = day("2026-01-10")
        #expect(try CreditApplication.availableCredit(payments: payments, allocations: allocations, charges: charges, asOf: date).map(\.amount) == [usd("100")])
        #expect(try CreditApplication.availableCredit(payments: payments, allocations: allocations, charges: charges, asOf: day("2026-01-09")).isEmpty)
        let balances = try ChargeBalance.compute(charges: charges, payments: payments, allocations: allocations, asOf: date)
        let applied = try CreditApplication.apply(payments: payments, allocations: allocations, charges: balances, on: date)
        #expect(applied == [allocation("p1", "c2", "80", on: "2026-01-10")])
    }
}
